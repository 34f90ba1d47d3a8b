import {describe, expect, test} from 'vitest';
import {keys, type PtyApp} from '../support/pty-app.js';
import {corpus, slowWait, statusLine, useExplorers, waitForScreen, waitForSearchFocus, waitUntilHandled} from './explorer-session.js';

const {open} = useExplorers();

const leaveAlternateScreen = '\x1b[?1049l';

/** Resolves with the exit, or rejects if the program is still running after `timeoutMs`. */
async function exitWithin(app: PtyApp, timeoutMs = 15_000) {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`still running ${timeoutMs} ms later:\n${app.screenText()}`)), timeoutMs);
	});
	try {
		return await Promise.race([app.exit, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * The main screen is back, the cursor is visible, and the explorer's last words were the restore:
 * after the last `ESC[?1049l` come at most "show cursor" and "end synchronized update", which
 * change nothing on the main screen (Ink shows the cursor once more as it exits).
 */
function expectRestored(app: PtyApp) {
	const lastBytes = JSON.stringify(app.output.slice(-120));
	expect(app.isAlternateScreen(), lastBytes).toBe(false);
	expect(app.isCursorHidden(), lastBytes).toBe(false);
	const restoredAt = app.output.lastIndexOf(leaveAlternateScreen);
	expect(restoredAt, 'the alternate screen was left').toBeGreaterThan(0);
	// Nothing else of the terminal was changed, so nothing else is put back: no tab stop was ever
	// cleared (TBC, `ESC[g`, `ESC[3g`) or set (HTS, `ESC H`).
	expect(app.output).not.toMatch(/\x1b\[[03]?g|\x1bH/);
	const tail = app.output.slice(restoredAt + leaveAlternateScreen.length);
	expect(tail.replaceAll('\x1b[?25h', '').replaceAll('\x1b[?2026l', ''), JSON.stringify(app.output.slice(-80))).toBe('');
	expect(app.screenText()).not.toContain(corpus.first.abstractStart);
}

/** Presses `key`, which must quit: exit 0 within `timeoutMs`, the terminal restored. */
async function expectKeyQuits(app: PtyApp, key: string, timeoutMs?: number) {
	app.press(key);
	expect(await exitWithin(app, timeoutMs)).toEqual({exitCode: 0});
	expectRestored(app);
}

describe('leaving the explorer restores the terminal', () => {
	test('q exits 0, leaves the alternate screen and shows the cursor', async () => {
		const app = await open();
		expect(app.isAlternateScreen()).toBe(true);

		await expectKeyQuits(app, 'q');
	});

	test('Ctrl-C exits 0 and restores the terminal', async () => {
		const app = await open();
		// A key handled first: the explorer reads raw keys by now (see the echo bug in explorer.test.ts).
		app.press('j');
		await waitForScreen(app, () => /^2\/77 /.test(statusLine(app)), {...slowWait, description: '2/77'});
		await expectKeyQuits(app, keys.ctrlC);
	});

	test('Ctrl-C in the search line exits 0 and restores the terminal', async () => {
		const app = await open();
		app.press('/');
		await waitForSearchFocus(app);
		app.press('lo');
		await waitForScreen(app, () => (app.lines()[0] ?? '').startsWith('/ lo') && /· \d+ match/.test(statusLine(app)), {
			...slowWait,
			description: 'the query lo and its matches',
		});

		await expectKeyQuits(app, keys.ctrlC);
	});

	test('Ctrl-C right after a letter in the search line quits', async () => {
		const app = await open();
		app.press('/');
		await waitForSearchFocus(app);
		app.press('l');
		await expectKeyQuits(app, keys.ctrlC, 5000);
	});

	test('q typed in the search line is text, not quit', async () => {
		const app = await open();
		app.press('/');
		await waitForSearchFocus(app);
		app.press('q');
		await waitForScreen(app, () => (app.lines()[0] ?? '').startsWith('/ q'), {...slowWait, description: 'q in the search line'});
		await waitUntilHandled(app);
		expect(app.hasExited()).toBe(false);
	});

	test('SIGTERM restores the terminal and exits 143', async () => {
		const app = await open();
		app.kill('SIGTERM');
		expect(await exitWithin(app)).toEqual({exitCode: 143});
		expectRestored(app);
	});

	test('SIGHUP (a dropped connection) makes the explorer exit 129', async () => {
		const app = await open();
		app.kill('SIGHUP');
		expect(await exitWithin(app)).toEqual({exitCode: 129});
	});
});
