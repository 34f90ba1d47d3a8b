import {describe, expect, test} from 'vitest';
import {reducer} from '../../src/state/reducer.js';
import {selectedEntry, visibleEntries} from '../../src/state/selectors.js';
import {apply, numberedPapers, stateOf} from './papers.js';

const all = numberedPapers(300);
const progress = (papers: number) => ({papers, bytesRead: papers * 100, totalBytes: 30_000});

describe('reducer: a corpus read while the explorer is open', () => {
	test('the list grows with the papers read, the selection stays, and the progress goes once all is read', () => {
		const opened = apply(stateOf(all.slice(0, 100)), {type: 'cursor.move', delta: 5});
		const grown = apply(opened, {type: 'corpus.read', papers: all.slice(0, 200), progress: progress(200)});
		expect(visibleEntries(grown)).toHaveLength(200);
		expect(selectedEntry(grown)?.paper.id).toBe(all[5]!.id);
		expect(grown.reading).toEqual(progress(200));
		const done = apply(grown, {type: 'corpus.read', papers: all, progress: null});
		expect(visibleEntries(done).map(entry => entry.paper.id)).toEqual(all.map(paper => paper.id));
		expect(done.reading).toBeNull();
	});

	test('the same papers again change only the progress', () => {
		const papers = all.slice(0, 100);
		const state = stateOf(papers);
		const next = reducer(state, {type: 'corpus.read', papers, progress: progress(150)});
		expect(next.reading).toEqual(progress(150));
		expect(next.results).toBe(state.results);
	});

	test('the results of a query stay the answer to it while more papers are read', () => {
		const typed = apply(stateOf(all.slice(0, 100)), {type: 'search.focus'}, {type: 'query.insert', text: 'paper 00'});
		const answered = apply(typed, {
			type: 'search.results',
			results: {query: 'paper 00', matches: [3, 1, 2], highlightTitle: () => [], highlightAbstract: () => [], isTitlesOnly: true},
		});
		const grown = apply(answered, {type: 'corpus.read', papers: all.slice(0, 200), progress: progress(200)});
		expect(visibleEntries(grown).map(entry => entry.paper.id)).toEqual([all[3]!.id, all[1]!.id, all[2]!.id]);
	});

	test('an answer naming papers the list does not hold yet shows the ones it holds', () => {
		const reading = {...stateOf(all.slice(0, 100)), reading: progress(100)};
		const typed = apply(reading, {type: 'search.focus'}, {type: 'query.insert', text: 'paper'});
		const answered = apply(typed, {
			type: 'search.results',
			results: {query: 'paper', matches: [150, 3, 120, 7], highlightTitle: () => [], highlightAbstract: () => [], isTitlesOnly: true},
		});
		expect(visibleEntries(answered).map(entry => entry.paper.id)).toEqual([all[3]!.id, all[7]!.id]);
	});
});
