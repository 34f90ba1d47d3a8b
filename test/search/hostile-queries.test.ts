import {describe, expect, it} from 'vitest';
import {highlightSpans} from '../../src/search/highlight-spans.js';
import {parseQuery} from '../../src/search/parse-query.js';
import {buildSearchIndex} from '../../src/search/search-index.js';
import {loadBuiltinCorpus} from './builtin-corpus.js';

const papers = loadBuiltinCorpus();
const index = buildSearchIndex(papers);

const HOSTILE_QUERIES: ReadonlyArray<[name: string, query: string]> = [
	['a field with no word', 'title:'],
	['a lone minus', '-'],
	['a lone plus', '+'],
	['a lone tilde', '~'],
	['a lone boost', '^2'],
	['an unknown field', 'foo:bar'],
	['a lone star', '*'],
	['two stars', '**'],
	['a double quote', '"'],
	['a single quote', "'"],
	['a lone colon', ':'],
	['a chain of colons', 'a:b:c'],
	['an excluded field word', '-title:x'],
	['plus minus', '+-'],
	['a tilde distance', '~1'],
	['a backslash', '\\'],
	['a word with fuzz', 'x~'],
	['a word with fuzz and boost', 'lora~2^3'],
	['a leading wildcard', '*ing'],
	['a wildcard in a word', 'le*ning'],
	['a colon after a word', 'lora:'],
	['an empty field name', ':lora'],
	['a field with a wildcard', 'title:*'],
	['a required field word', '+abstract:lora'],
	['only operators', '+-~^*:"'],
	['doubled minus', '--lora'],
	['a field named like an object property', '__proto__:x constructor:y'],
	['unbalanced brackets', '(lora [moe {'],
	['regular expression syntax', '.*+?^${}()|[]\\'],
	['emoji', '🙂🚀 lora 👩‍🔬'],
	['CJK text', '大規模言語モデルの微調整'],
	['RTL text', 'نموذج لغوي كبير'],
	['zero-width characters', 'lo\u200bra\u200d\ufeff'],
	['a lone high surrogate', '\ud800'],
	['a lone low surrogate', 'lora\udc00moe'],
	['a NUL', 'lora\u0000'],
	['control characters', '\u0001\u001b[31m\u007f'],
	['only whitespace kinds', '\t\n\r\u00a0\u2028'],
	['combining marks only', '\u0301\u0308'],
	['a 10,000-character word', 'a'.repeat(10_000)],
	['a 10,000-character text', 'lora moe '.repeat(1_112)],
	['1,000 words', Array.from({length: 1_000}, (_unused, position) => `word${position}`).join(' ')],
	['1,000 excluded words', Array.from({length: 1_000}, (_unused, position) => `-w${position}`).join(' ')],
	['a number', '12345'],
	['a URL', 'https://github.com/Facico/Dynamic-Logit-Fusion'],
	['a percentage and math', '96.4\\% ≥ 2^10'],
	['only stop words', 'the and of'],
];

describe('hostile queries', () => {
	it('covers at least 40 hostile strings', () => {
		expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(40);
	});

	it.each(HOSTILE_QUERIES)('search returns an array for %s', (_name, query) => {
		const hits = index.search(query);
		expect(Array.isArray(hits)).toBe(true);
		for (const hit of hits) expect(papers[hit.index]).toBeDefined();
	});

	it.each(HOSTILE_QUERIES)('search returns an array while %s is typed', (_name, query) => {
		const shortened = query.slice(0, 64);
		for (let length = 0; length <= shortened.length; length++) {
			expect(Array.isArray(index.search(shortened.slice(0, length), 40))).toBe(true);
		}
	});

	it.each(HOSTILE_QUERIES)('parseQuery and highlightSpans survive %s', (_name, query) => {
		expect(Array.isArray(parseQuery(query).words)).toBe(true);
		const text = papers[0]?.abstract ?? '';
		for (const span of highlightSpans(query, text)) {
			expect(span.start).toBeGreaterThanOrEqual(0);
			expect(span.end).toBeLessThanOrEqual(text.length);
		}
	});
});
