import {describe, expect, it} from 'vitest';
import {parseQuery, type QueryWord} from '../../src/search/parse-query.js';

const word = (text: string, overrides: Partial<QueryWord> = {}): QueryWord => ({
	word: text,
	field: undefined,
	presence: 'optional',
	isBeingTyped: false,
	...overrides,
});

describe('parseQuery', () => {
	const cases: Array<[behaviour: string, query: string, words: QueryWord[]]> = [
		['a blank query has no words', '   ', []],
		[
			'the last word without a trailing space is being typed',
			'catastrophic forg',
			[word('catastrophic'), word('forg', {isBeingTyped: true})],
		],
		['a trailing space ends the word being typed', 'lora ', [word('lora')]],
		['trailing punctuation ends the word being typed', 'lora,', [word('lora')]],
		['words are folded to lower case without diacritics', 'Naïve MÜLLER', [word('naive'), word('muller', {isBeingTyped: true})]],
		['+ makes a word required', '+lora x', [word('lora', {presence: 'required'}), word('x', {isBeingTyped: true})]],
		['- excludes a word', '-lora ', [word('lora', {presence: 'excluded'})]],
		['title: restricts a word to the title', 'title:lora ', [word('lora', {field: 'title'})]],
		['abstract: restricts a word to the abstract', 'abstract:moe ', [word('moe', {field: 'abstract'})]],
		[
			'authors: and author: restrict to the authors',
			'authors:smith author:lee ',
			[word('smith', {field: 'authors'}), word('lee', {field: 'authors'})],
		],
		['field names ignore case', 'TITLE:lora ', [word('lora', {field: 'title'})]],
		['an operator and a field combine', '-title:x ', [word('x', {presence: 'excluded', field: 'title'})]],
		[
			'a field applies to every word of its chunk',
			'title:fine-tuning ',
			[word('fine', {field: 'title'}), word('tuning', {field: 'title'})],
		],
		['an unknown field is plain words', 'foo:bar', [word('foo'), word('bar', {isBeingTyped: true})]],
		['object property names are not fields', 'constructor:x ', [word('constructor'), word('x')]],
		['a field without a word yields nothing', 'title:', []],
		['lone operators yield nothing; a boost leaves its number', '- + ~ ^2 *', [word('2')]],
		['quotes are plain separators', '"mixture of experts"', [word('mixture'), word('of'), word('experts')]],
		['Lunr operators inside words are separators', 'lora~1^2', [word('lora'), word('1'), word('2', {isBeingTyped: true})]],
		['hyphens inside a word split it and do not exclude', 'fine-tuning', [word('fine'), word('tuning', {isBeingTyped: true})]],
		['only the first operator character counts', '+-lora ', [word('lora', {presence: 'required'})]],
		['apostrophes inside words are dropped', "giant's ", [word('giants')]],
		['CJK runs are one word', '日本語', [word('日本語', {isBeingTyped: true})]],
		['zero-width characters inside a word are dropped', 'lo\u200bra lan\u00adguage ', [word('lora'), word('language')]],
		['control characters separate words', 'lo\u0000ra\u001bx ', [word('lo'), word('ra'), word('x')]],
	];

	it.each(cases)('%s: %j', (_behaviour, query, words) => {
		expect(parseQuery(query).words).toEqual(words);
	});
});
