import {describe, expect, test} from 'vitest';
import {reducer} from '../../src/state/reducer.js';
import {selectedDetailLines, selectedEntry, visibleEntries} from '../../src/state/selectors.js';
import {apply, numberedPapers, size120x40, stateOf} from './papers.js';

const papers = numberedPapers(100);
const ids = (state: ReturnType<typeof stateOf>) => visibleEntries(state).map(entry => entry.paper.id);

describe('reducer: similar lists', () => {
	test('similar.show lists the given papers from the top; similar.close returns to the list, selection and scroll before', () => {
		const before = apply(stateOf(papers, size120x40), {type: 'cursor.move', delta: 60});
		expect(before.listOffset).toBeGreaterThan(0);
		const similar = reducer(before, {type: 'similar.show', source: papers[60]!, matches: [3, 9, 1]});
		expect(ids(similar)).toEqual(['paper-0004', 'paper-0010', 'paper-0002']);
		expect([similar.cursor, similar.listOffset]).toEqual([0, 0]);
		const moved = reducer(similar, {type: 'cursor.move', delta: 2});
		expect(selectedEntry(moved)?.paper.id).toBe('paper-0002');
		const back = reducer(moved, {type: 'similar.close'});
		expect(back.similar).toBeNull();
		expect([back.cursor, back.listOffset]).toEqual([before.cursor, before.listOffset]);
		expect(selectedEntry(back)?.paper.id).toBe('paper-0061');
	});

	test('lists nest: each close goes back one; a close with none open changes nothing', () => {
		const first = apply(stateOf(papers), {type: 'similar.show', source: papers[0]!, matches: [5, 6]}, {type: 'cursor.move', delta: 1});
		const second = reducer(first, {type: 'similar.show', source: papers[6]!, matches: [7]});
		expect(ids(second)).toEqual(['paper-0008']);
		const once = reducer(second, {type: 'similar.close'});
		expect(ids(once)).toEqual(['paper-0006', 'paper-0007']);
		expect(once.cursor).toBe(1);
		const twice = reducer(once, {type: 'similar.close'});
		expect(twice.similar).toBeNull();
		expect(reducer(twice, {type: 'similar.close'})).toBe(twice);
	});

	test('a new query, the bookmark view or another order leaves the similar list', () => {
		const similar = reducer(stateOf(papers), {type: 'similar.show', source: papers[0]!, matches: [5]});
		expect(reducer(similar, {type: 'query.set', query: 'paper'}).similar).toBeNull();
		expect(reducer(similar, {type: 'bookmarks.toggleView'}).similar).toBeNull();
		expect(reducer(similar, {type: 'sort.cycle'}).similar).toBeNull();
		// Esc in the list is similar.close.
		expect(reducer(similar, {type: 'command', command: 'similar.close'}).similar).toBeNull();
	});
});

describe('reducer: notes', () => {
	test('notes read from disk do not replace a note edited here before they arrived', () => {
		const edited = reducer(stateOf(papers), {type: 'note.changed', id: 'paper-0001', text: 'new text'});
		const loaded = reducer(edited, {
			type: 'notes.loaded',
			notes: new Map([
				['paper-0001', 'old text'],
				['paper-0002', 'other'],
			]),
		});
		expect([...loaded.notes]).toEqual([
			['paper-0001', 'new text'],
			['paper-0002', 'other'],
		]);
		expect(reducer(loaded, {type: 'note.changed', id: 'paper-0001', text: undefined}).notes.has('paper-0001')).toBe(false);
	});

	test("the detail shows the selected paper's note under Note, laid out again when it changes", () => {
		const state = stateOf(papers);
		expect(selectedDetailLines(state).some(line => line.text === 'Note')).toBe(false);
		const withNote = reducer(state, {type: 'note.changed', id: 'paper-0001', text: '# Paper 0001\n\nfirst thought'});
		const texts = selectedDetailLines(withNote).map(line => line.text);
		expect(texts.slice(texts.indexOf('Note'))).toEqual(['Note', 'first thought']);
		const changed = reducer(withNote, {type: 'note.changed', id: 'paper-0001', text: 'second thought'});
		expect(selectedDetailLines(changed).map(line => line.text)).toContain('second thought');
	});

	test('note:word keeps the papers whose note holds it, with the rest of the query searched as usual', () => {
		const state = apply(
			stateOf(papers),
			{
				type: 'notes.loaded',
				notes: new Map([
					['paper-0003', 'An ADAPTER idea'],
					['paper-0007', 'nothing'],
				]),
			},
			{type: 'query.set', query: 'note:adapter'},
		);
		// The search answered the query without its note: words (every paper, for an empty rest).
		const answered = reducer(state, {type: 'search.results', results: {...state.results, query: 'note:adapter'}});
		expect(ids(answered)).toEqual(['paper-0003']);
	});
});

describe('note:word in the bookmark view', () => {
	test('keeps a bookmark whose paper is missing when its note holds the word, searching its title with the other words', () => {
		const bookmarks = [
			{id: 'gone-one', title: 'Gone Paper One', addedAt: '2026-01-01T00:00:00.000Z'},
			{id: 'gone-two', title: 'Gone Paper Two', addedAt: '2026-01-02T00:00:00.000Z'},
		];
		const state = apply(
			stateOf(numberedPapers(3), size120x40, bookmarks),
			{type: 'notes.loaded', notes: new Map([['gone-two', 'about adapters']])},
			{type: 'bookmarks.toggleView'},
			{type: 'query.set', query: 'note:adapter gone'},
		);
		expect(ids(state)).toEqual(['gone-two']);
	});
});
