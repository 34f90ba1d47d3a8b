// `npx tsx scripts/bench-search.ts [--papers 10000] [--runs 5]`: times the search module — index
// build, serialised size, load from a cache file, keystroke queries and highlighting — on the
// built-in corpus and on a synthetic corpus, and prints the numbers. It asserts no budget.
// "Cold" numbers come from fresh processes (what a user waits for at start); "warm" numbers
// are medians of repeats in one process.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {createHighlighter} from '../src/search/highlight-spans.js';
import {buildSearchIndex, loadSearchIndex, type SearchIndex} from '../src/search/search-index.js';
import type {Paper} from '../src/types.js';

const {values: flags} = parseArgs({
	options: {
		papers: {type: 'string', default: '10000'},
		runs: {type: 'string', default: '5'},
		cold: {type: 'string'},
		cache: {type: 'string'},
	},
});
const runs = Math.max(1, Number(flags.runs));

/** Typical typing: every prefix of each query is one keystroke. */
const KEYSTROKE_QUERIES = ['catastrophic forgetting', 'lora moe', 'learning rate', 'title:instruction -vision'];

function time<T>(work: () => T): {result: T; ms: number} {
	const start = process.hrtime.bigint();
	const result = work();
	return {result, ms: Number(process.hrtime.bigint() - start) / 1e6};
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

const median = (values: readonly number[]) => percentile(values, 0.5);

function format(ms: number): string {
	return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}

function readBuiltinCorpus(): Paper[] {
	return JSON.parse(readFileSync(new URL('../corpus/papers.json', import.meta.url), 'utf8')) as Paper[];
}

function keystrokes(queries: readonly string[]): string[] {
	return queries.flatMap(query => Array.from({length: query.length}, (_unused, end) => query.slice(0, end + 1)));
}

/** In a fresh process: build, or read a cache file and load it; prints the milliseconds. */
function runColdStep(step: string, cachePath: string): void {
	const papers = readBuiltinCorpus();
	const {ms} = time(() =>
		step === 'build'
			? buildSearchIndex(papers).search('warm')
			: loadSearchIndex(JSON.parse(readFileSync(cachePath, 'utf8')), papers).search('warm'),
	);
	console.log(ms);
}

function coldMedian(step: 'build' | 'load', cachePath: string): number {
	const script = fileURLToPath(import.meta.url);
	const samples = Array.from({length: runs}, () =>
		Number(
			execFileSync(process.execPath, ['--import', 'tsx', script, '--cold', step, '--cache', cachePath], {
				encoding: 'utf8',
			}),
		),
	);
	return median(samples);
}

function benchQueries(index: SearchIndex, papers: readonly Paper[], queries: readonly string[]): void {
	const searchTimes: number[] = [];
	const highlightTimes: number[] = [];
	let slowest = {query: '', ms: 0};
	for (const query of queries) {
		const {result: hits, ms} = time(() => index.search(query));
		searchTimes.push(ms);
		if (ms > slowest.ms) slowest = {query, ms};
		highlightTimes.push(
			time(() => {
				const highlight = createHighlighter(query);
				for (const hit of hits.slice(0, 40)) highlight(papers[hit.index]?.title ?? '');
				highlight(papers[hits[0]?.index ?? 0]?.abstract ?? '');
			}).ms,
		);
	}
	console.log(
		`  typing ${queries.length} keystrokes: search median ${format(median(searchTimes))}, ` +
			`p95 ${format(percentile(searchTimes, 0.95))}, max ${format(slowest.ms)} (${JSON.stringify(slowest.query)})`,
	);
	console.log(
		`  highlight 40 titles + 1 abstract per keystroke: median ${format(median(highlightTimes))}, ` +
			`p95 ${format(percentile(highlightTimes, 0.95))}`,
	);
}

function benchCorpus(label: string, papers: readonly Paper[], queries: readonly string[], repeats: number): string {
	console.log(`\n${label}: ${papers.length} papers`);
	const builds = Array.from({length: repeats}, () => time(() => buildSearchIndex(papers)));
	const index = builds[0]?.result ?? buildSearchIndex(papers);
	const {result: json, ms: serializeMs} = time(() => JSON.stringify(index.serialize()));
	const loads = Array.from({length: repeats}, () => time(() => loadSearchIndex(JSON.parse(json), papers)).ms);
	const parseMs = median(Array.from({length: repeats}, () => time(() => JSON.parse(json)).ms));
	console.log(
		`  build in process: first ${format(builds[0]?.ms ?? 0)}, median ${format(median(builds.map(build => build.ms)))} of ${repeats}`,
	);
	console.log(`  serialise: ${(json.length / 1024 / 1024).toFixed(2)} MB of JSON in ${format(serializeMs)}`);
	console.log(
		`  load from JSON text in process: first ${format(loads[0] ?? 0)}, median ${format(median(loads))} (JSON.parse alone ${format(parseMs)})`,
	);
	console.log(`  heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
	benchQueries(index, papers, keystrokes(queries));
	return json;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

/** Papers of 150–250 Zipf-like words drawn from the built-in corpus's words plus 20k invented ones. */
function syntheticPapers(count: number, realWords: readonly string[]): Paper[] {
	const next = random(42);
	const syllables = ['ka', 'lo', 'ra', 'mi', 'te', 'son', 'gra', 'phi', 'lin', 'ver', 'qu', 'en', 'tor', 'ing', 'al', 'ed'];
	const invented = Array.from({length: 20_000}, () =>
		Array.from({length: 2 + Math.floor(next() * 3)}, () => syllables[Math.floor(next() * syllables.length)]).join(''),
	);
	const words = [...realWords, ...invented];
	const pick = () => words[Math.floor(words.length * next() ** 2.5)] ?? 'word';
	const sentence = (length: number) => Array.from({length}, pick).join(' ');
	const surnames = ['Müller', 'García', 'Nguyen', 'Smith', 'Østergaard', 'Kowalski', 'Chen', 'Dubois'];
	return Array.from({length: count}, (_unused, position) => ({
		id: `synthetic-${position}`,
		title: `${sentence(6 + Math.floor(next() * 7))}${next() < 0.1 ? ' LoRAMoE-style' : ''}`,
		authors: Array.from({length: 1 + Math.floor(next() * 5)}, () => `${pick()} ${surnames[Math.floor(next() * surnames.length)]}`),
		abstract: `${sentence(150 + Math.floor(next() * 100))}.`,
		links: [],
	}));
}

function main(): void {
	console.log(
		`load average ${os
			.loadavg()
			.map(load => load.toFixed(1))
			.join(' ')} on ${os.cpus().length} CPUs; Node ${process.version}`,
	);
	const builtin = readBuiltinCorpus();
	const directory = mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
	try {
		const cachePath = path.join(directory, 'index.json');
		writeFileSync(cachePath, JSON.stringify(buildSearchIndex(builtin).serialize()));
		const coldBuild = coldMedian('build', cachePath);
		const coldLoad = coldMedian('load', cachePath);
		console.log(`\nat start (fresh process, median of ${runs}): build ${format(coldBuild)}, read+parse+load cache ${format(coldLoad)}`);
	} finally {
		rmSync(directory, {recursive: true, force: true});
	}
	benchCorpus('built-in corpus', builtin, KEYSTROKE_QUERIES, runs);

	const realWords = [...new Set(builtin.flatMap(paper => `${paper.title} ${paper.abstract}`.toLowerCase().match(/[a-z]{3,}/g) ?? []))];
	const synthetic = syntheticPapers(Number(flags.papers), realWords);
	benchCorpus('synthetic corpus', synthetic, [...KEYSTROKE_QUERIES, 'model tra', 'con', 'pre', 'kalora', 'gratorlin verson'], 1);
}

if (flags.cold === undefined) main();
else runColdStep(flags.cold, flags.cache ?? '');
