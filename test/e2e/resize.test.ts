import {describe, expect, test} from 'vitest';
import {type PtyApp} from '../support/pty-app.js';
import {
	corpus,
	expectFirstPaperScreen,
	screenOf,
	slowWait,
	statusLine,
	useExplorers,
	waitForScreen,
	waitUntilHandled,
} from './explorer-session.js';

const {start, open} = useExplorers();

/** Resizes and waits until the explorer has drawn a whole frame in the layout of the new size. */
async function resizeTo(app: PtyApp, cols: number, rows: number) {
	app.resize(cols, rows);
	const isWide = cols >= 100;
	await waitForScreen(
		app,
		() => {
			const lines = app.lines();
			if (lines.length !== rows) return false;
			const statusRow = lines.findIndex(line => /^1\/77 /.test(line));
			const hasSeparator = isWide
				? lines.some(line => line.includes('│'))
				: lines.some(line => /^─ ↑ list · Tab: detail ─{20,}$/.test(line));
			return statusRow >= rows - 2 && hasSeparator && app.screenText().includes(corpus.first.abstractStart);
		},
		{...slowWait, description: `a ${isWide ? 'side-by-side' : 'stacked'} frame at ${cols}x${rows}`},
	);
	// Let any frame still in flight land, then judge the settled screen.
	await waitUntilHandled(app);
}

/** The checks every size must pass: title, abstract, exactly one status line near the bottom, no line wider than the screen. */
function expectCleanScreen(app: PtyApp) {
	expectFirstPaperScreen(app);
	const lines = app.lines();
	expect(
		lines.filter(line => line.includes('bookmarked')),
		screenOf(app),
	).toHaveLength(1);
	expect(
		lines.filter(line => line.includes('press / to search')),
		screenOf(app),
	).toHaveLength(1);
	expect(lines[0]).toBe('/ press / to search');
	expect(
		lines.filter(line => line.includes(corpus.first.abstractStart)),
		screenOf(app),
	).toHaveLength(1);
	if (app.cols >= 100) {
		// Its top cell is the focus marker (← the list).
		const separatorRows = lines.filter(line => /[│←→]/.test(line)).length;
		expect(separatorRows, 'the divider runs from under the search line to above the status line').toBe(app.rows - 3);
	}
}

describe('resizing', () => {
	test('120x40 → 80x24 → 150x50 redraws a correct screen each time', async () => {
		const app = await open({cols: 120, rows: 40});
		await waitForScreen(app, corpus.first.abstractStart);
		expectCleanScreen(app);

		await resizeTo(app, 80, 24);
		expectCleanScreen(app);
		expect(
			app.lines().some(line => line.includes('│')),
			screenOf(app),
		).toBe(false);

		await resizeTo(app, 150, 50);
		expectCleanScreen(app);
		expect(app.lines().findIndex(line => line.includes(corpus.first.title))).toBe(1);
		expect(app.isAlternateScreen()).toBe(true);
	});

	test('navigation after resizes keeps one status line', async () => {
		const app = await open({cols: 120, rows: 40});
		await resizeTo(app, 80, 24);
		await resizeTo(app, 150, 50);
		app.press('j');
		await waitForScreen(app, () => /^2\/77 /.test(statusLine(app)), {...slowWait, description: '2/77'});
		await waitUntilHandled(app);
		const lines = app.lines();
		expect(
			lines.filter(line => /(?:^|\s)\d+\/77(?!\d)/.test(line)),
			screenOf(app),
		).toEqual([statusLine(app)]);
		expect(app.screenText()).toContain(corpus.second.abstractStart);
		expect(
			lines.filter(line => line.startsWith('>')),
			screenOf(app),
		).toHaveLength(1);
	});

	test('30x8 shows a "too small" notice without crashing, and 80x24 recovers', async () => {
		const app = await open({cols: 80, rows: 24});

		app.resize(30, 8);
		await waitForScreen(app, /too small/i);
		await waitUntilHandled(app);
		expect(app.hasExited()).toBe(false);
		expect(app.screenText()).not.toContain(corpus.first.abstractStart);

		await resizeTo(app, 80, 24);
		expect(app.screenText()).not.toMatch(/too small/i);
		expect(app.hasExited()).toBe(false);
		const lines = app.lines();
		expect(
			lines.filter(line => /(?:^|\s)\d+\/77(?!\d)/.test(line)),
			screenOf(app),
		).toHaveLength(1);
		expect(lines[0]).toBe('/ press / to search');
	});

	test('starting in a 30x8 terminal shows the notice, keys do no harm, and growing it shows the explorer', async () => {
		const app = await start({cols: 30, rows: 8});
		await waitForScreen(app, /too small/i);
		expect(app.isAlternateScreen()).toBe(true);
		app.press('jjk');
		await waitUntilHandled(app);
		expect(app.hasExited()).toBe(false);

		app.resize(120, 40);
		await waitForScreen(
			app,
			() => /^\d+\/77 /.test(statusLine(app)) && app.lines()[0] !== undefined && app.lines().some(line => line.includes('│')),
			{
				...slowWait,
				description: 'the explorer at 120x40',
			},
		);
		await waitUntilHandled(app);
		expect(app.screenText()).not.toMatch(/too small/i);
		expect(
			app.lines().filter(line => /(?:^|\s)\d+\/77(?!\d)/.test(line)),
			screenOf(app),
		).toHaveLength(1);
	});
});
