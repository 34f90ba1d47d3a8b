import {describe, expect, test} from 'vitest';
import {applyFilters, parseQueryFilters} from '../../src/state/index.js';
import type {Paper, PaperMarks} from '../../src/types.js';

const paper = (id: string, year?: number, keywords?: string[]): Paper => ({
	id,
	title: id,
	abstract: '',
	authors: [],
	links: [],
	...(year === undefined ? {} : {year}),
	...(keywords === undefined ? {} : {keywords}),
});

const papers = [paper('old', 2019), paper('mid', 2022, ['Machine Learning']), paper('new', 2024), paper('undated')];
const marks: PaperMarks = new Map([
	['old', {readAt: '2026-01-01T00:00:00.000Z', tags: ['robots']}],
	['new', {tags: ['robots', 'nlp']}],
]);
const notes = new Map([
	['mid', '# Mid\n\nThe Adapter idea, with a résumé.'],
	['new', 'nothing here'],
]);
const context = {marks, bookmarkedIds: new Set(['mid']), notes};
const ids = (query: string) =>
	applyFilters([0, 1, 2, 3], papers, parseQueryFilters(query).filters, context).map(index => papers[index]!.id);

describe('filters in the query', () => {
	test.each([
		['is:unread', ['mid', 'new', 'undated']],
		['is:read', ['old']],
		['IS:Bookmarked', ['mid']],
		['tag:robots', ['old', 'new']],
		['tag:robots tag:nlp', ['new']],
		['tag:machine-learning', ['mid']],
		['tag:Machine-Learning', ['mid']],
		['year:2022', ['mid']],
		['year:>=2022', ['mid', 'new']],
		['year:>2022', ['new']],
		['year:<=2022', ['old', 'mid']],
		['year:<2022', ['old']],
		['year:2020..2024', ['mid', 'new']],
		['year:2024..2020', ['mid', 'new']],
		['is:unread year:>=2020 tag:robots', ['new']],
		['note:adapter', ['mid']],
		['note:RESUME', ['mid']],
		['note:here is:unread', ['new']],
		['note:absent', []],
		['', ['old', 'mid', 'new', 'undated']],
	])('%s keeps %j', (query, expected) => {
		expect(ids(query)).toEqual(expected);
	});

	test.each([
		['lora is:unread adapters', 'lora adapters'],
		['tag:x', ''],
		['  year:2020   memory ', 'memory'],
		['title:attention foo:bar', 'title:attention foo:bar'],
		['tag: lora', 'lora'],
		['note:adapter lora', 'lora'],
	])('the engine sees only the words: %j → %j', (query, words) => {
		expect(parseQueryFilters(query).words).toBe(words);
	});

	test('a filter with no value yet (typing `tag:`) filters nothing and is not a word', () => {
		expect(parseQueryFilters('tag:')).toEqual({words: '', filters: [], hints: []});
	});

	test.each([
		['year:abc', 'year:abc is not a year: try year:2023, year:>=2022 or year:2019..2021'],
		['year:>=20', 'year:>=20 is not a year: try year:2023, year:>=2022 or year:2019..2021'],
		['is:starred', 'is:starred is not known: try is:unread, is:read or is:bookmarked'],
	])('a malformed %s stays a word and gives a hint, never an error', (query, hint) => {
		expect(parseQueryFilters(`memory ${query}`)).toEqual({words: `memory ${query}`, filters: [], hints: [hint]});
	});
});
