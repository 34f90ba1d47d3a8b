import {describe, expect, test} from 'vitest';
import type {TerminalSize} from '../../src/types.js';
import type {Action} from '../../src/state/index.js';
import {reducer} from '../../src/state/reducer.js';
import {selectedEntry, visibleEntries} from '../../src/state/selectors.js';
import {apply, bookmark, numberedPapers, size120x40, size80x24, stateOf, searched} from './papers.js';

const twenty = numberedPapers(20);
const thousand = numberedPapers(1000);

/** At 80x24 the list has 8 rows, so a page moves by 7. */
const cursorMoves: Array<[description: string, from: number, action: Action, to: number]> = [
	['down one', 0, {type: 'cursor.move', delta: 1}, 1],
	['up one', 5, {type: 'cursor.move', delta: -1}, 4],
	['up from the first paper stays', 0, {type: 'cursor.move', delta: -1}, 0],
	['down from the last paper stays', 19, {type: 'cursor.move', delta: 1}, 19],
	['far down clamps to the last paper', 3, {type: 'cursor.move', delta: 100}, 19],
	['far up clamps to the first paper', 3, {type: 'cursor.move', delta: -100}, 0],
	['page down by a page', 0, {type: 'cursor.page', direction: 1}, 7],
	['page down twice lands two pages on', 7, {type: 'cursor.page', direction: 1}, 14],
	['page down near the end clamps', 15, {type: 'cursor.page', direction: 1}, 19],
	['page up by a page', 19, {type: 'cursor.page', direction: -1}, 12],
	['page up near the start clamps', 3, {type: 'cursor.page', direction: -1}, 0],
	['to the bottom (G)', 4, {type: 'cursor.edge', edge: 'bottom'}, 19],
	['to the top (g)', 14, {type: 'cursor.edge', edge: 'top'}, 0],
];

describe('reducer: cursor', () => {
	test.each(cursorMoves)('moves %s', (_description, from, action, to) => {
		const start = apply(stateOf(twenty), {type: 'cursor.move', delta: from});
		expect(start.cursor).toBe(from);
		expect(reducer(start, action).cursor).toBe(to);
	});

	test('pages by the taller list at 120x40 (37 rows, page of 36)', () => {
		const state = stateOf(thousand, size120x40);
		expect(apply(state, {type: 'cursor.page', direction: 1}).cursor).toBe(36);
		expect(
			apply(state, {type: 'cursor.page', direction: 1}, {type: 'cursor.page', direction: 1}, {type: 'cursor.page', direction: -1}).cursor,
		).toBe(36);
	});

	test('returns the same state when the cursor cannot move', () => {
		const state = stateOf(twenty);
		expect(reducer(state, {type: 'cursor.move', delta: -1})).toBe(state);
	});

	test('keeps the cursor at 0 in an empty list', () => {
		const empty = apply(stateOf(twenty), ...searched('nothing', []));
		for (const action of [
			{type: 'cursor.move', delta: 1},
			{type: 'cursor.edge', edge: 'bottom'},
			{type: 'cursor.page', direction: 1},
		] as Action[]) {
			expect(reducer(empty, action)).toMatchObject({cursor: 0, listOffset: 0});
		}
	});

	test('moves within the matches, not the corpus', () => {
		const state = apply(stateOf(twenty), ...searched('paper', [7, 3, 12]), {type: 'cursor.edge', edge: 'bottom'});
		expect(state.cursor).toBe(2);
		expect(selectedEntry(state)?.paper.title).toBe('Paper 0013');
	});
});

describe('reducer: list windowing', () => {
	const sizes: Array<[TerminalSize, number]> = [
		[size80x24, 8],
		[size120x40, 37],
	];

	test.each(sizes)('keeps the cursor in view, scrolling one row at a time, down 1,000 papers at %o', (size, rows) => {
		let state = stateOf(thousand, size);
		for (let step = 1; step < 1000; step++) {
			state = reducer(state, {type: 'cursor.move', delta: 1});
			expect(state.cursor).toBe(step);
			expect(state.listOffset).toBe(Math.max(0, step - rows + 1));
		}
	});

	test.each(sizes)('keeps the cursor in view, scrolling one row at a time, up from the end at %o', (size, rows) => {
		let state = apply(stateOf(thousand, size), {type: 'cursor.edge', edge: 'bottom'});
		expect(state.listOffset).toBe(1000 - rows);
		for (let step = 998; step >= 0; step--) {
			state = reducer(state, {type: 'cursor.move', delta: -1});
			expect(state.listOffset).toBe(Math.min(step, 1000 - rows));
		}
	});

	test.each([
		[size80x24, 992],
		[size120x40, 963],
	] as Array<[TerminalSize, number]>)('shows the last page when jumping to the end at %o (offset %i)', (size, offset) => {
		const state = apply(stateOf(thousand, size), {type: 'cursor.edge', edge: 'bottom'});
		expect(state).toMatchObject({cursor: 999, listOffset: offset});
	});

	test('does not scroll while the cursor moves inside the window', () => {
		const state = apply(stateOf(thousand), {type: 'cursor.page', direction: 1}, {type: 'cursor.page', direction: 1});
		expect(state).toMatchObject({cursor: 14, listOffset: 7});
		expect(apply(state, {type: 'cursor.move', delta: -7})).toMatchObject({cursor: 7, listOffset: 7});
		expect(apply(state, {type: 'cursor.move', delta: -8})).toMatchObject({cursor: 6, listOffset: 6});
	});

	test('returns to the top when jumping to the first paper', () => {
		const state = apply(stateOf(thousand), {type: 'cursor.edge', edge: 'bottom'}, {type: 'cursor.edge', edge: 'top'});
		expect(state).toMatchObject({cursor: 0, listOffset: 0});
	});
});

