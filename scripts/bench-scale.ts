// `npm run bench -- --papers 10000`: the explorer on a generated corpus of realistic shape
// (scripts/generate-corpus.ts, fixed seed) in a real pty at 120x40, started twice with the same
// empty cache dir (first start, then second start). Reports first frame, `j` pressed at the first
// frame, search-ready time, keystroke latency once ready and peak RSS, against issue 12's budgets.
// Exit code 1 when a budget fails or the app cannot be measured.
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {parseArgs} from 'node:util';
import {readPeakRssKilobytes} from '../test/support/process-memory.js';
import {builtCliPath, keys, repositoryRoot, startApp, type PtyApp} from '../test/support/pty-app.js';
import {loadCorpusFile} from '../src/corpus/load-corpus.js';
import {buildSearchIndex, readCachedIndex} from '../src/search/index.js';
import {generatePapers, writeCorpus} from './generate-corpus.js';

const columns = 120;
const rows = 40;
const seed = 12;
/** Typed one letter at a time once search is ready; every prefix from 3 letters runs a query. */
const keystrokeText = 'neural attention';
/** Typed at the first frame: search-ready is when its ranked results are on screen. */
const readyQuery = 'learning';

/** Budgets of issue 12 per corpus size (ms, MB). */
const budgets: Record<number, {firstFrame: number; ready: number; readyCached: number; keystrokeP95: number; move: number; rss: number}> = {
	10_000: {firstFrame: 600, ready: 3_000, readyCached: 1_000, keystrokeP95: 50, move: 50, rss: 400},
	50_000: {firstFrame: 1_500, ready: 15_000, readyCached: 3_000, keystrokeP95: 150, move: 50, rss: 1_200},
	200_000: {firstFrame: 4_000, ready: 60_000, readyCached: 10_000, keystrokeP95: 400, move: 50, rss: 3_000},
};

const {values: flags} = parseArgs({
	options: {
		app: {type: 'string', default: builtCliPath},
		papers: {type: 'string', default: '10000'},
		timeout: {type: 'string', default: '180000'},
	},
});
const appPath = path.resolve(flags.app);
const paperCount = Number(flags.papers);
const timeoutMs = Number(flags.timeout);

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

interface StartResult {
	firstFrameMs: number;
	/** From pressing `j` at the first frame until the second paper is selected on screen. */
	moveMs: number;
	/** From spawn until the ranked results of `readyQuery` are on screen. */
	readyMs: number;
	/** Per key once ready: from the key until its query's results are on screen (count and first title). */
	keystrokeMs: number[];
	peakRssMb: number;
}

/** The status line's "position/total" for the given position. */
/** `position/count` on the status line; the count is any while the corpus is still being read (it grows). */
const positionPattern = (position: number) => new RegExp(`(^|\\s)${position}/\\d[\\d,]*(\\s|$)`, 'm');
/** The status line: the last non-blank row (the frame is one row shorter than the terminal). */
const lastLine = (app: PtyApp) => [...app.lines()].reverse().find(line => line.trim() !== '') ?? '';

/** Presses `key` and returns the ms until the output has been quiet for 60 ms (the last frame it caused). */
async function keyUntilSettled(app: PtyApp, key: string): Promise<number> {
	let lastDataAt: number | undefined;
	const unsubscribe = app.onData((_chunk, receivedAt) => {
		lastDataAt = receivedAt;
	});
	const sentAt = performance.now();
	app.press(key);
	try {
		for (;;) {
			await sleep(5);
			const now = performance.now();
			if (lastDataAt !== undefined && now - lastDataAt >= 60) return lastDataAt - sentAt;
			if (now - sentAt >= 10_000) return Number.POSITIVE_INFINITY;
		}
	} finally {
		unsubscribe();
	}
}

/** What the screen shows once a query is answered: its match count and the first title. */
interface ExpectedAnswer {
	readonly count: number;
	readonly firstTitle: string | undefined;
}

/** Presses `key` (the query becomes `query`) and returns the ms until the screen shows `expected` for it. */
async function keyUntilAnswered(app: PtyApp, key: string, query: string, expected: ExpectedAnswer): Promise<number> {
	// Only a frame drawn after the key counts (the answer may look like the previous one).
	let hasOutput = false;
	const unsubscribe = app.onData(() => {
		hasOutput = true;
	});
	const sentAt = performance.now();
	app.press(key);
	const counted = new RegExp(`· ${expected.count} match(es)?( |$)`);
	const firstTitle = expected.firstTitle?.slice(0, 25);
	const answered = await app.waitFor(
		() => {
			const screen = app.lines();
			if (!hasOutput) return false;
			if (!(screen[0] ?? '').trimEnd().endsWith(query.trimEnd())) return false;
			if (query.trim() === '') return true;
			return (
				counted.test(lastLine(app)) && (firstTitle === undefined || screen.some(line => line.startsWith('>') && line.includes(firstTitle)))
			);
		},
		{timeoutMs: 30_000, description: `${expected.count} matches for "${query}"`},
	);
	unsubscribe();
	return answered.receivedAt - sentAt;
}

