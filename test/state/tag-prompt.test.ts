import {describe, expect, test} from 'vitest';
import {completeTag, promptTagChange, queryWithTag, tagCompletions, tagPromptFor} from '../../src/state/tag-prompt.js';
import {parseTagInput} from '../../src/text/tags.js';

const catalog = [
	{tag: 'robotics', count: 4},
	{tag: 'robots', count: 2},
	{tag: 'nlp', count: 2},
	{tag: 'reading-group', count: 1},
];
const prompt = (text: string, original: string[] = []) => ({...tagPromptFor({id: 'a', title: 'A'}, original), text});

describe('the tag prompt', () => {
	test('opens with the paper tags, space separated, ready to type another', () => {
		expect(tagPromptFor({id: 'a', title: 'A'}, ['nlp', 'robots']).text).toBe('nlp robots ');
		expect(tagPromptFor({id: 'a', title: 'A'}, []).text).toBe('');
	});

	test.each([
		['rob', 'robot'],
		['robotic', 'robotics '],
		['nlp, re', 'nlp, reading-group '],
		['Reading', 'reading-group '],
		['zz', 'zz'],
		['nlp ', 'nlp '],
	])('Tab completes %j to %j', (text, completed) => {
		expect(completeTag(prompt(text), catalog).text).toBe(completed);
	});

	test('completions are the used tags that fit the word being typed, without those already typed', () => {
		expect(tagCompletions(prompt('robots r'), catalog)).toEqual(['robotics', 'reading-group']);
		expect(tagCompletions(prompt(''), catalog)).toEqual(['robotics', 'robots', 'nlp', 'reading-group']);
	});

	test('commas and spaces both separate; the change is what was added and what was deleted', () => {
		expect(parseTagInput('nlp,robots  Deep,,nlp')).toEqual(['nlp', 'robots', 'deep']);
		expect(promptTagChange(prompt('nlp, new', ['nlp', 'old']))).toEqual({add: ['new'], remove: ['old']});
	});

	test('picking a tag adds tag:name to the query once', () => {
		expect(queryWithTag({query: ''}, 'nlp')).toBe('tag:nlp');
		expect(queryWithTag({query: 'lora '}, 'nlp')).toBe('lora tag:nlp');
		expect(queryWithTag({query: 'tag:nlp'}, 'nlp')).toBe('tag:nlp');
	});
});
