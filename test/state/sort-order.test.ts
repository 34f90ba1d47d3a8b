import {describe, expect, test} from 'vitest';
import type {Paper} from '../../src/types.js';
import {nextSortOrder, reducer, sortMatches, sortOrderLabel, sortOrders, visibleEntries, type SortOrder} from '../../src/state/index.js';
import {apply, bookmark, stateOf, searched} from './papers.js';

const paper = (id: string, title: string, year?: number): Paper => ({
	id,
	title,
	abstract: '',
	authors: [],
	links: [],
	...(year === undefined ? {} : {year}),
});

// In rank order (as a search returned them): b, no-year, a, c, d.
const papers = [
	paper('a', 'attention', 2017),
	paper('b', 'Bert', 2019),
	paper('c', 'capsules', 2017),
	paper('d', 'diffusion', 2021),
	paper('x', 'xlnet'),
];
const ranked = [1, 4, 0, 2, 3];
const bookmarks = [bookmark('c', 'capsules'), {...bookmark('a', 'attention'), addedAt: '2026-03-01T00:00:00.000Z'}];

const orders: Array<[order: SortOrder, ids: string[]]> = [
	['relevance', ['b', 'x', 'a', 'c', 'd']],
	['newest', ['d', 'b', 'a', 'c', 'x']],
	['oldest', ['a', 'c', 'b', 'd', 'x']],
	['title', ['a', 'b', 'c', 'd', 'x']],
	['bookmarked', ['a', 'c', 'b', 'x', 'd']],
];

describe('sortMatches', () => {
	test.each(orders)('%s: ties keep rank order, papers without the key come last', (order, ids) => {
		expect(sortMatches(ranked, papers, order, bookmarks).map(index => papers[index]!.id)).toEqual(ids);
	});

	test('the cycle visits every order once and comes back', () => {
		const visited: SortOrder[] = [sortOrders[0]];
		for (let step = 0; step < sortOrders.length; step++) visited.push(nextSortOrder(visited.at(-1)!));
		expect(visited).toEqual([...sortOrders, 'relevance']);
	});

	test('only a chosen order is named on the status line', () => {
		expect(sortOrders.map(order => sortOrderLabel(order))).toEqual([
			undefined,
			'newest first',
			'oldest first',
			'by title',
			'recently bookmarked first',
		]);
	});
});

describe('reducer: sort.cycle', () => {
	test('orders the visible rows and returns to the top', () => {
		const state = apply(stateOf(papers, undefined, bookmarks), ...searched('paper', ranked), {type: 'cursor.move', delta: 3});
		const sorted = reducer(state, {type: 'command', command: 'sort.cycle'});
		expect(sorted).toMatchObject({sortOrder: 'newest', cursor: 0, listOffset: 0});
		expect(visibleEntries(sorted).map(entry => entry.paper.id)).toEqual(['d', 'b', 'a', 'c', 'x']);
	});

	test('orders the bookmark view too', () => {
		const state = apply(stateOf(papers, undefined, bookmarks), {type: 'bookmarks.toggleView'}, {type: 'sort.cycle'}, {type: 'sort.cycle'});
		expect(state.sortOrder).toBe('oldest');
		expect(visibleEntries(state).map(entry => entry.paper.id)).toEqual(['a', 'c']);
	});
});
