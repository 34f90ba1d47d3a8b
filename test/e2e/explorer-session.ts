import {execFile} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, expect, vi} from 'vitest';
import {buildChildEnvironment} from '../support/child-env.js';
import {builtCliPath, repositoryRoot, startApp, type PtyApp, type StartAppOptions} from '../support/pty-app.js';
import {
	acknowledgementPrefix,
	acknowledgementVariable,
	inputAcknowledgement,
	resizeAcknowledgement,
} from '../../src/explorer/acknowledgements.js';

/** The built-in corpus as the explorer first shows it. */
export const corpus = {
	total: 77,
	first: {
		id: 'improving-large-language-model-fine-tuning-for-solving-math',
		title: 'Improving Large Language Model Fine-tuning for Solving Math Problems',
		abstractStart: 'Despite their success in many natural language tasks',
	},
	second: {
		id: 'preserving-in-context-learning-ability-in-large-language',
		title: 'Preserving In-Context Learning ability in Large Language Model Fine-tuning',
		abstractStart: 'Pretrained large language models (LLMs) are strong in-context learners',
	},
} as const;

/** Generous waits: the machine is shared and often loaded. */
export const slowWait = {timeoutMs: 20_000};

const runFile = promisify(execFile);

/** Whether the files that `dist/cli.js` names (the bundle and its code cache) are all in `distDir`. */
function isCompleteBundle(distDir: string): boolean {
	const launcher = readFileSync(path.join(distDir, 'cli.js'), 'utf8');
	const named = [...launcher.matchAll(/path\.join\(__dirname, "([^"]+)"\)/g)].map(([, name = '']) => name);
	return named.length > 0 && named.every(name => existsSync(path.join(distDir, name)));
}

/**
 * A private copy of the built program (`dist/` beside a copy of `corpus/`), made once per
 * test file, so that a rebuild of `dist/` while tests run (`npm run build` in another shell)
 * cannot swap the program, its code cache or its highlighter under a running explorer. The copy
 * is the built `dist/`, byte for byte.
 */
let snapshotDir: string | undefined;
function snapshotCliPath(): string {
	if (snapshotDir === undefined) {
		const directory = mkdtempSync(path.join(tmpdir(), 'paper-tui-e2e-dist-'));
		for (let attempt = 1; ; attempt++) {
			rmSync(path.join(directory, 'dist'), {recursive: true, force: true});
			try {
				cpSync(path.dirname(builtCliPath), path.join(directory, 'dist'), {recursive: true});
				if (isCompleteBundle(path.join(directory, 'dist'))) break;
			} catch (error) {
				if (attempt >= 20) throw error;
			}
			if (attempt >= 20) throw new Error(`dist/ stayed incomplete while copying it; run npm run build first`);
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
		}
		cpSync(path.join(repositoryRoot, 'corpus'), path.join(directory, 'corpus'), {recursive: true});
		snapshotDir = directory;
	}
	return path.join(snapshotDir, 'dist', 'cli.js');
}

/**
 * Registers an `afterEach` that disposes every app started through the returned function and
 * removes every directory made with `makeTempDir`. Call once per test file, at the top level.
 */
export function useExplorers() {
	vi.setConfig({testTimeout: 60_000});
	const apps: PtyApp[] = [];
	const directories: string[] = [];
	afterAll(() => {
		if (snapshotDir !== undefined) rmSync(snapshotDir, {recursive: true, force: true});
		snapshotDir = undefined;
	});
	afterEach(() => {
		for (const app of apps.splice(0)) app.dispose();
		for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
	});

	/**
	 * Starts the built explorer in a pty; resolves once it has spawned. It acknowledges what it
	 * has handled (`PAPER_TUI_TEST_ACKNOWLEDGE=1`, for `waitUntilHandled`) unless `options.env` says otherwise.
	 */
	async function start(options: StartAppOptions = {}): Promise<PtyApp> {
		const app = await startApp({
			cols: 120,
			rows: 40,
			command: process.execPath,
			commandArgs: [snapshotCliPath()],
			...options,
			env: {[acknowledgementVariable]: '1', ...options.env},
		});
		apps.push(app);
		return app;
	}

	/** Starts the explorer and waits until its status line shows the first of `total` papers. */
	async function open(options: StartAppOptions = {}, total: number = corpus.total): Promise<PtyApp> {
		const app = await start(options);
		await waitForStatus(app, `1/${total}`);
		return app;
	}

	/** A temp directory, removed after the test. */
	function makeTempDir(prefix = 'paper-tui-e2e-'): string {
		const directory = mkdtempSync(path.join(tmpdir(), prefix));
		directories.push(directory);
		return directory;
	}

	return {start, open, makeTempDir};
}

/**
 * The status line: the last row that starts with a position (`12/77`), else the last non-blank
 * row. (Not simply the last non-blank row: a key echoed by the terminal can sit below it.)
 */
export function statusLine(app: PtyApp): string {
	const lines = app.lines().reverse();
	return lines.find(line => /^\d+\/\d+(?!\d)/.test(line)) ?? lines.find(line => line.trim() !== '') ?? '';
}

/** Presses `b` and waits for the status line to count `expectedCount` bookmarks. */
export async function toggleBookmark(app: PtyApp, expectedCount: number): Promise<void> {
	const counted = new RegExp(`(?:^|· )${expectedCount} bookmarked`);
	app.press('b');
	await waitForScreen(app, () => counted.test(statusLine(app)), {...slowWait, description: `${expectedCount} bookmarked`});
}

/** Waits until the status line starts with `position` (`2/77`) as a whole word. */
export function waitForStatus(app: PtyApp, position: string, options = slowWait) {
	const pattern = new RegExp(`^${position.replace('/', '\\/')}(?!\\d)`);
	return waitForScreen(app, () => pattern.test(statusLine(app)), {...options, description: `status line starting ${position}`});
}

/** Whether the last thing the app wrote, acknowledgements aside, is the end of a frame (of its synchronized update). */
export function endsWithFrame(app: PtyApp): boolean {
	const tail = app.output.slice(-4096).replace(/(?:\x1b\]5522;[^\x07]*\x07)+$/, '');
	return tail.endsWith('\x1b[?2026l');
}

