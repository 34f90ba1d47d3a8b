// `npx tsx scripts/bench-query-cpu.ts [--papers 50000] [--text "neural attention"]`: the search
// worker's CPU per keystroke on a generated corpus (seed 12, as the scale bench), typing `text` one
// letter at a time: every match ranked, the best 500 (what a keystroke asks for), and the best 500
// through the query runner (same-plan answers and narrowing from the previous answer). Prints the
// median of 5 rounds per keystroke; the index is cached in .bench/. Asserts no budget.
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {generatePapers} from './generate-corpus.js';
import {createQueryRunner, loadOrBuildIndex, TOP_MATCH_COUNT} from '../src/search/index.js';
import type {Paper} from '../src/types.js';

const {values: flags} = parseArgs({
	options: {papers: {type: 'string', default: '50000'}, text: {type: 'string', default: 'neural attention'}},
});
const paperCount = Number(flags.papers);
const text = flags.text;
const rounds = 5;
const repositoryRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const papers: Paper[] = [...generatePapers(paperCount, 12)].map((paper, index) => ({...paper, id: `p${index}`, links: []}));
const {index} = loadOrBuildIndex(papers, {cacheDir: path.join(repositoryRoot, '.bench', 'query-cpu-cache')});
const queries = Array.from({length: text.length}, (_letter, end) => text.slice(0, end + 1));

/** Each way of answering a keystroke: made fresh per round (the runner remembers the previous query). */
const ways: Array<[name: string, start: () => (query: string) => unknown]> = [
	['every match', () => query => index.search(query)],
	[`the best ${TOP_MATCH_COUNT}`, () => query => index.rank(query).top(TOP_MATCH_COUNT)],
	[
		`the best ${TOP_MATCH_COUNT}, narrowed or same plan`,
		() => {
			const runQuery = createQueryRunner(index);
			return query => runQuery(query, TOP_MATCH_COUNT);
		},
	],
];

console.log(
	`query CPU: ${paperCount.toLocaleString('en-US')} generated papers, typing "${text}", node ${process.version}, load ${os.loadavg()[0]?.toFixed(2)}`,
);
for (const [name, start] of ways) {
	const times: number[][] = queries.map(() => []);
	for (let round = 0; round < rounds; round++) {
		const answer = start();
		queries.forEach((query, position) => {
			const before = process.cpuUsage();
			answer(query);
			const used = process.cpuUsage(before);
			times[position]!.push((used.user + used.system) / 1000);
		});
	}
	const medians = times.map(values => [...values].sort((a, b) => a - b)[Math.floor(rounds / 2)]!);
	const sorted = [...medians].sort((a, b) => a - b);
	const sum = medians.reduce((total, value) => total + value, 0);
	console.log(
		`${name.padEnd(40)} p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, sum ${sum.toFixed(0)} ms  [${medians.map(value => value.toFixed(0)).join(' ')}]`,
	);
}
console.log(`matches: ${queries.map(query => index.rank(query).total).join(' ')}`);
