import {describe, expect, test} from 'vitest';
import type {Action, AppState} from '../../src/state/index.js';
import {reducer} from '../../src/state/reducer.js';
import {overlayLines, selectedDetailLines} from '../../src/state/selectors.js';
import {apply, numberedPapers, paperWithAbstractLines, size120x40, size80x24, stateOf, searched} from './papers.js';

// At 80x24 the detail pane is 80 columns by 12 rows; a paper of 32 lines overflows it, keeping
// 11 rows for text and one for the position, so it scrolls from 0 to 32 - 11 = 21.
const long = paperWithAbstractLines('long', 30, 80);
const short = paperWithAbstractLines('short', 5, 80);
const papers = [long, short, ...numberedPapers(3)];

const detailMoves: Array<[description: string, from: number, action: Action, to: number]> = [
	['down one line', 0, {type: 'detail.scroll', delta: 1}, 1],
	['up one line', 4, {type: 'detail.scroll', delta: -1}, 3],
	['up at the top stays', 0, {type: 'detail.scroll', delta: -1}, 0],
	['far down clamps to the last full page', 0, {type: 'detail.scroll', delta: 100}, 21],
	['down at the end stays', 21, {type: 'detail.scroll', delta: 1}, 21],
	['a page down by the pane height less two', 0, {type: 'detail.page', direction: 1}, 10],
	['a page down near the end clamps', 15, {type: 'detail.page', direction: 1}, 21],
	['a page up', 21, {type: 'detail.page', direction: -1}, 11],
	['a page up near the top clamps', 5, {type: 'detail.page', direction: -1}, 0],
	['to the end', 3, {type: 'detail.edge', edge: 'bottom'}, 21],
	['to the top', 17, {type: 'detail.edge', edge: 'top'}, 0],
];

describe('reducer: detail scroll', () => {
	test('lays the long paper out in 32 lines at 80x24', () => {
		expect(selectedDetailLines(stateOf(papers))).toHaveLength(32);
	});

	test.each(detailMoves)('scrolls %s', (_description, from, action, to) => {
		const start = apply(stateOf(papers), {type: 'detail.scroll', delta: from});
		expect(start.detailOffset).toBe(from);
		expect(reducer(start, action).detailOffset).toBe(to);
	});

	test('does not scroll a paper that fits the pane', () => {
		const state = apply(stateOf(papers), {type: 'cursor.move', delta: 1});
		expect(selectedDetailLines(state)).toHaveLength(7);
		expect(apply(state, {type: 'detail.scroll', delta: 3}).detailOffset).toBe(0);
		expect(apply(state, {type: 'detail.edge', edge: 'bottom'}).detailOffset).toBe(0);
	});

	test('clamps to the wider, taller pane at 120x40', () => {
		// 70 columns by 37 rows: 50 one-word lines and a title and a blank make 52, 36 shown.
		const state = stateOf([paperWithAbstractLines('wide', 50, 70)], size120x40);
		expect(apply(state, {type: 'detail.edge', edge: 'bottom'}).detailOffset).toBe(16);
	});

	test.each([
		['down', {type: 'cursor.move', delta: 1}],
		['to the end', {type: 'cursor.edge', edge: 'bottom'}],
		['by a query', {type: 'query.set', query: 'long'}],
		['by the bookmark view', {type: 'bookmarks.toggleView'}],
	] as Array<[string, Action]>)('returns to the top when the selection moves %s', (_description, action) => {
		const scrolled = apply(stateOf(papers), {type: 'detail.scroll', delta: 6});
		expect(reducer(scrolled, action).detailOffset).toBe(0);
	});

	test('keeps its place when the cursor cannot move', () => {
		const scrolled = apply(stateOf(papers), {type: 'detail.scroll', delta: 6});
		expect(apply(scrolled, {type: 'cursor.move', delta: -1}).detailOffset).toBe(6);
	});

	test('stays at 0 with no paper selected', () => {
		const empty = apply(stateOf(papers), ...searched('none', []));
		expect(apply(empty, {type: 'detail.scroll', delta: 5}).detailOffset).toBe(0);
	});
});

describe('reducer: focus', () => {
	test('toggles between the list and the detail', () => {
		const detail = apply(stateOf(papers), {type: 'focus.toggle'});
		expect(detail.focus).toBe('detail');
		expect(apply(detail, {type: 'focus.toggle'}).focus).toBe('list');
	});

	test.each([
		['the list', [] as Action[], 'list'],
		['the detail', [{type: 'focus.toggle'}] as Action[], 'detail'],
	] as const)('returns to %s when leaving the search line', (_description, before, focus) => {
		const searching = apply(stateOf(papers), ...before, {type: 'search.focus'});
		expect(searching.focus).toBe('search');
		expect(apply(searching, {type: 'search.leave'}).focus).toBe(focus);
	});

	test('keeps the query when leaving the search line', () => {
		const state = apply(stateOf(papers), {type: 'search.focus'}, ...searched('long', [0]), {type: 'search.leave'});
		expect(state).toMatchObject({focus: 'list', query: 'long'});
	});

	test('ignores leaving the search line when not in it', () => {
		const state = stateOf(papers);
		expect(reducer(state, {type: 'search.leave'})).toBe(state);
	});

	test('ignores focusing the search line twice', () => {
		const searching = apply(stateOf(papers), {type: 'focus.toggle'}, {type: 'search.focus'});
		expect(reducer(searching, {type: 'search.focus'})).toBe(searching);
		expect(apply(searching, {type: 'search.focus'}, {type: 'search.leave'}).focus).toBe('detail');
	});
});

