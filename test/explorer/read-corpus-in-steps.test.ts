import {describe, expect, test} from 'vitest';
import type {Paper} from '../../src/types.js';
import type {CorpusProgress, CorpusReading, IndexProgress, SearchEngine, SearchResults} from '../../src/services/index.js';
import {readCorpusInSteps} from '../../src/explorer/read-corpus-in-steps.js';
import {createReadingSearchEngine} from '../../src/explorer/reading-search-engine.js';
import {numberedPapers} from '../state/papers.js';

/** A corpus of `all` read `perStep` papers a step; `failAt` makes the step that reaches it throw. */
function fakeReading(all: readonly Paper[], perStep: number, failAt?: number): CorpusReading & {steps: number} {
	const papers: Paper[] = [];
	return {
		papers,
		steps: 0,
		get progress() {
			return {bytesRead: papers.length, totalBytes: all.length};
		},
		step() {
			this.steps++;
			// Each step takes a little time, as reading does: a timer set meanwhile is due at the next turn.
			const until = performance.now() + 2;
			while (performance.now() < until);
			if (failAt !== undefined && papers.length + perStep > failAt) throw new Error(`file.jsonl:${failAt}: not JSON`);
			papers.push(...all.slice(papers.length, papers.length + perStep));
			return papers.length === all.length;
		},
		result: () => ({papers, aliases: new Map()}),
		close() {},
		takeNotices: () => [],
	};
}

describe('readCorpusInSteps', () => {
	test('reads a step per turn of the event loop, so that what is waiting (keys) runs in between', async () => {
		const reading = fakeReading(numberedPapers(50), 5);
		let turns = 0;
		const tick = setInterval(() => turns++, 0);
		const reports: Array<[number, CorpusProgress | null]> = [];
		await readCorpusInSteps(reading, (papers, progress) => reports.push([papers.length, progress]), {stepMs: 1, reportMs: 0});
		clearInterval(tick);
		expect(reading.steps).toBe(10);
		expect(turns).toBeGreaterThan(3);
		expect(reports.at(-1)).toEqual([50, null]);
		expect(reports[0]![1]).toEqual({papers: 5, bytesRead: 5, totalBytes: 50});
	});

	test('hands over a new copy of the papers only once they have grown by half; in between, the same copy and the progress', async () => {
		const reading = fakeReading(numberedPapers(100), 10);
		const copies: Array<readonly Paper[]> = [];
		await readCorpusInSteps(reading, papers => copies.push(papers), {stepMs: 1, reportMs: 0});
		expect(copies.map(copy => copy.length)).toEqual([10, 20, 30, 30, 50, 50, 50, 80, 80, 100]);
		expect(copies[3]).toBe(copies[2]);
		expect(copies[6]).toBe(copies[4]);
		expect(copies[4]).not.toBe(copies[3]);
		expect(copies.at(-1)).not.toBe(reading.papers);
	});

	test('rejects with the reading’s problem', async () => {
		const reading = fakeReading(numberedPapers(100), 10, 35);
		await expect(readCorpusInSteps(reading, () => {}, {stepMs: 1, reportMs: 0})).rejects.toThrow('file.jsonl:35: not JSON');
	});
});

describe('the search engine while the corpus is read', () => {
	const answer = (query: string): SearchResults => ({query, matches: [2, 1], highlightTitle: () => [], highlightAbstract: () => []});

	test('answers from the titles read so far, labelled, then from the engine made once all is read', async () => {
		const papers = numberedPapers(10);
		const shown: Paper[] = papers.slice(0, 4);
		let makeEngine: (engine: SearchEngine) => void = () => {};
		const progress: Array<IndexProgress | null> = [];
		const engine = createReadingSearchEngine(shown, new Promise(resolve => (makeEngine = resolve)));
		engine.watchProgress(report => progress.push(report));
		expect((await engine.run('paper 000'))!).toMatchObject({matches: [0, 1, 2, 3], isTitlesOnly: true});
		shown.push(...papers.slice(4));
		expect((await engine.run('paper 000'))!.matches).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect((await engine.run(''))!.matches).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(await engine.similar(0, 5)).toBeUndefined();
		makeEngine({
			run: async query => answer(query),
			watchProgress(listener) {
				listener(null);
				return () => {};
			},
			similar: async () => [7],
		});
		await new Promise(resolve => setImmediate(resolve));
		expect(progress).toEqual([null]);
		expect(await engine.run('paper')).toMatchObject({query: 'paper', matches: [2, 1]});
		expect((await engine.run('paper'))!.isTitlesOnly).toBeUndefined();
		expect(await engine.similar(0, 5)).toEqual([7]);
	});
});
