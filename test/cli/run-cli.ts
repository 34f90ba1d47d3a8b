import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll} from 'vitest';
import {buildChildEnvironment} from '../support/child-env.js';

/** The repository root; the built program is `dist/cli.js` under it. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The built command-line program these tests run (`npm run build` makes it). */
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/** Fixture corpora of the command-line tests. */
export const fixturesDirectory = path.join(repoRoot, 'test', 'fixtures', 'cli');

/** What one run of the program left behind. */
export interface CliResult {
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** How to run the program. */
export interface CliOptions {
	/** Config directory (both `PAPER_TUI_CONFIG_DIR` and `XDG_CONFIG_HOME`); a fresh one per file by default. */
	readonly configDir?: string;
	/** Working directory; the repository root by default. */
	readonly cwd?: string;
	/** Extra environment variables. */
	readonly env?: Record<string, string>;
	/** Kill the program (SIGKILL) if it runs longer than this; the result then has `signal` set. */
	readonly timeoutMs?: number;
}

let sharedConfigDir: string | undefined;

/**
 * Returns a fresh temporary directory, removed after the calling test file. Every run of the
 * program gets one as its config dir, so no test can touch the real user's bookmarks.
 */
export function temporaryDirectory(prefix = 'paper-tui-cli-'): string {
	const directory = mkdtempSync(path.join(tmpdir(), prefix));
	afterAll(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	return directory;
}

function defaultConfigDir(): string {
	sharedConfigDir ??= temporaryDirectory('paper-tui-cli-config-');
	return sharedConfigDir;
}

/**
 * Runs `node dist/cli.js ...args` with stdin and stdout not terminals (stdin is /dev/null,
 * stdout a pipe) and resolves when it exits. Independent runs can go concurrently.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
	if (!existsSync(cliPath)) {
		throw new Error(`${cliPath} is missing: run \`npm run build\` before the command-line tests`);
	}

	const configDir = options.configDir ?? defaultConfigDir();
	const child = spawn(process.execPath, [cliPath, ...args], {
		cwd: options.cwd ?? repoRoot,
		env: buildChildEnvironment(process.env, configDir, options.env),
		stdio: ['ignore', 'pipe', 'pipe'],
		...(options.timeoutMs === undefined ? {} : {timeout: options.timeoutMs, killSignal: 'SIGKILL' as const}),
	});
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => {
			resolve({code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8')});
		});
	});
}

/** Lines of a stack trace, as Node prints them ("    at fn (file:line:col)"). */
export const stackTraceLine = /^\s+at\s/m;

/** The lines of `text` without the empty one after its final newline. */
export function linesOf(text: string): string[] {
	const lines = text.split('\n');
	return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
}

/** Parses the JSON a command printed. */
export function parseJson<T = unknown>(result: CliResult): T {
	return JSON.parse(result.stdout) as T;
}

/** A paper as `list --json` and `show --json` print it. */
export interface PaperJson {
	readonly id: string;
	readonly title: string;
	readonly authors: string[];
	readonly year?: number;
	readonly url?: string;
	readonly links: string[];
	readonly abstract: string;
}