const fiftyLines = Array.from({length: 50}, (_unused, index) => `line ${index + 1}`);

/** A citation overlay of fifty lines, each narrower than the screen. */
function withHelp(state: AppState = stateOf(papers)): AppState {
	return apply(state, {type: 'citation.show', text: fiftyLines.join('\n')});
}

describe('reducer: overlays', () => {
	test('opens at the top with its lines', () => {
		const state = apply(withHelp(), {type: 'overlay.scroll', delta: 4}, {type: 'citation.show', text: '@misc{x}'});
		expect(state).toMatchObject({overlay: 'citation', overlayOffset: 0});
		expect(overlayLines(state)).toEqual(['@misc{x}']);
	});

	test('closes, forgetting its lines and place', () => {
		const state = apply(withHelp(), {type: 'overlay.scroll', delta: 4}, {type: 'overlay.close'});
		expect(state).toMatchObject({overlay: 'none', overlayOffset: 0});
		expect(overlayLines(state)).toEqual([]);
	});

	test('ignores closing when none is open', () => {
		const state = stateOf(papers);
		expect(reducer(state, {type: 'overlay.close'})).toBe(state);
	});

	test.each([
		['down', 0, 5, 5],
		['up', 5, -2, 3],
		['up at the top stays', 0, -1, 0],
		['far up clamps to the top', 10, -100, 0],
	])('scrolls %s', (_description, from, delta, to) => {
		const start = apply(withHelp(), {type: 'overlay.scroll', delta: from});
		expect(apply(start, {type: 'overlay.scroll', delta}).overlayOffset).toBe(to);
	});

	test('does not scroll an overlay that fits', () => {
		const state = apply(stateOf(papers), {type: 'citation.show', text: 'a\nb'}, {type: 'overlay.scroll', delta: 3});
		expect(state.overlayOffset).toBe(0);
	});

	test('stops scrolling before the end runs past the bottom', () => {
		const state = apply(withHelp(), {type: 'overlay.scroll', delta: 1000});
		expect(state.overlayOffset).toBeLessThanOrEqual(50 - 20);
		expect(apply(state, {type: 'overlay.scroll', delta: 1}).overlayOffset).toBe(state.overlayOffset);
	});

	test('scrolls far enough to bring the last line under the title row', () => {
		expect(apply(withHelp(), {type: 'overlay.scroll', delta: 1000}).overlayOffset).toBe(30);
	});
});

describe('reducer: resize', () => {
	const thousand = numberedPapers(1000);

	test('takes the new size', () => {
		expect(apply(stateOf(papers), {type: 'resize', size: size120x40}).size).toEqual(size120x40);
	});

	test('scrolls the list to keep the cursor in view on a shorter terminal', () => {
		const state = apply(stateOf(thousand, size120x40), {type: 'cursor.move', delta: 30});
		expect(state.listOffset).toBe(0);
		expect(apply(state, {type: 'resize', size: size80x24})).toMatchObject({cursor: 30, listOffset: 23});
	});

	test('scrolls the list back up to fill a taller terminal at the end of the list', () => {
		const state = apply(stateOf(thousand, size80x24), {type: 'cursor.edge', edge: 'bottom'});
		expect(apply(state, {type: 'resize', size: size120x40})).toMatchObject({cursor: 999, listOffset: 963});
	});

	test('pulls the detail back when the text now fits', () => {
		const scrolled = apply(stateOf(papers), {type: 'detail.edge', edge: 'bottom'});
		expect(scrolled.detailOffset).toBe(21);
		// 80x60: narrow, the detail has 34 rows, enough for all 32 lines.
		expect(apply(scrolled, {type: 'resize', size: {columns: 80, rows: 60}}).detailOffset).toBe(0);
	});

	test('survives a terminal too small to draw in', () => {
		const state = apply(
			stateOf(thousand),
			{type: 'cursor.move', delta: 40},
			{type: 'resize', size: {columns: 30, rows: 8}},
			{type: 'resize', size: size80x24},
		);
		expect(state.cursor).toBe(40);
		// The cursor is on one of the 8 rows.
		expect(state.listOffset).toBeGreaterThan(40 - 8);
		expect(state.listOffset).toBeLessThanOrEqual(40);
	});

	test('re-clamps the overlay scroll when the overlay now fits', () => {
		const scrolled = apply(withHelp(), {type: 'overlay.scroll', delta: 20});
		expect(apply(scrolled, {type: 'resize', size: {columns: 80, rows: 60}}).overlayOffset).toBe(0);
	});
});

describe('reducer: messages', () => {
	test('shows a message and clears it', () => {
		const shown = apply(stateOf(papers), {type: 'message.show', message: {text: 'Copied', kind: 'info'}});
		expect(shown.message).toEqual({text: 'Copied', kind: 'info'});
		expect(apply(shown, {type: 'message.clear'}).message).toBeNull();
	});

	test('ignores clearing when there is no message', () => {
		const state = stateOf(papers);
		expect(reducer(state, {type: 'message.clear'})).toBe(state);
	});
});
