import {spawn, type ChildProcess} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {afterAll, beforeAll} from 'vitest';

const fixture = fileURLToPath(new URL('fixtures/store-child.ts', import.meta.url));

/** Writers still running, killed after the file's tests so that a failed test leaves none behind. */
const runningWriters = new Set<ChildProcess>();

/**
 * Bundles the writer fixture into one .mjs before the calling file's tests (plain `node`
 * starts it about three times faster than tsx would); after them, kills any writer still
 * running and deletes the bundle. Returns a getter for the bundle's path.
 */
export function useWriterBundle(): () => string {
	let writerPath = '';
	beforeAll(async () => {
		writerPath = await buildWriter();
	});
	afterAll(() => {
		for (const child of runningWriters) {
			child.kill('SIGKILL');
		}

		rmSync(path.dirname(writerPath), {recursive: true, force: true});
	});
	return () => writerPath;
}

async function buildWriter(): Promise<string> {
	const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'paper-tui-writer-')), 'store-child.mjs');
	await build({
		entryPoints: [fixture],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
		logLevel: 'warning',
	});
	return outfile;
}

/** A running writer: its process, the lines it printed so far, and a promise of its exit. */
export interface Writer {
	readonly child: ChildProcess;
	readonly lines: string[];
	readonly exited: Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>;
}

/** Starts the bundled writer with these arguments, in an environment whose config home is `configHome`. */
export function startWriter(writerPath: string, configHome: string, ...args: string[]): Writer {
	const env: NodeJS.ProcessEnv = {...process.env, XDG_CONFIG_HOME: configHome};
	delete env['PAPER_TUI_CONFIG_DIR'];
	const child = spawn(process.execPath, [writerPath, ...args], {env, stdio: ['ignore', 'pipe', 'pipe']});
	runningWriters.add(child);
	const lines: string[] = [];
	let pending = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		const parts = (pending + chunk).split('\n');
		pending = parts.pop() ?? '';
		lines.push(...parts);
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>(resolve => {
		child.on('close', (code, signal) => {
			runningWriters.delete(child);
			resolve({code, signal, stderr});
		});
	});
	return {child, lines, exited};
}

/** Runs a writer to completion and fails with its stderr if it did not exit cleanly. */
export async function runWriter(writerPath: string, configHome: string, ...args: string[]): Promise<string[]> {
	const writer = startWriter(writerPath, configHome, ...args);
	const {code, stderr} = await writer.exited;
	if (code !== 0) {
		throw new Error(`writer ${args.join(' ')} exited with ${code}: ${stderr}`);
	}

	return writer.lines;
}

/** Resolves once the writer has printed `count` lines, or rejects if it exits first. */
export async function waitForLines(writer: Writer, count: number): Promise<void> {
	let exited = false;
	void writer.exited.then(() => {
		exited = true;
	});
	while (writer.lines.length < count) {
		if (exited) {
			throw new Error(`writer exited after ${writer.lines.length} of ${count} lines: ${(await writer.exited).stderr}`);
		}

		await delay(5);
	}
}

/** Resolves after `milliseconds`. */
export async function delay(milliseconds: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}
