import {existsSync} from 'node:fs';
import {afterEach, describe, expect, test} from 'vitest';
import {countFullScreenClears} from '../support/escape-sequences.js';
import {measureKeystroke} from '../support/keystroke-probe.js';
import {keys, startApp, type PtyApp, type StartAppOptions} from '../support/pty-app.js';

// These tests drive small `node -e` programs, not the app, to prove the harness itself.

const openApps: PtyApp[] = [];

afterEach(() => {
	for (const app of openApps.splice(0)) app.dispose();
});

async function startScript(script: string, options: StartAppOptions = {}): Promise<PtyApp> {
	const app = await startApp({command: process.execPath, commandArgs: ['-e', script], ...options});
	openApps.push(app);
	return app;
}

/** A full-screen program: alternate screen, hidden cursor, text at fixed places, raw keys. */
const fullScreenProgram = `
const out = process.stdout;
process.stdin.setRawMode(true);
out.write('\\x1b[?1049h\\x1b[H\\x1b[?25l');
out.write('\\x1b[1;1Htop left');
out.write('\\x1b[3;5Hrow three, column five');
out.write('\\x1b[24;1Hready');
process.stdin.on('data', (data) => {
	const key = data.toString();
	if (key === 'q') {
		out.write('\\x1b[?25h\\x1b[?1049l');
		out.write('left the alternate screen\\r\\n');
		process.exit(3);
	}
	out.write('\\x1b[24;1H\\x1b[2Kkey ' + JSON.stringify(key));
});
`;

/** Prints its size on start and after every SIGWINCH. */
const sizeReporter = `
const report = () => process.stdout.write('size ' + process.stdout.columns + 'x' + process.stdout.rows + '\\r\\n');
process.stdout.on('resize', report);
report();
setInterval(() => {}, 1000);
`;

/** Prints every read from stdin in brackets, to show how keys are split into reads. */
const readEchoer = `
process.stdin.setRawMode(true);
process.stdout.write('ready\\r\\n');
process.stdin.on('data', (data) => process.stdout.write('[' + data.toString() + ']'));
`;

/** Answers each key after 30 ms with one synchronized frame, as Ink does on a TTY; ignores 'n'. */
const framePainter = `
process.stdin.setRawMode(true);
process.stdout.write('ready');
process.stdin.on('data', (data) => {
	if (data.toString() === 'n') return;
	setTimeout(() => {
		process.stdout.write('\\x1b[?2026h');
		process.stdout.write('\\x1b[1;1Hframe for ' + data);
		process.stdout.write('\\x1b[?2026l');
	}, 30);
});
`;

const environmentPrinter = `
const names = ['CI', 'CONTINUOUS_INTEGRATION', 'CI_JOB_ID', 'VITEST', 'NODE_ENV', 'NO_COLOR', 'TERM', 'PAPER_TUI_CONFIG_DIR', 'XDG_CONFIG_HOME'];
for (const name of names) process.stdout.write(name + '=' + (name in process.env ? process.env[name] : '<absent>') + '\\r\\n');
`;

describe('screen', () => {
	test('shows text where the program put it, right-trimmed, one entry per row', async () => {
		const app = await startScript(fullScreenProgram);
		await app.waitForText('ready');

		const lines = app.lines();
		expect(lines).toHaveLength(24);
		expect(lines[0]).toBe('top left');
		expect(lines[2]).toBe('    row three, column five');
		expect(lines[23]).toBe('ready');
		expect(app.screenText().split('\n')).toEqual(lines);
	});

	test('reports the alternate screen and the hidden cursor, and their restoration', async () => {
		const app = await startScript(fullScreenProgram);
		await app.waitForText('ready');
		expect(app.isAlternateScreen()).toBe(true);
		expect(app.isCursorHidden()).toBe(true);

		app.press('q');
		expect(await app.exit).toEqual({exitCode: 3});
		expect(app.isAlternateScreen()).toBe(false);
		expect(app.isCursorHidden()).toBe(false);
		expect(app.screenText()).toContain('left the alternate screen');
		expect(app.screenText()).not.toContain('row three');
	});

	test('delivers keys as the program reads them', async () => {
		const app = await startScript(fullScreenProgram);
		await app.waitForText('ready');

		app.press(keys.up);
		await app.waitForText('key "\\u001b[A"');
		app.press('x');
		await app.waitForText('key "x"');
		expect(app.lines()[23]).toBe('key "x"');
	});
});

describe('typing', () => {
	test('type() sends one character per read', async () => {
		const app = await startScript(readEchoer);
		await app.waitForText('ready');

		await app.type('abc');
		await app.waitForText('[a][b][c]');
	});

	test('press() sends its bytes in one read', async () => {
		const app = await startScript(readEchoer);
		await app.waitForText('ready');

		app.press('abc');
		await app.waitForText('[abc]');
	});
});

describe('resize', () => {
	test('the program sees the new size and the screen model follows', async () => {
		const app = await startScript(sizeReporter, {cols: 100, rows: 30});
		await app.waitForText('size 100x30');

		app.resize(60, 12);
		await app.waitForText('size 60x12');
		expect(app.lines()).toHaveLength(12);
		expect(app.cols).toBe(60);
		expect(app.rows).toBe(12);
	});
});