/** The built explorer on `corpusFiles` in a pty, caching its index under `cacheHome`. */
async function startExplorer(corpusFiles: readonly string[], cacheHome: string): Promise<PtyApp> {
	return startApp({
		commandArgs: [appPath],
		args: corpusFiles.flatMap(file => ['--corpus', file]),
		cols: columns,
		rows,
		env: {XDG_CACHE_HOME: cacheHome},
	});
}

async function measureStart(
	corpusFiles: readonly string[],
	cacheHome: string,
	firstTitle: string,
	expectedFor: (query: string) => ExpectedAnswer,
): Promise<StartResult> {
	const app = await startExplorer(corpusFiles, cacheHome);
	try {
		const titleStart = firstTitle.slice(0, 30);
		const firstFrame = await app.waitFor(() => app.screenText().includes(titleStart) && positionPattern(1).test(lastLine(app)), {
			timeoutMs,
			description: `the first frame (the title "${titleStart}" and the position 1/…)`,
		});
		const firstFrameMs = firstFrame.receivedAt - app.spawnedAt;
		const pressedAt = performance.now();
		app.press('j');
		const moved = await app.waitFor(() => positionPattern(2).test(lastLine(app)), {timeoutMs, description: 'the move to paper 2'});
		const moveMs = moved.receivedAt - pressedAt;
		app.press('/');
		await app.type(readyQuery, {delayMs: 15});
		// Ranked results: a match count on the status line, with no "reading", "indexing" or "titles only" label.
		const ready = await app.waitFor(
			() => {
				const status = lastLine(app);
				return /\d matches/.test(status) && !/indexing|titles only|reading/i.test(status);
			},
			{timeoutMs, description: `ranked results for "${readyQuery}"`},
		);
		const readyMs = ready.receivedAt - app.spawnedAt;
		// Ctrl-U clears the query (the search line stays open); then one letter at a time.
		await keyUntilSettled(app, keys.ctrlU);
		const keystrokeMs: number[] = [];
		let typed = '';
		for (const letter of keystrokeText) {
			typed += letter;
			keystrokeMs.push(await keyUntilAnswered(app, letter, typed, expectedFor(typed)));
		}
		const peakRssMb = (readPeakRssKilobytes(app.pid) ?? Number.NaN) / 1024;
		app.press(keys.escape);
		await sleep(100);
		app.press(keys.escape);
		await sleep(100);
		app.press('q');
		await Promise.race([app.exit, sleep(5_000)]);
		return {firstFrameMs, moveMs, readyMs, keystrokeMs, peakRssMb};
	} finally {
		app.dispose();
	}
}

/**
 * A first start (an empty cache dir): from the first frame until `untilMs` after the spawn (when
 * the first measured start had ranked results), presses `j` and `k` in turn, each once the one
 * before has moved the selection and 100 ms have passed, and returns the ms each took until the
 * selection moved on screen.
 */
async function measureMovesWhileLoading(corpusFiles: readonly string[], cacheHome: string, untilMs: number): Promise<number[]> {
	const app = await startExplorer(corpusFiles, cacheHome);
	try {
		await app.waitFor(() => positionPattern(1).test(lastLine(app)), {timeoutMs, description: 'the first frame'});
		const moves: number[] = [];
		let position = 1;
		while (performance.now() - app.spawnedAt < untilMs || moves.length === 0) {
			const next = position === 1 ? 2 : 1;
			const pressedAt = performance.now();
			app.press(next === 2 ? 'j' : 'k');
			const moved = await app.waitFor(() => positionPattern(next).test(lastLine(app)), {
				timeoutMs,
				description: `the move to paper ${next}`,
			});
			moves.push(moved.receivedAt - pressedAt);
			position = next;
			await sleep(100);
		}
		app.press('q');
		await Promise.race([app.exit, sleep(5_000)]);
		return moves;
	} finally {
		app.dispose();
	}
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length - 1) * fraction))] ?? Number.NaN;
}

/** Total size of the files under `directory` (0 when it does not exist). */
function directorySizeMb(directory: string): number {
	if (!existsSync(directory)) return 0;
	let bytes = 0;
	for (const entry of readdirSync(directory, {recursive: true, withFileTypes: true})) {
		if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
	}
	return bytes / 1024 / 1024;
}

/** Papers per corpus file: 200,000 generated papers (262 MB) pass the loader's 256 MB limit per file. */
const papersPerFile = 100_000;

/** The corpus as files of at most `papersPerFile` papers (its lines in order), written next to it once. */
function splitCorpus(corpusFile: string, count: number): string[] {
	if (count <= papersPerFile) return [corpusFile];
	const lines = readFileSync(corpusFile, 'utf8')
		.split('\n')
		.filter(line => line !== '');
	const files: string[] = [];
	for (let start = 0; start < lines.length; start += papersPerFile) {
		const file = corpusFile.replace(/\.jsonl$/, `.part${files.length + 1}.jsonl`);
		if (!existsSync(file)) writeFileSync(file, `${lines.slice(start, start + papersPerFile).join('\n')}\n`);
		files.push(file);
	}
	return files;
}

