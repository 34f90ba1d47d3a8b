import {readlinkSync, writeFileSync} from 'node:fs';
import {afterEach, describe, expect, test} from 'vitest';
import {type PtyApp} from '../support/pty-app.js';
import {
	endsWithFrame,
	screenOf,
	slowWait,
	statusLine,
	useExplorers,
	waitForScreen,
	waitForStatus,
	waitUntilHandled,
} from './explorer-session.js';
import {hasTmux, TmuxExplorer} from './tmux-explorer.js';

// After any resize the screen must be exactly what a fresh start at the new size shows after the
// same keys (issue 8, item 1): the renderer repaints on a clean screen instead of erasing relative
// to rows the terminal may have re-wrapped.

const explorers = useExplorers();
// The screens compared come from different runs: a paper becoming read after 3 s on screen would
// make them differ by timing alone, so papers are never marked read by being shown here.
const open: typeof explorers.open = async (options = {}, total) =>
	explorers.open({...options, env: {PAPER_TUI_READ_AFTER_MS: 'off', ...options.env}}, total);

type Size = {columns: number; rows: number};
const resizes: Array<{name: string; from: Size; to: Size}> = [
	{name: '120x40 → 110x40', from: {columns: 120, rows: 40}, to: {columns: 110, rows: 40}},
	{name: '100x40 → 99x40 (side by side → stacked)', from: {columns: 100, rows: 40}, to: {columns: 99, rows: 40}},
	{name: '80x24 → 70x24', from: {columns: 80, rows: 24}, to: {columns: 70, rows: 24}},
	{name: '150x50 → 120x50', from: {columns: 150, rows: 50}, to: {columns: 120, rows: 50}},
	{name: '120x40 → 120x30 (shorter)', from: {columns: 120, rows: 40}, to: {columns: 120, rows: 30}},
	{name: '120x30 → 120x40 (taller)', from: {columns: 120, rows: 30}, to: {columns: 120, rows: 40}},
	{name: '99x40 → 100x40 (stacked → side by side)', from: {columns: 99, rows: 40}, to: {columns: 100, rows: 40}},
];

const ctrlL = '\x0c';

/** Writes to the explorer's terminal as another program would (`wall`, a background job). */
function scribble(app: PtyApp, text: string): void {
	writeFileSync(readlinkSync(`/proc/${app.pid}/fd/1`), text);
}

const position = (selected: number) => new RegExp(`^${selected}/77 `);

/** Waits for the selection `selected` on a whole frame, then for anything still in flight. */
async function settledAt(app: PtyApp, selected: number): Promise<string> {
	await waitForScreen(app, () => position(selected).test(statusLine(app)), {...slowWait, description: `${selected}/77`});
	await waitUntilHandled(app);
	return app.screenText();
}

/** What a fresh start at `size` shows after `j` pressed `presses[0]` times, then `presses[1]` times, …: one explorer, one screen per count. */
async function freshScreens(size: Size, presses: number[]): Promise<string[]> {
	const app = await open({cols: size.columns, rows: size.rows});
	const screens: string[] = [];
	let pressed = 0;
	for (const count of presses) {
		for (; pressed < count; pressed++) {
			app.press('j');
			await waitForStatus(app, `${pressed + 2}/77`);
		}
		screens.push(await settledAt(app, count + 1));
	}
	return screens;
}

