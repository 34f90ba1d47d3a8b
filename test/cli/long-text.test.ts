import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {linesOf, runCli, temporaryDirectory} from './run-cli.js';

const scratch = temporaryDirectory('paper-tui-long-text-');
/** Generous: these took 38-60 s when wrapping segmented whole fields; only a hang should reach it. */
const slowTestMs = 60_000;

const longWord = 'x'.repeat(200_000);
const longTitle = 'Lifelong '.repeat(17_778).trim();

function corpusFile(name: string, papers: unknown[]): string {
	const file = path.join(scratch, name);
	writeFileSync(file, JSON.stringify(papers));
	return file;
}

describe('long fields on the command line', () => {
	it(
		'`show` of a paper whose abstract is a 200,000-character word: cut on load with a notice, wrapped to 80 columns',
		{timeout: slowTestMs},
		async () => {
			const corpus = corpusFile('long-word.json', [{title: 'Short'}, {title: 'Long word paper', abstract: longWord}]);
			const result = await runCli(['--corpus', corpus, 'show', 'long-word-paper'], {timeoutMs: slowTestMs});
			expect(result.signal).toBeNull();
			expect(result.code).toBe(0);
			expect(linesOf(result.stderr)).toEqual([
				`paper-tui: ${corpus}: record 2, field "abstract": 200,000 characters, cut to the first 100,000`,
			]);
			const lines = linesOf(result.stdout);
			expect(lines.every(line => line.length <= 80)).toBe(true);
			expect(lines.slice(3).join('')).toBe(`${'x'.repeat(99_999)}…`);
		},
	);

	it('names the first cut field and counts the others in one line', async () => {
		const corpus = path.join(scratch, 'long-fields.jsonl');
		writeFileSync(
			corpus,
			[{title: 'Fine'}, {title: longTitle, abstract: longWord}, {title: 'Also fine', abstract: longWord}]
				.map(paper => JSON.stringify(paper))
				.join('\n'),
		);
		const result = await runCli(['--corpus', corpus, 'list', '--json']);
		expect(result.code).toBe(0);
		expect(linesOf(result.stderr)).toEqual([
			`paper-tui: ${corpus}:2: record 2, field "title": 160,001 characters, cut to the first 2,000; 2 more fields were cut in this file`,
		]);
		const papers = JSON.parse(result.stdout) as Array<{title: string; abstract: string}>;
		expect(papers.map(paper => [paper.title.length, paper.abstract.length])).toEqual([
			[4, 0],
			[2000, 100_000],
			[9, 100_000],
		]);
		expect(papers[1]!.title).toMatch(/^Lifelong Lifelong .*…$/);
	});

	it(
		'`bookmarks list` with a 160,000-character bookmark title: shown cut, wrapped, with a notice naming the file and bookmark',
		{timeout: slowTestMs},
		async () => {
			const configDir = temporaryDirectory('paper-tui-long-title-');
			writeFileSync(
				path.join(configDir, 'config.json'),
				JSON.stringify({version: 1, bookmarks: [{id: 'long-title', title: 'T'.repeat(160_000), addedAt: '2026-01-02T03:04:05.000Z'}]}),
			);
			const result = await runCli(['bookmarks', 'list'], {configDir, timeoutMs: slowTestMs});
			expect(result.signal).toBeNull();
			expect(result.code).toBe(0);
			expect(linesOf(result.stderr)).toEqual([
				`paper-tui: Bookmark long-title in ${path.join(configDir, 'config.json')} has a title of 160,000 characters; shown cut to the first 2,000.`,
			]);
			const lines = linesOf(result.stdout);
			expect(lines.every(line => line.length <= 80)).toBe(true);
			expect(lines.at(-1)).toBe('   id: long-title  added: 2026-01-02  (not in this corpus)');
			expect(
				lines
					.slice(0, -1)
					.map(line => line.slice(3))
					.join(''),
			).toBe(`${'T'.repeat(1999)}…`);
		},
	);
});
