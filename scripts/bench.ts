// `npm run bench`: drives the built app in a real pty at 120x40 on the built-in corpus and
// checks startup, keystroke latency, bytes per keystroke and full-screen clears against budgets.
// Exit code 1 when a budget fails or the app cannot be measured.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {byteLength, countFullScreenClears, synchronizedUpdateEnd, synchronizedUpdateStart} from '../test/support/escape-sequences.js';
import {measureKeystroke, waitForQuiet, type KeystrokeSample} from '../test/support/keystroke-probe.js';
import {readPeakRssKilobytes} from '../test/support/process-memory.js';
import {builtCliPath, keys, repositoryRoot, startApp} from '../test/support/pty-app.js';

const columns = 120;
const rows = 40;
const firstTitle = 'Improving Large Language Model Fine-tuning for Solving Math Problems';
const firstStatus = /(^|\s)1\/77(\s|$)/m;
const navigationPresses = 20;
const searchText = 'catastrophic';

const {values: flags} = parseArgs({
	options: {
		app: {type: 'string', default: builtCliPath},
		runs: {type: 'string', default: '5'},
		warmup: {type: 'string', default: '1'},
		// `--papers N` runs the scale bench (scripts/bench-scale.ts) on a generated corpus instead.
		papers: {type: 'string'},
	},
	strict: false,
});
const appPath = path.resolve(String(flags.app));
const runCount = Math.max(1, Number(flags.runs));
const warmupCount = Math.max(0, Number(flags.warmup));

interface RunResult {
	firstFrameMs: number;
	firstFrameBytes: number;
	navigation: KeystrokeSample[];
	sort: KeystrokeSample[];
	similar: KeystrokeSample[];
	read: KeystrokeSample[];
	tags: KeystrokeSample[];
	search: KeystrokeSample[];
	clearsAfterFirstFrame: number;
	tabStopChanges: number;
	peakRssKilobytes: number | undefined;
	quitCleanly: boolean;
}

