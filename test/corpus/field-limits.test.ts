import {describe, expect, test} from 'vitest';
import {limitFields, MAX_ABSTRACT_LENGTH, MAX_TITLE_LENGTH} from '../../src/corpus/field-limits.js';

const paper = (title: string, abstract: string) => ({title, abstract, authors: ['A'], links: []});

describe('limitFields', () => {
	test.each([
		['a paper within the limits unchanged', paper('T', 'A'), paper('T', 'A'), []],
		['a title of exactly the limit unchanged', paper('t'.repeat(MAX_TITLE_LENGTH), ''), paper('t'.repeat(MAX_TITLE_LENGTH), ''), []],
		['a long title cut', paper('t'.repeat(MAX_TITLE_LENGTH + 1), 'A'), paper(`${'t'.repeat(MAX_TITLE_LENGTH - 1)}…`, 'A'), [{field: 'title', length: MAX_TITLE_LENGTH + 1, limit: MAX_TITLE_LENGTH}]],
		['a long abstract cut', paper('T', 'a'.repeat(150_000)), paper('T', `${'a'.repeat(MAX_ABSTRACT_LENGTH - 1)}…`), [{field: 'abstract', length: 150_000, limit: MAX_ABSTRACT_LENGTH}]],
	])('%s', (_description, fields, expected, cut) => {
		expect(limitFields(fields)).toEqual({fields: expected, cut});
	});

	test('limits are 2,000 characters for a title and 100,000 for an abstract', () => {
		expect([MAX_TITLE_LENGTH, MAX_ABSTRACT_LENGTH]).toEqual([2000, 100_000]);
	});
});