/** Whether the last frame the app began has been received whole (its synchronized update ended). */
export function isFrameComplete(app: PtyApp): boolean {
	return app.output.lastIndexOf('\x1b[?2026h') <= app.output.lastIndexOf('\x1b[?2026l');
}

/**
 * Waits until `condition` (text on the screen, or a predicate) holds on a whole frame. A loaded
 * machine delivers one frame in several reads, and a screen read between them mixes the new
 * frame with the old; a condition met half-way could hide leftovers of the old screen.
 */
export function waitForScreen(
	app: PtyApp,
	condition: string | RegExp | (() => boolean),
	options: {timeoutMs?: number; description?: string} = {},
) {
	const holds =
		typeof condition === 'function'
			? condition
			: () => (typeof condition === 'string' ? app.screenText().includes(condition) : condition.test(app.screenText()));
	const description =
		options.description ??
		(typeof condition === 'function'
			? 'condition'
			: `text ${typeof condition === 'string' ? JSON.stringify(condition) : String(condition)}`);
	return app.waitFor(() => isFrameComplete(app) && holds(), {timeoutMs: options.timeoutMs ?? slowWait.timeoutMs, description});
}

/** The number of screen rows that contain `text`. */
export function rowsContaining(app: PtyApp, text: string | RegExp): number {
	return app.lines().filter(line => (typeof text === 'string' ? line.includes(text) : text.test(line))).length;
}

/** The row marked as selected in the list (`>` in the first column). */
export function selectedRow(app: PtyApp): string | undefined {
	return app.lines().find(line => line.startsWith('>'));
}

/** The search line (the first row) without its `/ ` prompt. */
export function searchText(app: PtyApp): string {
	return (app.lines()[0] ?? '').replace(/^\/ ?/, '');
}

/** The `N matches` count in the status line, or undefined when there is no query. */
export function matchCount(app: PtyApp): number | undefined {
	const match = /· (\d+) match(?:es)?\b/.exec(statusLine(app));
	return match ? Number(match[1]) : undefined;
}

/** Waits until the search line has focus (its "press / to search" prompt is gone). */
export function waitForSearchFocus(app: PtyApp) {
	return waitForScreen(app, () => !(app.lines()[0] ?? '').includes('press / to search'), {
		...slowWait,
		description: 'the search line to take focus',
	});
}

/** Waits until the search line is left (the "press / to search" prompt is back). */
export function waitForSearchLeft(app: PtyApp) {
	return waitForScreen(app, 'press / to search');
}

/** The ids in the bookmark file of `configDir`, read back through `paper-tui bookmarks --json`. */
export async function bookmarkedIds(configDir: string): Promise<string[]> {
	const {stdout} = await runFile(process.execPath, [snapshotCliPath(), '--config-dir', configDir, 'bookmarks', '--json'], {
		cwd: repositoryRoot,
		env: buildChildEnvironment(process.env, configDir),
	});
	const records = JSON.parse(stdout) as {id: string}[];
	return records.map(record => record.id);
}

