import {execFile} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {paperClipboardText} from '../../src/citation/clipboard-text.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {buildChildEnvironment} from '../support/child-env.js';
import {decodeOsc52} from '../support/decode-osc52.js';
import {builtCliPath, repositoryRoot, startApp, type PtyApp} from '../support/pty-app.js';

const runFile = promisify(execFile);

/** A tmux server of this file's own (`-L`), never the user's; no config file is read. */
const socket = `paper-tui-clipboard-${process.pid}-${randomBytes(4).toString('hex')}`;
const configDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-tmux-clipboard-'));
const firstPaper = loadCorpusFile(path.join(repositoryRoot, 'corpus', 'papers.json'))[0]!;
const expectedClipboard = paperClipboardText(firstPaper);

/** The environment of the tmux server (and so of the program in it): no CI variables, not inside another tmux. */
function tmuxEnvironment(): Record<string, string> {
	const environment = buildChildEnvironment(process.env, configDir);
	delete environment['TMUX'];
	delete environment['TMUX_PANE'];
	delete environment['STY'];
	return environment;
}

async function tmux(...args: string[]): Promise<string> {
	const {stdout} = await runFile('tmux', ['-L', socket, '-f', '/dev/null', ...args], {env: tmuxEnvironment()});
	return stdout;
}

/** tmux's paste buffer, or undefined while there is none. */
async function pasteBuffer(): Promise<string | undefined> {
	try {
		return await tmux('show-buffer');
	} catch {
		return undefined;
	}
}

/** What the pane shows, row by row. */
function paneText(session: string): Promise<string> {
	return tmux('capture-pane', '-p', '-t', session);
}

/** Polls `read` every 50 ms until `isDone` holds of its value (20 s at most), and returns that value. */
async function pollUntil<T>(read: () => Promise<T>, isDone: (value: T) => boolean, what: string): Promise<T> {
	const deadline = Date.now() + 20_000;
	for (;;) {
		const value = await read();
		if (isDone(value)) return value;
		if (Date.now() > deadline) throw new Error(`${what} never happened; last seen:\n${String(value)}`);
		await new Promise(resolve => setTimeout(resolve, 50));
	}
}

let sessionNumber = 0;
const sessions: string[] = [];
const clients: PtyApp[] = [];

/**
 * Starts `node dist/cli.js` in a new detached 120x40 tmux session with the given global options,
 * waits for its first screen, and returns the session's name. No paste buffer exists yet.
 */
async function openInTmux(options: Record<string, string>): Promise<string> {
	const session = `clipboard-${++sessionNumber}`;
	sessions.push(session);
	await tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', process.execPath, builtCliPath, '--config-dir', configDir);
	for (const [name, value] of Object.entries(options)) {
		await tmux('set-option', '-g', name, value);
	}

	await pollUntil(
		() => paneText(session),
		text => /^1\/77 /m.test(text),
		'the first screen in tmux',
	);
	for (const buffer of (await tmux('list-buffers', '-F', '#{buffer_name}')).split('\n').filter(Boolean)) {
		await tmux('delete-buffer', '-b', buffer);
	}

	return session;
}

afterEach(async () => {
	for (const client of clients.splice(0)) client.dispose();
	for (const session of sessions.splice(0)) await tmux('kill-session', '-t', session).catch(() => undefined);
	// With its last session gone the server exits, but not at once: a new session started meanwhile
	// reaches the exiting server and fails ("server exited unexpectedly"). Wait until it is gone.
	for (let attempt = 0; attempt < 200; attempt++) {
		const isRunning = await tmux('list-sessions').then(
			() => true,
			() => false,
		);
		if (!isRunning) break;
		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}
});

afterAll(async () => {
	await tmux('kill-server').catch(() => undefined);
	rmSync(configDir, {recursive: true, force: true});
});

describe('y inside a real tmux', () => {
	test.each([
		['allow-passthrough off (the default)', {'set-clipboard': 'on', 'allow-passthrough': 'off'}],
		['allow-passthrough on', {'set-clipboard': 'on', 'allow-passthrough': 'on'}],
	])("with set-clipboard on and %s puts the paper in tmux's paste buffer", async (_name, options) => {
		const session = await openInTmux(options);
		expect(await pasteBuffer()).toBeUndefined();

		await tmux('send-keys', '-t', session, 'y');
		expect(await pollUntil(pasteBuffer, buffer => buffer !== undefined, 'a tmux paste buffer')).toBe(expectedClipboard);
		const pane = await pollUntil(
			() => paneText(session),
			text => text.includes('Sent to the terminal clipboard'),
			'the status line',
		);
		expect(pane).toContain(
			`Sent to the terminal clipboard (${Buffer.byteLength(expectedClipboard)} bytes): “Improving Large Language Model`,
		);
	});

	test('with set-clipboard on, tmux forwards it to the terminal a client sits at', async () => {
		const session = await openInTmux({'set-clipboard': 'on', 'allow-passthrough': 'off'});
		// The user's terminal: a tmux client attached in a pty whose TERM (xterm-256color) has the clipboard feature.
		const client = await startApp({
			command: 'tmux',
			commandArgs: ['-L', socket, 'attach-session', '-t', session],
			cols: 120,
			rows: 40,
			configDir,
			env: {TMUX: ''},
		});
		clients.push(client);
		await client.waitForText(/^1\/77 /m, {timeoutMs: 20_000});
		const mark = client.mark();

		client.press('y');
		await client.waitFor(() => decodeOsc52(client.outputSince(mark)).length > 0, {
			timeoutMs: 20_000,
			description: 'an OSC 52 write reaching the outer terminal',
		});
		expect(decodeOsc52(client.outputSince(mark))).toEqual([expectedClipboard]);
		expect(await pasteBuffer()).toBe(expectedClipboard);
	});
});
