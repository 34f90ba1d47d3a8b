import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {builtCliPath, repositoryRoot, type PtyApp} from '../support/pty-app.js';
import {corpus, pause, useExplorers, waitForStatus} from './explorer-session.js';

const {open, start} = useExplorers();

const exitCodes = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;

/** What a config dir holds besides config.json and its corrupt backups: leftovers of a write cut short. */
function leftovers(configDir: string): string[] {
	return readdirSync(configDir).filter(name => name.includes('.tmp-') || name.endsWith('.lock'));
}

/** The ids in config.json, read directly (it must parse). */
function idsInFile(configDir: string): string[] {
	const document = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {bookmarks: {id: string}[]};
	return document.bookmarks.map(bookmark => bookmark.id);
}

function expectTerminalRestored(app: PtyApp): void {
	expect(app.isAlternateScreen(), 'the main screen is back').toBe(false);
	expect(app.isCursorHidden(), 'the cursor is visible').toBe(false);
	expect(app.output).toContain('\x1b[?1049l');
}

describe('a signal never loses a key the explorer has received', () => {
	// The key is written to the terminal before the signal is sent, so the program has it to
	// read: every run must end with the bookmark on disk, whatever the delay.
	const delays = [0, 5, 10, 15, 20, 30, 40];
	for (const signal of ['SIGHUP', 'SIGTERM'] as const) {
		test(`b then ${signal} after ${delays.join(', ')} ms: exit ${exitCodes[signal]}, terminal restored, the bookmark kept, nothing left behind`, async () => {
			const failures: string[] = [];
			for (const delayMs of delays) {
				const app = await open();
				// The store opens just after the first frame; let it, as a user's first b usually comes later.
				await pause(300);
				app.press('b');
				if (delayMs > 0) await pause(delayMs);
				app.kill(signal);
				const result = await app.exit;
				const run = `${signal} ${delayMs} ms after b`;
				if (result.exitCode !== exitCodes[signal] || result.signal) failures.push(`${run}: ended with ${JSON.stringify(result)}`);
				if (app.isAlternateScreen() || app.isCursorHidden()) failures.push(`${run}: terminal not restored`);
				if (leftovers(app.configDir).length > 0) failures.push(`${run}: left ${leftovers(app.configDir).join(', ')}`);
				let ids: string[];
				try {
					ids = idsInFile(app.configDir);
				} catch (error) {
					failures.push(`${run}: config.json unreadable (${String(error).split('\n')[0]})`);
					continue;
				}
				if (ids.join() !== corpus.first.id) failures.push(`${run}: bookmarks ${JSON.stringify(ids)}`);
			}
			expect(failures).toEqual([]);
		});
	}

	test.each([['SIGQUIT'], ['SIGINT']] as const)('%s restores the terminal like SIGTERM and exits 128+n', async signal => {
		const app = await open();
		await pause(300);
		app.kill(signal);
		expect(await app.exit).toEqual({exitCode: exitCodes[signal]});
		expectTerminalRestored(app);
		expect(app.screenText()).not.toContain(corpus.first.abstractStart);
	});

	test('a b pressed before the bookmark store has opened is kept through SIGTERM', async () => {
		const app = await open();
		app.press('b');
		app.kill('SIGTERM');
		expect(await app.exit).toEqual({exitCode: exitCodes.SIGTERM});
		expect(leftovers(app.configDir)).toEqual([]);
		expect(idsInFile(app.configDir)).toEqual([corpus.first.id]);
	});

	test('an exit handler that throws (here: the code cache writer, its folder gone) does not keep the explorer alive', async () => {
		const copy = mkdtempSync(path.join(tmpdir(), 'paper-tui-e2e-dist-'));
		try {
			cpSync(path.dirname(builtCliPath), path.join(copy, 'dist'), {recursive: true});
			cpSync(path.join(repositoryRoot, 'corpus'), path.join(copy, 'corpus'), {recursive: true});
			const app = await start({commandArgs: [path.join(copy, 'dist', 'cli.js')], env: {PAPER_TUI_CODE_CACHE: 'write'}});
			await waitForStatus(app, `1/${corpus.total}`);
			await pause(300);
			rmSync(copy, {recursive: true, force: true});
			app.kill('SIGHUP');
			const exited = await Promise.race([app.exit, pause(15_000).then(() => 'still running 15 s after SIGHUP')]);
			expect(exited).toEqual({exitCode: exitCodes.SIGHUP});
			expectTerminalRestored(app);
		} finally {
			rmSync(copy, {recursive: true, force: true});
		}
	});
});