describe('a resize repaints the whole screen as a fresh start draws it (xterm)', () => {
	test.each(resizes)('$name', async ({from, to}) => {
		// A fresh start at the new size, after two j and after a third: a run of its own, side by side with this one.
		const freshRun = freshScreens(to, [2, 3]);
		// Awaited below; a failure of this run's own steps first must not leave it unhandled.
		freshRun.catch(() => undefined);
		const app = await open({cols: from.columns, rows: from.rows});
		app.press('j');
		await waitForStatus(app, '2/77');
		app.press('j');
		await settledAt(app, 3);
		app.resize(to.columns, to.rows);
		await waitForScreen(app, () => app.lines().length === to.rows && position(3).test(statusLine(app)) && endsWithFrame(app), {
			...slowWait,
			description: `a frame at ${to.columns}x${to.rows}`,
		});
		const resized = await settledAt(app, 3);
		app.press('j');
		const next = await settledAt(app, 4);
		const [fresh, freshNext] = await freshRun;
		expect(resized, screenOf(app)).toBe(fresh);

		// And the frames after the repaint build on it correctly.
		expect(next, screenOf(app)).toBe(freshNext);
	});

	test('Ctrl-L repaints everything, in the list, the search line and an overlay', async () => {
		const app = await open({cols: 120, rows: 40});
		const clean = await settledAt(app, 1);
		for (const [mode, enter] of [
			['list', ''],
			['search', '/'],
			['help', '?'],
		] as const) {
			if (enter) {
				app.press(enter);
				await waitUntilHandled(app);
			}
			const before = app.screenText();
			// Something else wrote over the screen (a wall message, a background job).
			const scribbledAt = app.mark();
			scribble(app, '\x1b[5;10Hgarbage from another program\x1b[20;1H\x1b[2K');
			await app.waitFor(() => app.outputSince(scribbledAt).includes('garbage from another program\x1b[20;1H\x1b[2K'), {
				...slowWait,
				description: 'the scribble to reach the terminal',
			});
			await app.settled();
			expect(app.screenText()).not.toBe(before);
			const mark = app.mark();
			app.press(ctrlL);
			await app.waitFor(() => app.outputSince(mark).includes('\x1b[2J') && endsWithFrame(app), {
				...slowWait,
				description: `a repaint after Ctrl-L in the ${mode}`,
			});
			await waitUntilHandled(app);
			expect(app.screenText(), `${mode}: ${screenOf(app)}`).toBe(before);
		}
		expect(clean).toContain('1/77');
	});
});

describe.skipIf(!hasTmux)('a resize repaints the whole screen in a real tmux', () => {
	const sessions: TmuxExplorer[] = [];
	afterEach(() => {
		for (const session of sessions.splice(0)) session.dispose();
	});

	const statusAt = (selected: number) => (lines: string[]) =>
		lines.some(line => position(selected).test(line)) && lines.some(line => line.startsWith('/ '));

	/** A fresh start's screens at `size` after `j` pressed `presses[0]` times, then `presses[1]` times, …: one session. */
	async function tmuxFresh(size: Size, presses: number[]): Promise<string[][]> {
		const session = new TmuxExplorer(size.columns, size.rows, [], {PAPER_TUI_READ_AFTER_MS: 'off'});
		sessions.push(session);
		await session.settledLines(statusAt(1), '1/77');
		const screens: string[][] = [];
		let pressed = 0;
		for (const count of presses) {
			for (; pressed < count; pressed++) {
				session.type('j');
				await session.settledLines(statusAt(pressed + 2), `${pressed + 2}/77`, {quietMs: 100});
			}
			screens.push(await session.settledLines(statusAt(count + 1), `${count + 1}/77`));
		}
		return screens;
	}

	test.each(resizes)('$name', async ({from, to}) => {
		// A fresh start at the new size: a session of its own, side by side with this one.
		const freshRun = tmuxFresh(to, [2, 3]);
		// Awaited below; a failure of this run's own steps first must not leave it unhandled.
		freshRun.catch(() => undefined);
		const session = new TmuxExplorer(from.columns, from.rows, [], {PAPER_TUI_READ_AFTER_MS: 'off'});
		sessions.push(session);
		await session.settledLines(statusAt(1), '1/77');
		session.type('j');
		await session.settledLines(statusAt(2), '2/77', {quietMs: 100});
		session.type('j');
		await session.settledLines(statusAt(3), '3/77');
		session.resize(to.columns, to.rows);
		const resized = await session.settledLines(lines => lines.length === to.rows && statusAt(3)(lines), `3/77 at ${to.columns}x${to.rows}`);
		session.type('j');
		const next = await session.settledLines(statusAt(4), '4/77');
		const [fresh = [], freshNext = []] = await freshRun;
		expect(resized.join('\n')).toBe(fresh.join('\n'));
		expect(next.join('\n')).toBe(freshNext.join('\n'));
	});
});
