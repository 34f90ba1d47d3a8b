import {describe, expect, test} from 'vitest';
import {toBibtexEntry} from '../../src/citation/bibtex.js';
import {paperRecord} from '../../src/citation/json-record.js';
import {toMarkdown} from '../../src/citation/markdown.js';
import {keywordsWithTags, paperWithTags} from '../../src/text/tags.js';
import type {Paper} from '../../src/types.js';

const paper: Paper = {
	id: 'lora',
	title: 'LoRA',
	abstract: 'Low-rank adapters. More.',
	authors: [],
	links: ['https://example.org/lora'],
	keywords: ['Machine Learning'],
};
const marks = new Map([['lora', {tags: ['machine-learning', 'to_read', 'adapters']}]]);

describe('tags in exports', () => {
	test('keywords first as written, then the user tags not among them', () => {
		expect(keywordsWithTags(['Machine Learning'], ['machine-learning', 'nlp'])).toEqual(['Machine Learning', 'nlp']);
		expect(keywordsWithTags(undefined, [])).toBeUndefined();
		expect(paperWithTags(paper, new Map())).toBe(paper);
	});

	test('BibTeX writes them as one escaped keywords field', () => {
		expect(toBibtexEntry(paperWithTags(paper, marks), 'lora')).toContain('  keywords = {Machine Learning, to\\_read, adapters},\n');
		expect(toBibtexEntry({...paper, keywords: undefined}, 'lora')).not.toContain('keywords');
	});

	test('Markdown adds them after the first sentence', () => {
		expect(toMarkdown([paperWithTags(paper, marks)])).toBe(
			'- [LoRA](https://example.org/lora) — Low-rank adapters. (tags: Machine Learning, to\\_read, adapters)\n',
		);
	});

	test('JSON carries them in keywords', () => {
		expect(paperRecord(paperWithTags(paper, marks)).keywords).toEqual(['Machine Learning', 'to_read', 'adapters']);
	});
});