describe('waiting', () => {
	test('a timeout names what was awaited and shows the screen', async () => {
		const app = await startScript(fullScreenProgram);
		await app.waitForText('ready');

		const waiting = app.waitForText('never shown', {timeoutMs: 200});
		await expect(waiting).rejects.toThrow(/Timed out after 200 ms waiting for text "never shown"/);
		await expect(waiting).rejects.toThrow(/\| {4}row three, column five +\|/);
	});

	test('fails at once when the program exits before the text appears', async () => {
		const app = await startScript(`process.stdout.write('bye'); process.exit(7);`);

		await expect(app.waitForText('never shown', {timeoutMs: 20_000})).rejects.toThrow(/^App exited \(code 7/);
	});

	test('waitFor accepts any predicate and resolves with the moment the screen satisfied it', async () => {
		const app = await startScript(fullScreenProgram);
		const moment = await app.waitFor(() => app.lines()[23] === 'ready');

		expect(moment.receivedAt).toBeGreaterThanOrEqual(app.spawnedAt);
		expect(moment.outputLength).toBeLessThanOrEqual(app.output.length);
		expect(app.output.slice(0, moment.outputLength)).toContain('ready');
	});
});

describe('output', () => {
	test('keeps every byte, and the part after a mark', async () => {
		const app = await startScript(fullScreenProgram);
		await app.waitForText('ready');
		expect(app.output).toContain('\x1b[?1049h');

		const mark = app.mark();
		app.press('z');
		await app.waitForText('key "z"');
		expect(app.outputSince(mark)).toBe('\x1b[24;1H\x1b[2Kkey "z"');
		expect(countFullScreenClears(app.outputSince(mark))).toBe(0);
		expect(countFullScreenClears('\x1b[2J\x1b[3J\x1bc')).toBe(3);
	});

	test('onData reports raw chunks with their arrival time', async () => {
		const app = await startScript(readEchoer);
		await app.waitForText('ready');
		const chunks: string[] = [];
		const unsubscribe = app.onData((chunk, receivedAt) => {
			expect(receivedAt).toBeGreaterThan(app.spawnedAt);
			chunks.push(chunk);
		});

		app.press('k');
		await app.waitForText('[k]');
		unsubscribe();
		expect(chunks.join('')).toBe('[k]');
	});
});

describe('keystroke probe', () => {
	test('measures the time to the end of the frame and the bytes it took', async () => {
		const app = await startScript(framePainter);
		await app.waitForText('ready');

		const sample = await measureKeystroke(app, 'j', {maxMs: 10_000});
		expect(sample.frameMs).toBeGreaterThanOrEqual(25);
		expect(sample.frameMs).toBeLessThan(10_000);
		expect(sample.bytes).toBe('\x1b[?2026h\x1b[1;1Hframe for j\x1b[?2026l'.length);
		expect(app.lines()[0]).toBe('frame for j');
	});

	test('reports no frame as an infinite latency', async () => {
		const app = await startScript(framePainter);
		await app.waitForText('ready');

		expect(await measureKeystroke(app, 'n', {maxMs: 200})).toEqual({frameMs: Number.POSITIVE_INFINITY, bytes: 0});
	});
});

describe('process', () => {
	test('exit reports the exit code', async () => {
		const app = await startScript(`process.exit(0);`);
		expect(await app.exit).toEqual({exitCode: 0});
		expect(app.hasExited()).toBe(true);
	});

	test('kill sends a signal', async () => {
		const app = await startScript(`process.stdout.write('waiting'); setInterval(() => {}, 1000);`);
		await app.waitForText('waiting');

		app.kill('SIGTERM');
		expect(await app.exit).toMatchObject({signal: 15});
	});

	test('dispose kills a running program, removes its config dir and keeps the last screen', async () => {
		const app = await startScript(`process.stdout.write('still here'); setInterval(() => {}, 1000);`);
		await app.waitForText('still here');
		expect(existsSync(app.configDir)).toBe(true);

		app.dispose();
		expect(await app.exit).toMatchObject({signal: 9});
		expect(existsSync(app.configDir)).toBe(false);
		expect(app.screenText()).toContain('still here');
	});

	test('pid is the spawned node process', async () => {
		const app = await startScript(`process.stdout.write('pid ' + process.pid); setInterval(() => {}, 1000);`);
		await app.waitForText(`pid ${app.pid}`);
	});
});

describe('environment', () => {
	const variablesSetHere = ['CI', 'CONTINUOUS_INTEGRATION', 'CI_JOB_ID', 'NO_COLOR'] as const;
	const saved = Object.fromEntries(variablesSetHere.map(name => [name, process.env[name]]));

	afterEach(() => {
		for (const name of variablesSetHere) {
			if (saved[name] === undefined) delete process.env[name];
			else process.env[name] = saved[name];
		}
	});

	test('the child looks like a person started it, even when the tests run in CI', async () => {
		Object.assign(process.env, {CI: 'true', CONTINUOUS_INTEGRATION: '1', CI_JOB_ID: '42', NO_COLOR: '1'});
		const app = await startScript(environmentPrinter);
		await app.waitForText('XDG_CONFIG_HOME=');

		const screen = app.screenText();
		expect(screen).toContain('CI=<absent>');
		expect(screen).toContain('CONTINUOUS_INTEGRATION=<absent>');
		expect(screen).toContain('CI_JOB_ID=<absent>');
		expect(screen).toContain('VITEST=<absent>');
		expect(screen).toContain('NODE_ENV=<absent>');
		expect(screen).toContain('NO_COLOR=<absent>');
		expect(screen).toContain('TERM=xterm-256color');
		expect(screen).toContain(`PAPER_TUI_CONFIG_DIR=${app.configDir}`);
		expect(screen).toContain(`XDG_CONFIG_HOME=${app.configDir}`);
	});

	test('each app gets its own config dir, and explicit variables are passed through', async () => {
		const first = await startScript(environmentPrinter, {env: {NO_COLOR: '1'}});
		const second = await startScript(environmentPrinter);
		await first.waitForText('XDG_CONFIG_HOME=');

		expect(first.configDir).not.toBe(second.configDir);
		expect(first.screenText()).toContain('NO_COLOR=1');
	});
});
