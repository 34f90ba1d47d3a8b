// `npm run bench` (after scripts/bench.ts): long texts and large or special corpus files, run
// through the built command line. Budgets: `show` of a 200,000-character word and `bookmarks
// list` with a 160,000-character title finish in 2 s; wrapping a 100,000-character spaceless
// abstract (what selecting it in the explorer does) takes under 0.5 s; /dev/zero and a named pipe
// are refused in 2 s; listing a 50 MB JSON Lines corpus peaks at under 3x its size above the
// program's baseline RSS. Exit code 1 when a budget fails.
import {execFileSync, spawn} from 'node:child_process';
import {createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {wrapText} from '../src/text/wrap-text.js';
import {builtCliPath} from '../test/support/pty-app.js';

interface Check {
	readonly name: string;
	readonly value: number;
	readonly unit: string;
	readonly budget: number;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'paper-tui-bench-text-'));
const peakRssHook = path.join(scratch, 'peak-rss.cjs');
writeFileSync(
	peakRssHook,
	"process.on('exit', () => require('fs').writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
);

/** Runs the built program; resolves with its exit code, wall time and peak RSS in bytes. */
async function run(args: readonly string[], configDir = scratch): Promise<{code: number | null; ms: number; peakRssBytes: number}> {
	const report = path.join(scratch, `rss-${Date.now()}-${Math.random()}`);
	const started = performance.now();
	const child = spawn(process.execPath, [builtCliPath, ...args], {
		stdio: ['ignore', 'ignore', 'ignore'],
		env: {...process.env, PAPER_TUI_CONFIG_DIR: configDir, NODE_OPTIONS: `--require ${peakRssHook}`, PEAK_RSS_FILE: report},
		timeout: 120_000,
		killSignal: 'SIGKILL',
	});
	const code = await new Promise<number | null>(resolve => child.on('close', resolve));
	const ms = performance.now() - started;
	const peakRssBytes = existsSync(report) ? Number(readFileSync(report, 'utf8')) * 1024 : Number.NaN;
	return {code, ms, peakRssBytes};
}

async function writeJsonLines(file: string, bytes: number): Promise<void> {
	const words = 'continual learning adapters forgetting rank low merging tasks benchmark language model'.split(' ');
	const stream = createWriteStream(file);
	for (let written = 0, count = 0; written < bytes; count++) {
		const abstract = Array.from({length: 160}, (_, index) => words[(count * 7 + index * 13) % words.length]).join(' ');
		const line = `${JSON.stringify({title: `Paper ${count}`, abstract, authors: ['Ada Lovelace'], year: 2000 + (count % 25)})}\n`;
		written += line.length;
		if (!stream.write(line)) {
			await new Promise<void>(resolve => {
				stream.once('drain', () => resolve());
			});
		}
	}

	await new Promise<void>(resolve => {
		stream.end(() => resolve());
	});
}

async function main(): Promise<number> {
	if (!existsSync(builtCliPath)) {
		console.error('bench-text: dist/cli.js is missing; run npm run build first');
		return 1;
	}

	const checks: Check[] = [];
	const longWords = path.join(scratch, 'long-words.json');
	writeFileSync(
		longWords,
		JSON.stringify([
			{title: 'ASCII word', abstract: 'x'.repeat(200_000)},
			{title: 'CJK word', abstract: '日'.repeat(200_000)},
		]),
	);
	for (const id of ['ascii-word', 'cjk-word']) {
		const result = await run(['--corpus', longWords, 'show', id]);
		checks.push({
			name: `show of a 200,000-character ${id.replace('-', ' ')} (exit ${result.code})`,
			value: result.code === 0 ? result.ms : Number.POSITIVE_INFINITY,
			unit: 'ms',
			budget: 2000,
		});
	}

	const configDir = path.join(scratch, 'config');
	mkdirSync(configDir);
	writeFileSync(
		path.join(configDir, 'config.json'),
		JSON.stringify({version: 1, bookmarks: [{id: 'long', title: 'T'.repeat(160_000), addedAt: '2026-01-01T00:00:00.000Z'}]}),
	);
	const bookmarks = await run(['bookmarks', 'list'], configDir);
	checks.push({
		name: `bookmarks list with a 160,000-character title (exit ${bookmarks.code})`,
		value: bookmarks.code === 0 ? bookmarks.ms : Number.POSITIVE_INFINITY,
		unit: 'ms',
		budget: 2000,
	});

	for (const [name, unit] of [
		['ASCII', 'x'],
		['CJK', '日'],
		['combining', 'e\u0301'],
	] as const) {
		const abstract = unit.repeat(100_000 / unit.length);
		const started = performance.now();
		wrapText(abstract, 60);
		checks.push({
			name: `wrap a 100,000-character ${name} abstract without spaces`,
			value: performance.now() - started,
			unit: 'ms',
			budget: 500,
		});
	}

	const fifo = path.join(scratch, 'papers.fifo');
	execFileSync('mkfifo', [fifo]);
	for (const file of ['/dev/zero', fifo]) {
		const result = await run(['--corpus', file, 'list']);
		checks.push({
			name: `--corpus ${path.basename(file)} refused (exit ${result.code})`,
			value: result.code === 2 ? result.ms : Number.POSITIVE_INFINITY,
			unit: 'ms',
			budget: 2000,
		});
	}

	const large = path.join(scratch, 'large.jsonl');
	const small = path.join(scratch, 'small.jsonl');
	await writeJsonLines(large, 50 * 1024 * 1024);
	await writeJsonLines(small, 1000);
	const baseline = await run(['--corpus', small, 'list']);
	const listed = await run(['--corpus', large, 'list']);
	const size = statSync(large).size;
	checks.push({
		name: `list of a ${(size / 2 ** 20).toFixed(0)} MB JSON Lines corpus: time (exit ${listed.code})`,
		value: listed.ms,
		unit: 'ms',
		budget: Number.POSITIVE_INFINITY,
	});
	checks.push({
		name: 'list of it: peak RSS above baseline / file size',
		value: (listed.peakRssBytes - baseline.peakRssBytes) / size,
		unit: 'x',
		budget: 3,
	});

	let pass = true;
	console.log(`paper-tui text and file bench, node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}`);
	for (const check of checks) {
		const ok = check.value <= check.budget;
		pass &&= ok;
		const budget = Number.isFinite(check.budget) ? `budget ${check.budget} ${check.unit}` : '';
		console.log(
			`${ok ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(72)} ${check.value.toFixed(check.unit === 'x' ? 2 : 0).padStart(7)} ${check.unit.padEnd(3)} ${budget}`,
		);
	}

	console.log(
		`BENCH_TEXT_SUMMARY ${JSON.stringify({pass, ...Object.fromEntries(checks.map(check => [check.name, Number(check.value.toFixed(2))]))})}`,
	);
	return pass ? 0 : 1;
}

main().then(
	code => {
		rmSync(scratch, {recursive: true, force: true});
		process.exit(code);
	},
	(error: unknown) => {
		rmSync(scratch, {recursive: true, force: true});
		console.error(`bench-text: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	},
);
