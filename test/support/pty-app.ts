import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import * as nodePty from 'node-pty';
import {buildChildEnvironment} from './child-env.js';
import {createScreenModel, formatScreenDump, readScreenLines} from './screen.js';
import {waitUntil, type WaitSource} from './wait-until.js';

export {keys} from './keys.js';

/** The repository root, from which the default program and the child's cwd are resolved. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The built app, the default program under test. */
export const builtCliPath = path.join(repositoryRoot, 'dist', 'cli.js');

export interface StartAppOptions {
	/** Arguments after the program (for the default command: after `dist/cli.js`). */
	args?: string[];
	cols?: number;
	rows?: number;
	/** Extra variables; they win over the cleaned parent environment. */
	env?: Record<string, string>;
	/** Config directory to use; by default a fresh temp dir, removed on `dispose()`. */
	configDir?: string;
	/** Executable; default: the Node running the tests. */
	command?: string;
	/** Arguments before `args`; default: `[dist/cli.js]` when `command` is not given, else `[]`. */
	commandArgs?: string[];
	cwd?: string;
}

export interface WaitOptions {
	/** Default 10 000 ms. */
	timeoutMs?: number;
}

/** The moment a wait was satisfied: when the last byte the screen reflected arrived. */
export interface ScreenMoment {
	/** `performance.now()` when the pty delivered the chunk whose parsing satisfied the wait. */
	readonly receivedAt: number;
	/** Length of `output` up to and including that chunk. */
	readonly outputLength: number;
}

export interface ExitResult {
	exitCode: number;
	signal?: number;
}

/** A program running in a real pseudo-terminal, its output mirrored into a headless xterm. */
export interface PtyApp {
	/** Visible rows, right-trimmed, joined by `\n` (always `rows` lines). */
	screenText(): string;
	lines(): string[];
	/** Resolves once the visible screen contains `text`; rejects with a screen dump on timeout or exit. */
	waitForText(text: string | RegExp, options?: WaitOptions): Promise<ScreenMoment>;
	/** Resolves once `predicate` holds, checked after every parsed chunk and every 25 ms. */
	waitFor(predicate: () => boolean, options?: WaitOptions & {description?: string}): Promise<ScreenMoment>;
	/** Resolves once xterm has parsed everything received so far. */
	settled(): Promise<void>;
	/** Writes raw bytes to the program's terminal input. */
	press(keys: string): void;
	/** How many bytes `press` and `type` have written so far. */
	readonly inputBytes: number;
	/** The length of `output` when `resize` was last called (0 before any). */
	readonly lastResizeMark: number;
	/** Writes `text` one character at a time, `delayMs` (default 20) apart, so each is its own read. */
	type(text: string, options?: {delayMs?: number}): Promise<void>;
	/** Resizes the pty (the program gets SIGWINCH) and the screen model, in order with the output. */
	resize(cols: number, rows: number): void;
	/** Every character received so far, escape sequences included. */
	readonly output: string;
	/** A position in `output`, for `outputSince`. */
	mark(): number;
	outputSince(mark: number): string;
	/** Subscribes to raw chunks as they arrive; returns the unsubscribe function. */
	onData(listener: (chunk: string, receivedAt: number) => void): () => void;
	isAlternateScreen(): boolean;
	/** Whether the program has bracketed paste on (DECSET 2004): pastes then arrive between `ESC[200~` and `ESC[201~`. */
	isBracketedPaste(): boolean;
	/** Whether the last cursor-visibility mode set (DECTCEM, `CSI ? 25 h/l`) hid it. */
	isCursorHidden(): boolean;
	/** Settles once the program has exited and xterm has parsed all of its output. */
	readonly exit: Promise<ExitResult>;
	hasExited(): boolean;
	/** Sends a signal (default SIGTERM). */
	kill(signal?: string): void;
	/**
	 * Kills the program if still running, frees the terminal, removes a temp config dir;
	 * the last screen stays readable. Idempotent; call it in `afterEach`.
	 */
	dispose(): void;
	readonly pid: number;
	readonly configDir: string;
	/** `performance.now()` just before the program was spawned. */
	readonly spawnedAt: number;
	readonly cols: number;
	readonly rows: number;
}

const defaultTimeoutMs = 10_000;
const pollIntervalMs = 25;