/** The raw bookmark file of `configDir`. */
export function readConfigFile(configDir: string): string {
	return readFileSync(path.join(configDir, 'config.json'), 'utf8');
}

/** The bytes of input the explorer has acknowledged handling (its last input acknowledgement), 0 before any. */
export function acknowledgedInputBytes(app: PtyApp): number {
	const start = app.output.lastIndexOf(`${acknowledgementPrefix}input;`);
	if (start === -1) return 0;
	const match = /^\x1b\]5522;input;(\d+)\x07/.exec(app.output.slice(start, start + 40));
	return match ? Number(match[1]) : 0;
}

/**
 * Waits until the explorer has handled every key pressed so far and the last resize, and has
 * written the frames they caused (its acknowledgements, src/explorer/input-acknowledgement.tsx:
 * the input count reaches the bytes pressed, a resize acknowledgement follows the last resize),
 * then until xterm has parsed all of it. Keys are handled in the order they arrive, so a key that
 * should change nothing has had its chance to. What a key starts in the background (a search, a
 * bookmark write) may still be running: wait for what it shows.
 */
export async function waitUntilHandled(app: PtyApp, options: {timeoutMs?: number} = {}): Promise<void> {
	const pressed = app.inputBytes;
	const resizedAt = app.lastResizeMark;
	await app.waitFor(
		() =>
			acknowledgedInputBytes(app) >= pressed &&
			(resizedAt === 0 || app.output.indexOf(resizeAcknowledgement, resizedAt) !== -1) &&
			isFrameComplete(app),
		{
			timeoutMs: options.timeoutMs ?? slowWait.timeoutMs,
			description: `the explorer to acknowledge ${pressed} bytes of input (${JSON.stringify(inputAcknowledgement(pressed))})${resizedAt === 0 ? '' : ' and the last resize'}`,
		},
	);
	await app.settled();
}

/**
 * Waits until the list shows the answer to `query` (its best match, as `paper-tui search` ranks
 * it, selected at the top), then until everything pressed is handled. The search runs off the key
 * path, so the answer to a prefix typed on the way can be on screen for a while with the whole
 * query in the search line.
 */
export async function waitForRankedResults(app: PtyApp, query: string): Promise<void> {
	const [best] = JSON.parse(await runCliCommand(app.configDir, ['search', query, '--json', '--limit', '1'])) as {title: string}[];
	if (best === undefined) throw new Error(`paper-tui search ${query} found nothing`);
	const start = best.title.slice(0, 30);
	// The row: the selection marker, the unread marker (or a space), a space, the bookmark marker's cell, the title.
	await waitForScreen(app, () => /^>[ •] {2}/.test(app.lines()[1] ?? '') && (app.lines()[1] ?? '').slice(4).startsWith(start), {
		...slowWait,
		description: `${JSON.stringify(start)} first for ${query}`,
	});
	await waitUntilHandled(app);
}

/** Waits a moment in which nothing is expected to happen (to see that nothing does). */
export function pause(milliseconds: number): Promise<void> {
	return new Promise(resolve => setTimeout(resolve, milliseconds));
}

/** Asserts the screen looks like a working explorer on the first paper at the app's size. */
export function expectFirstPaperScreen(app: PtyApp): void {
	const lines = app.lines();
	const screen = lines.join('\n');
	expect(screen, screenOf(app)).toContain(corpus.first.title);
	expect(screen).toContain(corpus.first.abstractStart);
	const statusRows = lines.flatMap((line, index) => (/(?:^|\s)\d+\/77(?!\d)/.test(line) ? [index] : []));
	expect(statusRows, screenOf(app)).toHaveLength(1);
	expect(statusRows[0], screenOf(app)).toBeGreaterThanOrEqual(app.rows - 2);
	expect(lines[statusRows[0]!]).toMatch(/^1\/77 /);
}

/** The screen framed for an assertion message. */
export function screenOf(app: PtyApp): string {
	return `Screen (${app.cols}x${app.rows}):\n${app
		.lines()
		.map((line, index) => `${String(index + 1).padStart(2)}|${line}`)
		.join('\n')}`;
}

/** Runs the built CLI (`paper-tui ARGS --config-dir configDir`) to completion, as another session would. */
export async function runCliCommand(configDir: string, args: readonly string[]): Promise<string> {
	const {stdout} = await runFile(process.execPath, [snapshotCliPath(), '--config-dir', configDir, ...args], {
		cwd: repositoryRoot,
		env: buildChildEnvironment(process.env, configDir),
	});
	return stdout;
}