/** One fresh app: first frame, `j` × 20, `s` × 5, (`m`, Esc) × 5, `r` × 4, `t` + a tag + Enter, `/` + search text, then Esc, Esc and `q`. */
async function measureRun(): Promise<RunResult> {
	// Papers are not marked read by being shown: a write 3 s in would land in whichever key is being timed.
	const app = await startApp({commandArgs: [appPath], cols: columns, rows, env: {PAPER_TUI_READ_AFTER_MS: 'off'}});
	try {
		const firstFrame = await app.waitFor(
			() => {
				const screen = app.screenText();
				return screen.includes(firstTitle) && firstStatus.test(screen);
			},
			{description: `the first frame (the title "${firstTitle}" and the status "1/77")`},
		);
		const firstFrameMs = firstFrame.receivedAt - app.spawnedAt;
		// The first frame ends at the end of the synchronized update that drew the status line.
		const frameStart = app.output.lastIndexOf(synchronizedUpdateStart, firstFrame.outputLength - 1);
		if (frameStart === -1) {
			throw new Error('The app wrote no synchronized-update markers (ESC[?2026h): is Ink running as if in CI?');
		}
		await app.waitFor(() => app.output.includes(synchronizedUpdateEnd, frameStart), {
			timeoutMs: 2_000,
			description: 'the end of the first frame (ESC[?2026l)',
		});
		const firstFrameEnd = app.output.indexOf(synchronizedUpdateEnd, frameStart) + synchronizedUpdateEnd.length;
		const firstFrameBytes = byteLength(app.output.slice(0, firstFrameEnd));
		await waitForQuiet(app);

		const navigation: KeystrokeSample[] = [];
		for (let press = 0; press < navigationPresses; press++) navigation.push(await measureKeystroke(app, 'j'));
		// A whole cycle of the list's orders (`s` five times), back to the plain order.
		const sort: KeystrokeSample[] = [];
		for (let press = 0; press < 5; press++) sort.push(await measureKeystroke(app, 's'));
		// `m` (the papers like the selected one replace the list) on five papers: Esc back and `j` after each.
		const similar: KeystrokeSample[] = [];
		for (let press = 0; press < 5; press++) {
			similar.push(await measureKeystroke(app, 'm'));
			await measureKeystroke(app, keys.escape);
			await measureKeystroke(app, 'j');
		}
		// `r` marks the selected paper read and unread in turn: each frame waits for the write to the store.
		const read: KeystrokeSample[] = [];
		for (let press = 0; press < 4; press++) read.push(await measureKeystroke(app, 'r'));
		// `t` opens the tag prompt; each letter of a tag, then Enter, which saves it.
		const tags: KeystrokeSample[] = [await measureKeystroke(app, 't')];
		for (const letter of 'bench') tags.push(await measureKeystroke(app, letter));
		tags.push(await measureKeystroke(app, '\r'));
		await measureKeystroke(app, '/');
		const search: KeystrokeSample[] = [];
		for (const letter of searchText) search.push(await measureKeystroke(app, letter));

		const clearsAfterFirstFrame = countFullScreenClears(app.output.slice(firstFrameEnd));
		// The terminal's tab stops belong to the user's shell: never cleared (TBC) nor set (HTS).
		const tabStopChanges = app.output.match(/\u001B\[[03]?g|\u001BH/g)?.length ?? 0;
		const peakRssKilobytes = readPeakRssKilobytes(app.pid);
		// Esc clears the query, a second Esc leaves the search box; then `q` is a command again.
		await measureKeystroke(app, keys.escape);
		await measureKeystroke(app, keys.escape);
		app.press('q');
		const exit = await Promise.race([app.exit, new Promise<undefined>(resolve => setTimeout(resolve, 3_000))]);
		return {
			firstFrameMs,
			firstFrameBytes,
			navigation,
			sort,
			similar,
			read,
			tags,
			search,
			clearsAfterFirstFrame,
			tabStopChanges,
			peakRssKilobytes,
			quitCleanly: exit?.exitCode === 0 && exit.signal === undefined,
		};
	} finally {
		app.dispose();
	}
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const position = (sorted.length - 1) * fraction;
	const lower = sorted[Math.floor(position)] ?? Number.NaN;
	const upper = sorted[Math.ceil(position)] ?? Number.NaN;
	if (lower === upper || !Number.isFinite(upper)) return upper;
	return lower + (upper - lower) * (position - Math.floor(position));
}

interface Metric {
	name: string;
	/** Key in the one-line machine summary. */
	key: string;
	unit: 'ms' | 'B' | 'MB' | 'count';
	samples: number[];
	/** Compared against the median; `undefined` for numbers reported without a budget. */
	budget?: number;
	/** Compare the maximum instead of the median (for counts that must never happen). */
	budgetOnMax?: boolean;
}

function format(value: number, unit: Metric['unit']): string {
	if (!Number.isFinite(value)) return value > 0 ? 'none' : '-';
	if (unit === 'ms') return `${value.toFixed(1)} ms`;
	if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(2)} KB` : `${Math.round(value)} B`;
	if (unit === 'MB') return `${value.toFixed(1)} MB`;
	return String(value);
}

function verdict(metric: Metric): 'PASS' | 'FAIL' | 'info' {
	if (metric.budget === undefined) return 'info';
	const observed = metric.budgetOnMax ? Math.max(...metric.samples) : percentile(metric.samples, 0.5);
	return observed <= metric.budget ? 'PASS' : 'FAIL';
}

function printTable(metrics: readonly Metric[]): void {
	const header = ['metric', 'median', 'p95', 'max', 'budget', 'result'];
	const body = metrics.map(metric => [
		metric.name,
		format(percentile(metric.samples, 0.5), metric.unit),
		format(percentile(metric.samples, 0.95), metric.unit),
		format(Math.max(...metric.samples), metric.unit),
		metric.budget === undefined ? '-' : `${metric.budgetOnMax ? 'max' : ''} <= ${format(metric.budget, metric.unit)}`.trim(),
		verdict(metric),
	]);
	const widths = header.map((_, column) => Math.max(...[header, ...body].map(row => (row[column] ?? '').length)));
	for (const row of [header, ...body]) {
		console.log(
			row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '),
		);
	}
}

async function main(): Promise<number> {
	if (!existsSync(appPath)) {
		console.error(
			`bench: ${path.relative(process.cwd(), appPath) || appPath} does not exist. Build the app first (npm run build), or run npm run bench, which builds it.`,
		);
		return 1;
	}
	console.log(
		`paper-tui bench: ${path.relative(repositoryRoot, appPath)} at ${columns}x${rows}, ${runCount} runs (+${warmupCount} warm-up), node ${process.version}, ${os.cpus().length} CPUs`,
	);
	const [loadAverage = 0] = os.loadavg();
	if (loadAverage > os.cpus().length / 2) {
		console.log(`warning: load average ${loadAverage.toFixed(2)} on ${os.cpus().length} CPUs; other processes will inflate these numbers`);
	}
	for (let warmup = 0; warmup < warmupCount; warmup++) await measureRun();
	const runs: RunResult[] = [];
	for (let run = 0; run < runCount; run++) runs.push(await measureRun());

	const metrics: Metric[] = [
		{name: 'first frame on screen', key: 'firstFrameMs', unit: 'ms', samples: runs.map(run => run.firstFrameMs), budget: 250},
		{name: 'first frame bytes', key: 'firstFrameBytes', unit: 'B', samples: runs.map(run => run.firstFrameBytes)},
		{
			name: 'key j: frame complete',
			key: 'navigationFrameMs',
			unit: 'ms',
			samples: runs.flatMap(run => run.navigation.map(sample => sample.frameMs)),
			budget: 16,
		},
		{
			name: 'key j: bytes until quiet',
			key: 'navigationBytes',
			unit: 'B',
			samples: runs.flatMap(run => run.navigation.map(sample => sample.bytes)),
			budget: 2560,
		},
		{
			name: 'key s: frame complete',
			key: 'sortFrameMs',
			unit: 'ms',
			samples: runs.flatMap(run => run.sort.map(sample => sample.frameMs)),
			budget: 16,
		},
		{
			name: 'key s: bytes until quiet',
			key: 'sortBytes',
			unit: 'B',
			samples: runs.flatMap(run => run.sort.map(sample => sample.bytes)),
		},
		{
			name: 'key m: frame complete',
			key: 'similarFrameMs',
			unit: 'ms',
			samples: runs.flatMap(run => run.similar.map(sample => sample.frameMs)),
			budget: 16,
		},
		{
			name: 'key m: bytes until quiet',
			key: 'similarBytes',
			unit: 'B',
			samples: runs.flatMap(run => run.similar.map(sample => sample.bytes)),
		},
		{
			name: 'key r: frame complete',
			key: 'readFrameMs',
			unit: 'ms',
			samples: runs.flatMap(run => run.read.map(sample => sample.frameMs)),
			budget: 16,
		},
		{
			name: 'key t, its prompt, Enter: frame complete',
			key: 'tagsFrameMs',
			unit: 'ms',
			samples: runs.flatMap(run => run.tags.map(sample => sample.frameMs)),
			budget: 16,
		},
		{
			name: 'search key: frame complete',
			key: 'searchFrameMs',
			unit: 'ms',
			samples: runs.flatMap(run => run.search.map(sample => sample.frameMs)),
			budget: 30,
		},
		{
			name: 'search key: bytes until quiet',
			key: 'searchBytes',
			unit: 'B',
			samples: runs.flatMap(run => run.search.map(sample => sample.bytes)),
		},
		{
			name: 'full-screen clears after 1st frame',
			key: 'clearsAfterFirstFrame',
			unit: 'count',
			samples: runs.map(run => run.clearsAfterFirstFrame),
			budget: 0,
			budgetOnMax: true,
		},
		{
			name: 'tab stops cleared or set (TBC, HTS)',
			key: 'tabStopChanges',
			unit: 'count',
			samples: runs.map(run => run.tabStopChanges),
			budget: 0,
			budgetOnMax: true,
		},
		{name: 'peak RSS (VmHWM)', key: 'peakRssMb', unit: 'MB', samples: runs.map(run => (run.peakRssKilobytes ?? Number.NaN) / 1024)},
		{
			name: 'runs not quitting cleanly on q',
			key: 'uncleanQuits',
			unit: 'count',
			samples: [runs.filter(run => !run.quitCleanly).length],
			budget: 0,
			budgetOnMax: true,
		},
	];
	printTable(metrics);

	const pass = metrics.every(metric => verdict(metric) !== 'FAIL');
	const summary = {
		pass,
		runs: runCount,
		...Object.fromEntries(metrics.map(metric => [metric.key, Number(percentile(metric.samples, 0.5).toFixed(2))])),
	};
	console.log(`BENCH_SUMMARY ${JSON.stringify(summary)}`);
	console.log(
		`Reproduce: npm run bench (or, after npm run build: npx tsx scripts/bench.ts --runs ${runCount}); raw samples in .bench/latest.json`,
	);
	mkdirSync(path.join(repositoryRoot, '.bench'), {recursive: true});
	writeFileSync(path.join(repositoryRoot, '.bench', 'latest.json'), `${JSON.stringify({summary, runs}, null, '\t')}\n`);
	return pass ? 0 : 1;
}

const run =
	flags.papers === undefined
		? main
		: async () => {
				const {status} = spawnSync(
					process.execPath,
					['--import', 'tsx', path.join(repositoryRoot, 'scripts', 'bench-scale.ts'), ...process.argv.slice(2)],
					{stdio: 'inherit'},
				);
				return status ?? 1;
			};

run().then(
	code => process.exit(code),
	(error: unknown) => {
		console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	},
);