/** Spawns a program (by default `node dist/cli.js`) in a pty; resolves once it is spawned. */
export async function startApp(options: StartAppOptions = {}): Promise<PtyApp> {
	let cols = options.cols ?? 80;
	let rows = options.rows ?? 24;
	const ownsConfigDir = options.configDir === undefined;
	const configDir = options.configDir ?? mkdtempSync(path.join(tmpdir(), 'paper-tui-test-'));
	const command = options.command ?? process.execPath;
	const commandArgs = options.commandArgs ?? (options.command === undefined ? [builtCliPath] : []);

	const {terminal, isCursorHidden} = createScreenModel(cols, rows);

	const spawnedAt = performance.now();
	const pty = nodePty.spawn(command, [...commandArgs, ...(options.args ?? [])], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? repositoryRoot,
		env: buildChildEnvironment(process.env, configDir, options.env),
	});

	let output = '';
	let inputBytes = 0;
	let lastResizeMark = 0;
	let lastParsed: ScreenMoment = {receivedAt: spawnedAt, outputLength: 0};
	let exitResult: ExitResult | undefined;
	let disposed = false;
	const dataListeners = new Set<(chunk: string, receivedAt: number) => void>();
	const parsedListeners = new Set<() => void>();
	const notifyParsed = () => {
		for (const listener of [...parsedListeners]) listener();
	};

	pty.onData(chunk => {
		const receivedAt = performance.now();
		output += chunk;
		const outputLength = output.length;
		for (const listener of dataListeners) listener(chunk, receivedAt);
		if (disposed) return;
		terminal.write(chunk, () => {
			lastParsed = {receivedAt, outputLength};
			notifyParsed();
		});
	});

	const settled = () =>
		new Promise<void>(resolve => {
			if (disposed) resolve();
			else terminal.write('', resolve);
		});

	// node-pty fires onExit only after the last data event; wait for xterm to parse it too.
	const exit = new Promise<ExitResult>(resolve => {
		pty.onExit(({exitCode, signal}) => {
			const result: ExitResult = signal ? {exitCode, signal} : {exitCode};
			void settled().then(() => {
				exitResult = result;
				resolve(result);
				notifyParsed();
			});
		});
	});

	// What the screen showed when the app was disposed, so tests can still read it.
	let finalLines: string[] | undefined;
	let finalAlternate: boolean | undefined;
	let finalBracketedPaste: boolean | undefined;
	const lines = () => finalLines ?? readScreenLines(terminal);
	const screenDump = () => {
		const visible = lines();
		const width = finalLines ? cols : terminal.cols;
		return `Screen (${width}x${visible.length}):\n${formatScreenDump(visible, width)}`;
	};

	const waitSource: WaitSource<ScreenMoment> = {
		subscribe(listener) {
			parsedListeners.add(listener);
			return () => parsedListeners.delete(listener);
		},
		stopReason() {
			if (disposed) return 'App was disposed';
			if (exitResult !== undefined) {
				return `App exited (code ${exitResult.exitCode}, signal ${exitResult.signal ?? 'none'})`;
			}
			return undefined;
		},
		currentMoment: () => lastParsed,
		describe: screenDump,
	};
	const waitFor: PtyApp['waitFor'] = (predicate, waitOptions = {}) =>
		waitUntil(waitSource, predicate, {
			timeoutMs: waitOptions.timeoutMs ?? defaultTimeoutMs,
			description: waitOptions.description ?? 'condition',
			pollIntervalMs,
		});

	const app: PtyApp = {
		screenText: () => lines().join('\n'),
		lines,
		waitForText: (text, waitOptions) =>
			waitFor(
				() => {
					const screen = lines().join('\n');
					return typeof text === 'string' ? screen.includes(text) : text.test(screen);
				},
				{...waitOptions, description: `text ${typeof text === 'string' ? JSON.stringify(text) : String(text)}`},
			),
		waitFor,
		settled,
		press(keys) {
			inputBytes += Buffer.byteLength(keys);
			pty.write(keys);
		},
		get inputBytes() {
			return inputBytes;
		},
		get lastResizeMark() {
			return lastResizeMark;
		},
		async type(text, typeOptions = {}) {
			const delayMs = typeOptions.delayMs ?? 20;
			for (const character of text) {
				inputBytes += Buffer.byteLength(character);
				pty.write(character);
				await new Promise(resolve => setTimeout(resolve, delayMs));
			}
		},
		resize(newCols, newRows) {
			if (disposed) return;
			cols = newCols;
			rows = newRows;
			lastResizeMark = output.length;
			// Queued behind the output already received, so earlier bytes are parsed at the old size.
			terminal.write('', () => terminal.resize(newCols, newRows));
			pty.resize(newCols, newRows);
		},
		get output() {
			return output;
		},
		mark: () => output.length,
		outputSince: position => output.slice(position),
		onData(listener) {
			dataListeners.add(listener);
			return () => dataListeners.delete(listener);
		},
		isAlternateScreen: () => finalAlternate ?? terminal.buffer.active.type === 'alternate',
		isBracketedPaste: () => finalBracketedPaste ?? terminal.modes.bracketedPasteMode,
		isCursorHidden,
		exit,
		hasExited: () => exitResult !== undefined,
		kill: (signal = 'SIGTERM') => pty.kill(signal),
		dispose() {
			if (disposed) return;
			disposed = true;
			if (exitResult === undefined) {
				try {
					pty.kill('SIGKILL');
				} catch {
					// Already gone between the check and the kill.
				}
			}
			finalLines = readScreenLines(terminal);
			finalAlternate = terminal.buffer.active.type === 'alternate';
			finalBracketedPaste = terminal.modes.bracketedPasteMode;
			notifyParsed();
			terminal.dispose();
			if (ownsConfigDir) rmSync(configDir, {recursive: true, force: true});
		},
		pid: pty.pid,
		configDir,
		spawnedAt,
		get cols() {
			return cols;
		},
		get rows() {
			return rows;
		},
	};
	return app;
}
