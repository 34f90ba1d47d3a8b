import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {decodeOsc52} from '../support/decode-osc52.js';
import {slowWait, useExplorers, waitForScreen} from './explorer-session.js';

const {open, makeTempDir} = useExplorers();

const paper = {
	id: 'adapters',
	title: 'Adapters for Everyone',
	abstract: 'Small modules. Code: https://example.org/adapters',
	authors: ['Ada Lovelace'],
};

function corpusFile(directory: string): string {
	const file = path.join(directory, 'papers.json');
	writeFileSync(file, JSON.stringify([paper]));
	return file;
}

describe("o opens the selected paper's link", () => {
	test('over SSH there is no display: the link goes to the terminal clipboard (OSC 52) and the status says so', async () => {
		const directory = makeTempDir();
		const app = await open(
			{args: ['--corpus', corpusFile(directory)], env: {SSH_CONNECTION: '127.0.0.1 50000 127.0.0.1 22', DISPLAY: ''}},
			1,
		);
		const mark = app.mark();
		app.press('o');
		await waitForScreen(app, 'No display here: sent the link to the terminal clipboard', slowWait);
		expect(decodeOsc52(app.outputSince(mark))).toEqual(['https://example.org/adapters']);
	});

	test("with a display, the machine's opener (xdg-open) gets the link, away from the explorer's terminal", async () => {
		const directory = makeTempDir();
		const received = path.join(directory, 'opened.txt');
		// A stand-in xdg-open first on PATH: it writes what it was asked to open, and whether it had a terminal.
		const bin = path.join(directory, 'bin');
		const opener = path.join(bin, 'xdg-open');
		mkdirSync(bin);
		writeFileSync(
			opener,
			`#!/bin/sh\nif [ -t 1 ]; then tty=yes; else tty=no; fi\nprintf '%s %s' "$1" "$tty" > ${JSON.stringify(received)}\n`,
		);
		chmodSync(opener, 0o755);
		const app = await open(
			{
				args: ['--corpus', corpusFile(directory)],
				env: {DISPLAY: ':0', SSH_CONNECTION: '', SSH_TTY: '', PATH: `${bin}:${process.env['PATH'] ?? ''}`},
			},
			1,
		);
		const mark = app.mark();
		app.press('o');
		await waitForScreen(app, 'Opened https://example.org/adapters (xdg-open)', slowWait);
		await waitForScreen(app, () => existsSync(received) && readFileSync(received, 'utf8').length > 0, {
			...slowWait,
			description: 'the opener to run',
		});
		expect(readFileSync(received, 'utf8')).toBe('https://example.org/adapters no');
		expect(decodeOsc52(app.outputSince(mark))).toEqual([]);
	});
});
