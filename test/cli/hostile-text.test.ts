import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {fixturesDirectory, runCli, temporaryDirectory, type CliResult} from './run-cli.js';

/**
 * hostile.json carries, in every text field, an OSC 0 window title, an OSC 52 clipboard write,
 * CSI 2J and cursor home, ESC c (full reset), a C1 CSI, BEL, NUL, DEL, backspace, bidi
 * overrides, a DCS string, an OSC 8 hyperlink, an 8-bit OSC and CR/VT/FF.
 */
const hostileCorpus = path.join(fixturesDirectory, 'hostile.json');

/** Words that only occur inside the escape sequences' payloads: seeing one means a payload leaked as text. */
const payloadWords = ['pwned', 'cGFwZXItdHVp', 'evil.example', '31m', 'c1 title', '1$r'];

/** The characters a terminal acts on instead of printing, besides the newline. */
function unprintableCharacters(text: string, allowNewline: boolean): string[] {
	return [...text]
		.filter(character => {
			const code = character.codePointAt(0)!;
			return (
				(code < 0x20 && !(allowNewline && code === 0x0a)) ||
				code === 0x7f ||
				(code >= 0x80 && code <= 0x9f) ||
				(code >= 0x20_2a && code <= 0x20_2e) ||
				(code >= 0x20_66 && code <= 0x20_69)
			);
		})
		.map(character => `U+${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** Every string inside a parsed JSON value, so that `\u001b` escapes cannot hide a control character. */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') {
		return [value];
	}

	if (Array.isArray(value)) {
		return value.flatMap(item => stringsIn(item));
	}

	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, item]) => [key, ...stringsIn(item)]);
	}

	return [];
}

function expectPrintable(result: CliResult, label: string): void {
	expect(result.code, `${label}: ${result.stderr}`).toBe(0);
	expect(result.stdout.length, label).toBeGreaterThan(0);
	expect(unprintableCharacters(result.stdout, true), label).toEqual([]);
	expect(unprintableCharacters(result.stderr, true), label).toEqual([]);
	for (const word of payloadWords) {
		expect(result.stdout, `${label} leaks ${word}`).not.toContain(word);
	}

	if (label.includes('json')) {
		for (const text of stringsIn(JSON.parse(result.stdout))) {
			expect(unprintableCharacters(text, false), `${label}: ${JSON.stringify(text)}`).toEqual([]);
		}
	}
}

const corpusCommands: ReadonlyArray<readonly string[]> = [
	['list'],
	['list', '--json'],
	['show', 'hostile'],
	['show', 'hostile', '--json'],
	['search', 'forgetting'],
	['search', 'forgetting', '--json'],
	['search', 'hostile title'],
];

describe('a corpus full of escape sequences', () => {
	let results: CliResult[];
	beforeAll(async () => {
		results = await Promise.all(corpusCommands.map(async command => runCli(['--corpus', hostileCorpus, ...command])));
	});

	it.each(corpusCommands.map((command, index) => [command.join(' '), index] as const))(
		'`%s` prints only printable text',
		(label, index) => {
			expectPrintable(results[index]!, label);
		},
	);

	it('keeps the readable text around the sequences', () => {
		const show = results[corpusCommands.findIndex(command => command.join(' ') === 'show hostile')]!;
		expect(show.stdout).toMatch(/^Hostile Forgetting Title\nEve Attacker, Mallory · 2024\nid: hostile\n/);
		expect(show.stdout).toContain('An abstract about forgetting with escape sequences in every field.');
	});
});

describe('page text with raw escape bytes', () => {
	it('`list` and `show` print only printable text', async () => {
		const directory = temporaryDirectory('paper-tui-hostile-page-');
		const file = path.join(directory, 'page.txt');
		const escape = '\u001b';
		const payload = `${escape}]0;pwned\u0007${escape}]52;c;cGFwZXItdHVp\u0007${escape}[2J${escape}c\u009b31m\u0007\u007f\u202e`;
		writeFileSync(
			file,
			[
				'new',
				'',
				`Forgetting ${payload}in Page Text`,
				'',
				`Every line of this abstract carries ${payload} escape sequences, which the loader must remove before anything is printed to a terminal at all.`,
				'',
			].join('\n'),
		);
		const [list, show] = await Promise.all([
			runCli(['--corpus', file, 'list']),
			runCli(['--corpus', file, 'show', 'forgetting-in-page-text']),
		]);
		expectPrintable(list, 'page text list');
		expectPrintable(show, 'page text show');
		expect(show.stdout).toMatch(/^Forgetting in Page Text\n/);
	});
});

describe('escape sequences reaching the bookmarks commands', () => {
	it('bookmarks of hostile papers list and export as printable text', async () => {
		const configDir = temporaryDirectory('paper-tui-hostile-bookmarks-');
		const add = await runCli(['--corpus', hostileCorpus, 'bookmarks', 'add', 'hostile', 'second-forgetting-paper'], {configDir});
		expect(add.code, add.stderr).toBe(0);
		const commands = [
			['bookmarks'],
			['bookmarks', '--json'],
			...['bibtex', 'markdown', 'json'].map(format => ['bookmarks', 'export', '--format', format]),
		];
		const results = await Promise.all(commands.map(async command => runCli(['--corpus', hostileCorpus, ...command], {configDir})));
		for (const [index, result] of results.entries()) {
			expectPrintable(result, commands[index]!.join(' '));
		}
	});

	it('titles and ids stored in a hand-edited config.json are printed without their escape sequences', async () => {
		const configDir = temporaryDirectory('paper-tui-hostile-config-');
		mkdirSync(configDir, {recursive: true});
		const escape = '\u001b';
		writeFileSync(
			path.join(configDir, 'config.json'),
			JSON.stringify({
				version: 1,
				bookmarks: [{id: `ghost${escape}[2J`, title: `Ghost ${escape}]0;pwned\u0007\u009b2Jtitle`, addedAt: '2024-01-01T00:00:00.000Z'}],
			}),
		);
		const commands = [
			['bookmarks'],
			['bookmarks', '--json'],
			...['bibtex', 'markdown', 'json'].map(format => ['bookmarks', 'export', '--format', format]),
		];
		const results = await Promise.all(commands.map(async command => runCli(command, {configDir})));
		for (const [index, result] of results.entries()) {
			expectPrintable(result, commands[index]!.join(' '));
		}

		expect(results[0]!.stdout).toContain('Ghost title');
	});
});

describe('escape sequences in the command line itself', () => {
	it('error messages that echo an id, a query or a command print it without its escape sequences', async () => {
		const escape = '\u001b';
		const hostile = `x${escape}]0;pwned\u0007${escape}[2J`;
		const results = await Promise.all([
			runCli(['show', hostile]),
			runCli(['search', `zyxwvutsrq${hostile}`]),
			runCli([hostile]),
			runCli(['bookmarks', 'add', hostile]),
			runCli(['--corpus', `${hostile}.json`, 'list']),
		]);
		for (const result of results) {
			expect(result.code).not.toBe(0);
			expect(result.stderr).toMatch(/^paper-tui: /);
			expect(unprintableCharacters(result.stderr, true)).toEqual([]);
			expect(result.stderr).not.toContain('pwned');
		}
	});
});
