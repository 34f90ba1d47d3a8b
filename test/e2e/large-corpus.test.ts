// A corpus large enough to be indexed in the search worker (dist/search-worker.cjs), small enough for CI.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {writeCorpus} from '../../scripts/generate-corpus.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {createWorkerEngine} from '../../src/explorer/search-engine.js';
import {buildSearchIndex, cacheFileOf, findSimilarPapers, TOP_MATCH_COUNT} from '../../src/search/index.js';
import type {IndexProgress, SearchResults} from '../../src/services/index.js';
import type {Paper} from '../../src/types.js';
import {builtCliPath} from '../support/pty-app.js';
import {matchCount, screenOf, selectedRow, slowWait, statusLine, useExplorers, waitForScreen} from './explorer-session.js';

const {open} = useExplorers();
const paperCount = 3_000;
const workerFile = path.join(path.dirname(builtCliPath), 'search-worker.cjs');

let corpusDirectory: string;
let corpusFile: string;
let papers: Paper[];
/** The ranked answer of the same search code, in this thread. */
let rankedMatches: (query: string) => number[];
/** The similar papers the same code finds in this thread. */
let similarMatches: (position: number, limit: number) => number[];

beforeAll(async () => {
	// Kept for the whole file (useExplorers' temp dirs go after each test).
	corpusDirectory = mkdtempSync(path.join(tmpdir(), 'paper-tui-large-'));
	corpusFile = path.join(corpusDirectory, 'generated.jsonl');
	await writeCorpus(corpusFile, paperCount, 5);
	papers = loadCorpusFile(corpusFile);
	const index = buildSearchIndex(papers);
	rankedMatches = query => index.search(query).map(hit => hit.index);
	similarMatches = (position, limit) => findSimilarPapers(index, papers, position, limit).map(hit => hit.index);
}, 60_000);
afterAll(() => {
	rmSync(corpusDirectory, {recursive: true, force: true});
});

/** Resolves with the progress reports up to and including the one saying the index is ready (null). */
function progressUntilReady(engine: ReturnType<typeof createWorkerEngine>): Promise<Array<IndexProgress | null>> {
	const reports: Array<IndexProgress | null> = [];
	return new Promise(resolve => {
		engine.watchProgress(progress => {
			reports.push(progress);
			if (progress === null) resolve(reports);
		});
	});
}

describe('the search worker', () => {
	test('reports progress, filters titles until the index is ready, then ranks like the in-thread index', async () => {
		const engine = createWorkerEngine(papers, workerFile);
		const ready = progressUntilReady(engine);
		// Before the index is ready there are no similar papers to find: the explorer says so.
		expect(await engine.similar(0, 10)).toBeUndefined();
		const early = (await engine.run('network'))!;
		expect(early.isTitlesOnly).toBe(true);
		expect(early.matches).toEqual(papers.flatMap((paper, index) => (paper.title.toLowerCase().includes('network') ? [index] : [])));
		expect(early.matches.length).toBeGreaterThan(0);

		const reports = await ready;
		expect(reports[0]).toEqual({done: 0, total: paperCount});
		const counts = reports.slice(0, -1).map(report => report!.done);
		expect(counts).toEqual([...counts].sort((a, b) => a - b));
		expect(counts.at(-1)).toBe(paperCount);
		expect(counts.length).toBeGreaterThan(3);
		for (const query of ['network', 'neural attention', 'title:learning -graph', 'generat']) {
			const results = (await engine.run(query))!;
			expect(results.isTitlesOnly).toBeUndefined();
			expect(results.matches, query).toEqual(rankedMatches(query).slice(0, TOP_MATCH_COUNT));
			expect(results.totalMatches ?? results.matches.length, query).toBe(rankedMatches(query).length);
			expect((await engine.run(query, {all: true}))!.matches, query).toEqual(rankedMatches(query));
		}
		// The comparison covers a query with more matches than are sent at first.
		expect(rankedMatches('network').length).toBeGreaterThan(TOP_MATCH_COUNT);
	});

	test('latest query wins: queries replaced while another runs are dropped, the newest is answered', async () => {
		const engine = createWorkerEngine(papers, workerFile);
		await progressUntilReady(engine);
		const queries = ['g', 'ge', 'gen', 'gene', 'gener', 'genera', 'generat', 'generati', 'generativ', 'generative'];
		const answers: Array<SearchResults | undefined> = await Promise.all(queries.map(async query => engine.run(query)));
		// The first went to the worker at once; the next eight were replaced before it answered.
		expect(answers.map(answer => answer?.query)).toEqual(['g', ...Array.from({length: 8}, () => undefined), 'generative']);
		expect(answers.at(-1)!.matches).toEqual(rankedMatches('generative').slice(0, TOP_MATCH_COUNT));
		// Asking for all the matches of a query is a query too: replaced by a newer one while another runs.
		const [first, replaced, newest] = await Promise.all([engine.run('net'), engine.run('net', {all: true}), engine.run('network')]);
		expect([first?.query, replaced, newest?.query]).toEqual(['net', undefined, 'network']);
		expect(newest!.matches).toEqual(rankedMatches('network').slice(0, TOP_MATCH_COUNT));
	});
});