describe('reducer: query', () => {
	test('takes the new query and its matches and selects the best match', () => {
		const state = apply(stateOf(thousand), {type: 'cursor.move', delta: 500}, ...searched('lora', [41, 7]));
		expect(state).toMatchObject({query: 'lora', results: {matches: [41, 7]}, cursor: 0, listOffset: 0, detailOffset: 0});
		expect(selectedEntry(state)?.paper.title).toBe('Paper 0042');
	});

	test('shows every paper again when the query is cleared', () => {
		const narrowed = apply(stateOf(twenty), ...searched('lora', [4]));
		const cleared = apply(
			narrowed,
			...searched(
				'',
				twenty.map((_paper, index) => index),
			),
		);
		expect(visibleEntries(cleared)).toHaveLength(20);
		expect(cleared.cursor).toBe(0);
	});
});

describe('reducer: bookmark view', () => {
	const papers = numberedPapers(5);
	const bookmarks = [
		bookmark('paper-0004', 'Paper 0004'),
		bookmark('gone', 'A paper no longer in the corpus'),
		bookmark('paper-0002', 'Paper 0002'),
	];

	test('shows the bookmarked matches in match order, then bookmarks missing from the corpus', () => {
		const state = apply(stateOf(papers, size80x24, bookmarks), ...searched('', [4, 3, 2, 1, 0]), {type: 'bookmarks.toggleView'});
		expect(visibleEntries(state).map(entry => [entry.paper.title, entry.isMissing])).toEqual([
			['Paper 0004', false],
			['Paper 0002', false],
			['A paper no longer in the corpus', true],
		]);
	});

	test('keeps only the bookmarks that match the query', () => {
		const state = apply(stateOf(papers, size80x24, bookmarks), {type: 'bookmarks.toggleView'}, ...searched('corpus', [1]));
		expect(visibleEntries(state).map(entry => entry.paper.title)).toEqual(['Paper 0002', 'A paper no longer in the corpus']);
	});

	test('shows every paper again when toggled twice, with the cursor on the first', () => {
		const state = apply(
			stateOf(papers, size80x24, bookmarks),
			{type: 'cursor.move', delta: 3},
			{type: 'bookmarks.toggleView'},
			{type: 'bookmarks.toggleView'},
		);
		expect(state.isBookmarkView).toBe(false);
		expect(visibleEntries(state)).toHaveLength(5);
		expect(state.cursor).toBe(0);
	});

	test('keeps the cursor on a row when the last bookmark row is removed', () => {
		const state = apply(stateOf(papers, size80x24, bookmarks), {type: 'bookmarks.toggleView'}, {type: 'cursor.edge', edge: 'bottom'});
		expect(state.cursor).toBe(2);
		const removed = apply(state, {type: 'bookmarks.loaded', bookmarks: bookmarks.slice(0, 2)});
		expect(removed.cursor).toBe(1);
		expect(selectedEntry(removed)?.paper.title).toBe('A paper no longer in the corpus');
	});

	test('is empty with no bookmarks', () => {
		const state = apply(stateOf(papers), {type: 'bookmarks.toggleView'});
		expect(visibleEntries(state)).toEqual([]);
		expect(selectedEntry(state)).toBeUndefined();
	});
});

describe('reducer: results holding only the best matches', () => {
	const papers = numberedPapers(300);
	/** The answer to `query`: its best `count` of `total` matches (papers in corpus order), or all of them. */
	const answer = (query: string, count: number, total?: number): Action => ({
		type: 'search.results',
		results: {
			query,
			matches: Array.from({length: count}, (_unused, index) => index),
			...(total === undefined ? {} : {totalMatches: total}),
			highlightTitle: () => [],
			highlightAbstract: () => [],
		},
	});
	const withBest = apply(stateOf(papers), {type: 'query.set', query: 'paper'}, answer('paper', 50, 300));

	test('G goes to the last of the best matches and, when all of them come, to the last of all', () => {
		const atEnd = reducer(withBest, {type: 'cursor.edge', edge: 'bottom'});
		expect(atEnd.cursor).toBe(49);
		expect(atEnd.isEndPending).toBe(true);
		const all = reducer(atEnd, answer('paper', 300));
		expect(all.cursor).toBe(299);
		expect(all.isEndPending).toBe(false);
		expect(selectedEntry(all)?.paper.id).toBe('paper-0300');
	});

	test('a move after G, or a new query, cancels going to the end', () => {
		const moved = apply(withBest, {type: 'cursor.edge', edge: 'bottom'}, {type: 'cursor.move', delta: -1});
		expect(reducer(moved, answer('paper', 300)).cursor).toBe(48);
		const retyped = apply(withBest, {type: 'cursor.edge', edge: 'bottom'}, {type: 'query.set', query: 'paper 1'});
		expect(apply(retyped, answer('paper 1', 300)).cursor).toBe(0);
	});

	test('G on a list holding every match goes to its end at once, with nothing pending', () => {
		const all = apply(stateOf(papers), ...searched('paper', [0, 1, 2, 3]), {type: 'cursor.edge', edge: 'bottom'});
		expect(all.cursor).toBe(3);
		expect(all.isEndPending).not.toBe(true);
	});
});
