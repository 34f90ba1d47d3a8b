import {cleanup} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, test} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';
import {createIndexEngine} from '../../src/explorer/search-engine.js';
import {buildSearchIndex} from '../../src/search/index.js';
import type {SearchEngine} from '../../src/services/index.js';
import {applyFilters, parseQueryFilters, sortMatches} from '../../src/state/index.js';
import type {Paper} from '../../src/types.js';
import {keys} from '../support/keys.js';
import {fixtureServices, lines, memoryBookmarks, press, renderExplorer, type} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

/** The engine answers a query with its best `topMatches` unless all are asked for. */
const topMatches = 100;
const papers: Paper[] = [...generatePapers(700, 31)].map((paper, index) => ({...paper, id: `paper-${index}`, links: []}));
const index = buildSearchIndex(papers);
/** Every match of `words`, ranked, as the index answers when asked for all. */
const ranked = (words: string) => index.search(words).map(hit => hit.index);
const query = 'model';

beforeAll(() => {
	// The comparisons below need more matches than the engine sends at first, by several pages.
	expect(ranked(query).length).toBeGreaterThan(3 * topMatches);
});

/** The explorer on the generated papers, its engine answering the best `topMatches`; `asked` records each query's `all`. */
async function renderWithTopMatches(bookmarks = memoryBookmarks()) {
	const asked: Array<{query: string; all: boolean}> = [];
	const engine = createIndexEngine(index, papers, {topMatches});
	const counting: SearchEngine = {
		...engine,
		async run(words, options) {
			asked.push({query: words, all: options?.all === true});
			return engine.run(words, options);
		},
	};
	const view = await renderExplorer({papers, services: {...fixtureServices(papers, bookmarks), loadSearch: async () => counting}});
	return {view, asked};
}

const statusLine = (frame: string | undefined) => lines(frame).at(-1) ?? '';
/** The selected row's title as the list shows it (cut to its column). */
const selectedTitle = (frame: string | undefined) => {
	const row = lines(frame).find(line => line.startsWith('>')) ?? '';
	return row.slice(4, 40).trimEnd().replace(/…$/u, '');
};
const titleOf = (position: number | undefined) => papers[position ?? -1]?.title ?? '';

describe('a query with more matches than the engine sends at first', () => {
	test('shows the true match count and the best rows, asking only for the best matches', async () => {
		const {view, asked} = await renderWithTopMatches();
		await press(view, '/');
		await type(view, query);
		const all = ranked(query);
		expect(statusLine(view.lastFrame())).toMatch(new RegExp(`^1/${all.length} · ${all.length} matches · `));
		expect(titleOf(all[0]).startsWith(selectedTitle(view.lastFrame()))).toBe(true);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.every(request => !request.all)).toBe(true);
		// The unread count needs every match: it is left out until they come.
		expect(statusLine(view.lastFrame())).not.toMatch(/unread/);
	});

	test.each([
		['G', 'G'],
		['End', keys.end],
	])('%s goes to the last of all the matches', async (_name, key) => {
		const {view, asked} = await renderWithTopMatches();
		await press(view, '/');
		await type(view, query);
		await press(view, keys.enter, key);
		const all = ranked(query);
		expect(statusLine(view.lastFrame())).toMatch(new RegExp(`^${all.length}/${all.length} · ${all.length} matches · `));
		expect(titleOf(all.at(-1)).startsWith(selectedTitle(view.lastFrame()))).toBe(true);
		expect(asked.filter(request => request.all)).toEqual([{query, all: true}]);
		expect(statusLine(view.lastFrame())).toMatch(/\d+ unread/);
	});

	test('paging down past the best matches shows the rows that follow them in the ranking', async () => {
		const {view, asked} = await renderWithTopMatches();
		await press(view, '/');
		await type(view, query);
		await press(view, keys.enter);
		for (let page = 0; page < 8; page++) await press(view, keys.pageDown);
		const all = ranked(query);
		const position = Number(/^(\d+)\//.exec(statusLine(view.lastFrame()))?.[1]) - 1;
		expect(position).toBeGreaterThan(topMatches);
		expect(titleOf(all[position]).startsWith(selectedTitle(view.lastFrame()))).toBe(true);
		expect(asked.filter(request => request.all)).toEqual([{query, all: true}]);
	});

	test('sorting by year orders every match, not only the best ones', async () => {
		const {view} = await renderWithTopMatches();
		await press(view, '/');
		await type(view, query);
		await press(view, keys.enter, 's');
		const sorted = sortMatches(ranked(query), papers, 'newest', []);
		expect(statusLine(view.lastFrame())).toMatch(/newest first/);
		expect(titleOf(sorted[0]).startsWith(selectedTitle(view.lastFrame()))).toBe(true);
		await press(view, 'G');
		expect(titleOf(sorted.at(-1)).startsWith(selectedTitle(view.lastFrame()))).toBe(true);
	});

	test('a filter is applied to every match: the count is exact', async () => {
		const {view, asked} = await renderWithTopMatches();
		const filtered = `${query} year:>=2020`;
		await press(view, '/');
		await type(view, filtered);
		const {filters} = parseQueryFilters(filtered);
		const expected = applyFilters(ranked(query), papers, filters, {marks: new Map(), bookmarkedIds: new Set(), notes: new Map()});
		expect(expected.length).toBeGreaterThan(0);
		expect(statusLine(view.lastFrame())).toMatch(new RegExp(`^1/${expected.length} · ${expected.length} matches · `));
		expect(titleOf(expected[0]).startsWith(selectedTitle(view.lastFrame()))).toBe(true);
		expect(asked.at(-1)).toEqual({query, all: true});
	});

	test('the bookmark view lists every bookmarked match', async () => {
		const all = ranked(query);
		// A bookmark far below the best matches.
		const deep = papers[all.at(-1)!]!;
		const bookmarks = memoryBookmarks();
		bookmarks.replace([{id: deep.id, title: deep.title, addedAt: '2026-01-01T00:00:00.000Z'}]);
		const {view} = await renderWithTopMatches(bookmarks);
		await press(view, '/');
		await type(view, query);
		await press(view, keys.enter, 'B');
		expect(statusLine(view.lastFrame())).toMatch(new RegExp(`^1/1 · ${all.length} matches · `));
		expect(deep.title.startsWith(selectedTitle(view.lastFrame()))).toBe(true);
	});
});
