import {spawn} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildChildEnvironment} from '../support/child-env.js';
import {cliPath, repoRoot, runCli, temporaryDirectory, type CliResult} from './run-cli.js';

const paper = {id: 'multitask-vision-language-prompt-tuning', title: 'Multitask Vision-Language Prompt Tuning'};
const record = (id: string) => ({id, title: `Paper ${id}`, addedAt: '2024-01-02T03:04:05.000Z'});
const idsIn = (file: string) =>
	(JSON.parse(readFileSync(file, 'utf8')) as {bookmarks: Array<{id: string}>}).bookmarks.map(bookmark => bookmark.id);

describe('bookmarks commands and Ctrl-C', () => {
	it("answer SIGINT at once with exit 130, even while waiting for another paper-tui's lock, and write nothing", async () => {
		const configDir = temporaryDirectory('paper-tui-cli-sigint-');
		const lockPath = path.join(configDir, 'config.json.lock');
		mkdirSync(lockPath);
		// Another paper-tui holds the lock and keeps it fresh.
		const refresh = setInterval(() => {
			const now = new Date();
			utimesSync(lockPath, now, now);
		}, 500);
		try {
			const child = spawn(process.execPath, [cliPath, 'bookmarks', 'add', paper.id], {
				cwd: repoRoot,
				env: buildChildEnvironment(process.env, configDir),
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => {
				stderr += chunk.toString();
			});
			const exit = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => {
				child.on('close', (code, signal) => resolve({code, signal}));
			});
			// Started and waiting for the lock by now (it waits up to 15 s before giving up).
			await new Promise(resolve => setTimeout(resolve, 2000));
			expect(child.exitCode, stderr).toBeNull();
			child.kill('SIGINT');
			expect(await exit, stderr).toEqual({code: 130, signal: null});
			expect(readdirSync(configDir)).toEqual(['config.json.lock']);
		} finally {
			clearInterval(refresh);
		}
	}, 30_000);
});

describe('a symlinked config.json (dotfile managers)', () => {
	it("bookmarks add and rm write to the link's target; the link stays a link", async () => {
		const configDir = temporaryDirectory('paper-tui-cli-link-');
		const dotfiles = temporaryDirectory('paper-tui-cli-dotfiles-');
		const target = path.join(dotfiles, 'paper-tui.json');
		writeFileSync(target, JSON.stringify({version: 1, bookmarks: [record('kept')]}));
		symlinkSync(target, path.join(configDir, 'config.json'));

		const add = await runCli(['bookmarks', 'add', paper.id], {configDir});
		expect(add.code, add.stderr).toBe(0);
		expect(lstatSync(path.join(configDir, 'config.json')).isSymbolicLink()).toBe(true);
		expect(idsIn(target)).toEqual(['kept', paper.id]);
		const remove = await runCli(['bookmarks', 'rm', 'kept'], {configDir});
		expect(remove.code, remove.stderr).toBe(0);
		expect(lstatSync(path.join(configDir, 'config.json')).isSymbolicLink()).toBe(true);
		expect(idsIn(target)).toEqual([paper.id]);
		expect(readdirSync(dotfiles)).toEqual(['paper-tui.json']);
	});
});

describe('the config folder', () => {
	/** Runs with XDG_CONFIG_HOME=`xdg` and no PAPER_TUI_CONFIG_DIR: the user's default folder. */
	const runInHome = async (xdg: string, args: readonly string[]): Promise<CliResult> =>
		runCli(args, {configDir: xdg, env: {PAPER_TUI_CONFIG_DIR: '', XDG_CONFIG_HOME: xdg}});

	it('is $XDG_CONFIG_HOME/paper-tui', async () => {
		const xdg = temporaryDirectory('paper-tui-cli-xdg-');
		const add = await runInHome(xdg, ['bookmarks', 'add', paper.id]);
		expect(add.code, add.stderr).toBe(0);
		expect(add.stderr).toBe('');
		expect(idsIn(path.join(xdg, 'paper-tui', 'config.json'))).toEqual([paper.id]);
		expect(existsSync(path.join(xdg, 'paper-tui-nodejs'))).toBe(false);
	});

	it('an existing paper-tui-nodejs/config.json is moved over once, with one line on stderr', async () => {
		const xdg = temporaryDirectory('paper-tui-cli-xdg-');
		const oldPath = path.join(xdg, 'paper-tui-nodejs', 'config.json');
		const newPath = path.join(xdg, 'paper-tui', 'config.json');
		mkdirSync(path.dirname(oldPath));
		const content = `${JSON.stringify({version: 1, bookmarks: [record('old-one')]}, undefined, '\t')}\n`;
		writeFileSync(oldPath, content);

		const first = await runInHome(xdg, ['bookmarks', 'list', '--json']);
		expect(first.code, first.stderr).toBe(0);
		expect((JSON.parse(first.stdout) as Array<{id: string}>).map(bookmark => bookmark.id)).toEqual(['old-one']);
		expect(first.stderr).toBe(`paper-tui: Moved bookmarks file ${oldPath} to ${newPath}, paper-tui's config folder from now on.\n`);
		expect(readFileSync(newPath, 'utf8')).toBe(content);
		expect(existsSync(oldPath)).toBe(false);

		const second = await runInHome(xdg, ['bookmarks', 'add', paper.id]);
		expect(second.code, second.stderr).toBe(0);
		expect(second.stderr).toBe('');
		expect(idsIn(newPath)).toEqual(['old-one', paper.id]);
	});
});