describe('the index cache of the search worker', () => {
	test('a second engine on the same papers reads the index the first one wrote, without building', async () => {
		const cacheDir = path.join(corpusDirectory, 'cache');
		const first = await progressUntilReady(createWorkerEngine(papers, workerFile, {cacheDir}));
		expect(first.length).toBeGreaterThan(3);
		// The worker writes the entry just after it is ready.
		const entry = cacheFileOf(cacheDir, papers);
		await expect.poll(() => existsSync(entry), {timeout: 30_000}).toBe(true);
		const engine = createWorkerEngine(papers, workerFile, {cacheDir});
		expect(await progressUntilReady(engine)).toEqual([{done: 0, total: paperCount}, null]);
		expect((await engine.run('generative', {all: true}))!.matches).toEqual(rankedMatches('generative'));
		// Similar papers are found in the worker too, as in this thread, beside a query.
		const [similar, results] = await Promise.all([engine.similar(42, 10), engine.run('neural')]);
		expect(similar).toEqual(similarMatches(42, 10));
		expect(similar).toHaveLength(10);
		expect(results!.matches).toEqual(rankedMatches('neural').slice(0, TOP_MATCH_COUNT));
	});
});

describe('the explorer on a large corpus', () => {
	test('shows indexing progress, moves at once, and typing 10 letters fast ends on the last query’s ranked results', async () => {
		const app = await open({args: ['--corpus', corpusFile]}, paperCount);
		await waitForScreen(app, () => /indexing [\d,]+ \/ 3,000/.test(statusLine(app)), {...slowWait, description: 'indexing progress'});
		app.press('/');
		const query = 'generative';
		await app.type(query, {delayMs: 5});
		const expected = rankedMatches(query);
		await waitForScreen(
			app,
			() => !/indexing|titles only/.test(statusLine(app)) && matchCount(app) === expected.length && (app.lines()[0] ?? '').includes(query),
			{timeoutMs: 60_000, description: `${expected.length} ranked matches for "${query}"`},
		);
		expect(selectedRow(app), screenOf(app)).toContain(papers[expected[0]!]!.title.slice(0, 30));
	});

	test('while indexing, a query is answered from titles, labelled as such', async () => {
		const app = await open({args: ['--corpus', corpusFile]}, paperCount);
		app.press('/');
		await app.type('network', {delayMs: 5});
		const expected = papers.filter(paper => paper.title.toLowerCase().includes('network')).length;
		await waitForScreen(app, () => statusLine(app).includes(`${expected} matches (titles only)`) && /indexing/.test(statusLine(app)), {
			...slowWait,
			description: `${expected} matches (titles only) while indexing`,
		});
	});
});
