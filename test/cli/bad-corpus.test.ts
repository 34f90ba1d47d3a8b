import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {fixturesDirectory, linesOf, runCli, stackTraceLine, temporaryDirectory, type CliResult} from './run-cli.js';

const badDirectory = path.join(fixturesDirectory, 'bad');
const scratch = temporaryDirectory('paper-tui-bad-corpus-');

/** A NUL byte on line 3, as in any binary file (here the start of a PNG after two text lines). */
const binaryPath = path.join(scratch, 'figure.png.json');
/** No NUL, but bytes that are not UTF-8 on line 2 (Latin-1 text, or an image without NULs). */
const latin1Path = path.join(scratch, 'latin1.json');
const directoryPath = path.join(scratch, 'a-directory');
/** A date line, then a title directly followed by its abstract: the date must not become a title. */
const chromeTitledPath = path.join(scratch, 'chrome-titled.txt');
const missingPath = path.join(scratch, 'no-such-file.json');

interface BadCase {
	readonly name: string;
	readonly file: string;
	/** What the one line must say after the file name: the position and the problem. */
	readonly says: RegExp;
}

const fixture = (name: string): string => path.join(badDirectory, name);

const badCases: readonly BadCase[] = [
	{name: 'invalid JSON (trailing comma) names line and column', file: fixture('invalid.json'), says: /^:3:\d+: invalid JSON/},
	{name: 'a record without a title names the record and the field', file: fixture('no-title.json'), says: /^: record 2, field "title"/},
	{
		name: 'authors that are a number name the record and the field',
		file: fixture('authors-number.json'),
		says: /^: record 1, field "authors".*number/,
	},
	{
		name: 'a year made of letters names the record and the field',
		file: fixture('year-letters.json'),
		says: /^: record 1, field "year".*string/,
	},
	{name: 'an empty file says it is empty', file: fixture('empty.json'), says: /^: .*empty/},
	{name: 'a binary file names the line of its first NUL byte', file: binaryPath, says: /^:3: .*binary/},
	{name: 'a file that is not UTF-8 names the line of the first bad byte', file: latin1Path, says: /^:2: .*UTF-8/},
	{name: 'a missing file says so', file: missingPath, says: /^: .*no such file/},
	{name: 'a directory says so', file: directoryPath, says: /^: .*directory/},
	{
		name: 'page text that could title a paper with page chrome names the line',
		file: chromeTitledPath,
		says: /^:3: a title directly followed by its abstract .* is ambiguous here: .*"Mar 13"/,
	},
	{name: 'a JSON Lines file with one bad line names that line', file: fixture('bad-line.jsonl'), says: /^:2(?::\d+)?: invalid JSON/},
	{
		name: 'a JSON object without a "papers" array names what it expected',
		file: fixture('no-papers-array.json'),
		says: /^: .*"papers" array/,
	},
];

describe('a corpus that cannot be used: `--corpus FILE list`', () => {
	let results: CliResult[];
	beforeAll(async () => {
		writeFileSync(
			binaryPath,
			Buffer.concat([Buffer.from('[\n  {"title": "x"},\n'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a])]),
		);
		writeFileSync(latin1Path, Buffer.from('[\n  {"title": "Caf\u00e9 au lait"}\n]\n', 'latin1'));
		mkdirSync(directoryPath);
		writeFileSync(
			chromeTitledPath,
			`Mar 13\n\nLow-Rank Adapters Forget Less\n${'We study low-rank adapters and show that they forget less than full fine-tuning across many tasks and benchmarks. '.repeat(2)}\n`,
		);
		results = await Promise.all(badCases.map(async badCase => runCli(['--corpus', badCase.file, 'list'])));
	});

	it.each(badCases.map((badCase, index) => [badCase.name, badCase, index] as const))(
		'%s: exit 2, one line on stderr naming the file, no stack trace',
		(_name, badCase, index) => {
			const result = results[index]!;
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).not.toMatch(stackTraceLine);
			const lines = linesOf(result.stderr);
			expect(lines).toHaveLength(1);
			const prefix = `paper-tui: ${badCase.file}`;
			expect(lines[0]!.startsWith(prefix), lines[0]).toBe(true);
			expect(lines[0]!.slice(prefix.length)).toMatch(badCase.says);
		},
	);

	it('stops at the bad file even when a good corpus comes first, and names the bad one', async () => {
		const result = await runCli([
			'--corpus',
			path.join(fixturesDirectory, 'good', 'array.json'),
			'--corpus',
			fixture('no-title.json'),
			'search',
			'adapters',
		]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(linesOf(result.stderr)).toEqual([expect.stringContaining(`${fixture('no-title.json')}: record 2, field "title"`)]);
	});

	it('names the file as the user typed it (a relative path stays relative)', async () => {
		const result = await runCli(['--corpus', path.join('bad', 'no-title.json'), 'list'], {cwd: fixturesDirectory});
		expect(result.code).toBe(2);
		expect(result.stderr.startsWith(`paper-tui: ${path.join('bad', 'no-title.json')}: record 2`)).toBe(true);
	});
});