async function main(): Promise<number> {
	if (!Number.isInteger(paperCount) || paperCount < 1) {
		console.error('bench: --papers takes a positive integer (e.g. --papers 10000)');
		return 2;
	}
	if (!existsSync(appPath)) {
		console.error(`bench: ${appPath} does not exist. Build the app first (npm run build), or run npm run bench, which builds it.`);
		return 1;
	}
	const corpusDirectory = path.join(repositoryRoot, '.bench');
	mkdirSync(corpusDirectory, {recursive: true});
	const corpusFile = path.join(corpusDirectory, `generated-${paperCount}-seed${seed}.jsonl`);
	if (!existsSync(corpusFile)) await writeCorpus(corpusFile, paperCount, seed);
	const corpusFiles = splitCorpus(corpusFile, paperCount);
	const firstTitle = generatePapers(1, seed).next().value!.title;
	const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'paper-tui-bench-cache-'));
	console.log(
		`paper-tui scale bench: ${paperCount.toLocaleString('en-US')} generated papers (seed ${seed}), ${columns}x${rows}, node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(2)}`,
	);
	try {
		// The expected answers come from the same search code: the index the app cached, else built here.
		let expectedFor: ((query: string) => ExpectedAnswer) | undefined;
		const answers = (query: string): ExpectedAnswer => {
			if (expectedFor === undefined) {
				const papers = corpusFiles.flatMap(file => loadCorpusFile(file));
				const index = readCachedIndex(papers, path.join(cacheHome, 'paper-tui')) ?? buildSearchIndex(papers);
				expectedFor = text => {
					const hits = index.search(text);
					return {count: hits.length, firstTitle: hits[0] === undefined ? undefined : papers[hits[0].index]?.title};
				};
			}
			return expectedFor(query);
		};
		const first = await measureStart(corpusFiles, cacheHome, firstTitle, answers);
		const second = await measureStart(corpusFiles, cacheHome, firstTitle, answers);
		const freshCacheHome = mkdtempSync(path.join(os.tmpdir(), 'paper-tui-bench-cache-'));
		const moves = await measureMovesWhileLoading(corpusFiles, freshCacheHome, first.readyMs).finally(() => {
			rmSync(freshCacheHome, {recursive: true, force: true});
		});
		const budget = budgets[paperCount];
		const keystrokes = [...first.keystrokeMs, ...second.keystrokeMs];
		const rows: Array<[string, number, string, number | undefined]> = [
			['first frame (first start)', first.firstFrameMs, 'ms', budget?.firstFrame],
			['first frame (second start)', second.firstFrameMs, 'ms', budget?.firstFrame],
			['search ready (first start)', first.readyMs, 'ms', budget?.ready],
			['search ready (second start)', second.readyMs, 'ms', budget?.readyCached],
			['j at first frame moves after', Math.max(first.moveMs, second.moveMs), 'ms', budget?.move],
			[`j/k while reading, indexing p50 (${moves.length})`, percentile(moves, 0.5), 'ms', undefined],
			['j/k while reading, indexing p95', percentile(moves, 0.95), 'ms', budget?.move],
			['j/k while reading, indexing max', Math.max(...moves), 'ms', undefined],
			['keystroke once ready p50', percentile(keystrokes, 0.5), 'ms', undefined],
			['keystroke once ready p95', percentile(keystrokes, 0.95), 'ms', budget?.keystrokeP95],
			['peak RSS', Math.max(first.peakRssMb, second.peakRssMb), 'MB', budget?.rss],
			['cache size', directorySizeMb(path.join(cacheHome, 'paper-tui')), 'MB', undefined],
		];
		let pass = true;
		for (const [name, value, unit, limit] of rows) {
			const verdict = limit === undefined ? 'info' : value <= limit ? 'PASS' : 'FAIL';
			if (verdict === 'FAIL') pass = false;
			const shown = unit === 'ms' ? `${Math.round(value)} ms` : `${value.toFixed(1)} MB`;
			console.log(
				`${name.padEnd(32)} ${shown.padStart(10)}  ${limit === undefined ? '-'.padStart(10) : `<= ${limit} ${unit}`.padStart(10)}  ${verdict}`,
			);
		}
		console.log(
			`BENCH_SCALE ${JSON.stringify({papers: paperCount, pass, first: {...first, keystrokeMs: undefined}, second: {...second, keystrokeMs: undefined}, keystrokeMs: keystrokes.map(Math.round), movesWhileLoadingMs: moves.map(Math.round)})}`,
		);
		console.log(
			`Reproduce: npm run bench -- --papers ${paperCount} (or, after npm run build: npx tsx scripts/bench-scale.ts --papers ${paperCount})`,
		);
		return pass ? 0 : 1;
	} finally {
		rmSync(cacheHome, {recursive: true, force: true});
	}
}

main().then(
	code => process.exit(code),
	(error: unknown) => {
		console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	},
);
