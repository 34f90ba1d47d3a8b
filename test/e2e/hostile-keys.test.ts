import {describe, expect, test} from 'vitest';
import {keys, type PtyApp} from '../support/pty-app.js';
import {
	screenOf,
	searchText,
	slowWait,
	statusLine,
	useExplorers,
	waitForScreen,
	waitForSearchFocus,
	waitForRankedResults,
	waitForStatus,
	waitUntilHandled,
} from './explorer-session.js';

const explorers = useExplorers();
// The test expects the screen to change only by the keys: a paper becoming read after 3 s on
// screen (its • going) would change it by time alone, so papers are never marked read by being shown here.
const open: typeof explorers.open = async (options = {}, total) =>
	explorers.open({...options, env: {PAPER_TUI_READ_AFTER_MS: 'off', ...options.env}}, total);

/**
 * A key the explorer has no use for, as the terminal sends it: one write, or several writes
 * apart (an Esc typed on its own, then the rest), so that the first is read on its own.
 */
interface HostileKey {
	readonly name: string;
	readonly writes: readonly string[];
}

const escape = '\x1b';
const functionKeyFinals = ['P', 'Q', 'R', 'S'];

/**
 * Ctrl, Shift and Alt variants of F1-F4 (`ESC[1;5P` is Ctrl+F1) and of `ESC[1;mK`; F5-F12 and
 * F13 and up (`ESC[25;5~` is Ctrl+F13) with every modifier; unnamed sequences; SS3 (`ESC O`)
 * forms with and without modifiers; a kitty-protocol Ctrl+A; mouse reports (SGR and X10); a
 * paste end marker with no paste; and a typed Esc followed by the rest of a sequence.
 */
const hostileKeys: HostileKey[] = [
	...[2, 3, 4, 5, 6, 7, 8].flatMap(modifier =>
		[...functionKeyFinals, 'K'].map(final => ({name: `ESC[1;${modifier}${final}`, writes: [`${escape}[1;${modifier}${final}`]})),
	),
	...Array.from({length: 20}, (_unused, index) => index + 15).flatMap(number =>
		[2, 3, 4, 5, 6, 7, 8].map(modifier => ({name: `ESC[${number};${modifier}~`, writes: [`${escape}[${number};${modifier}~`]})),
	),
	{name: 'ESC[0x', writes: [`${escape}[0x`]},
	{name: 'Esc, then ESC[0x', writes: [escape, `${escape}[0x`]},
	{name: 'Esc Esc [0x in one read', writes: [`${escape}${escape}[0x`]},
	{name: 'ESC OP (F1)', writes: [`${escape}OP`]},
	{name: 'ESC O5P (Ctrl+F1, old xterm)', writes: [`${escape}O5P`]},
	{name: 'ESC O2Q (Shift+F2, old xterm)', writes: [`${escape}O2Q`]},
	{name: 'ESC O alone', writes: [`${escape}O`]},
	{name: 'kitty Ctrl+A ESC[97;5u', writes: [`${escape}[97;5u`]},
	{name: 'SGR mouse wheel ESC[<64;3;3M', writes: [`${escape}[<64;3;3M`]},
	{name: 'SGR mouse release ESC[<0;10;5m', writes: [`${escape}[<0;10;5m`]},
	{name: 'X10 mouse ESC[M !!', writes: [`${escape}[M !!`]},
	{name: 'X10 mouse wheel ESC[M`++', writes: [`${escape}[M\`++`]},
	{name: 'focus in and out', writes: [`${escape}[I`, `${escape}[O`]},
	{name: 'a paste end marker without a start', writes: [`${escape}[201~`]},
];

/** Keys that clear or leave the search line by design (Esc), checked in the list and detail only. */
const typedEscapes = new Set(['Esc, then ESC[0x']);

/**
 * Presses every hostile key in turn and, after each, an arrow key whose effect is known: the
 * screen must then be exactly one of the two screens captured before (the selection or the
 * detail one line down, or back). So after each key the program still runs, nothing on the
 * screen changed but what the arrow did, and no text reached the query.
 */
async function expectHostileKeysIgnored(app: PtyApp, table: readonly HostileKey[]) {
	const before = app.screenText();
	app.press(keys.down);
	await waitForScreen(app, () => app.screenText() !== before, {...slowWait, description: '↓ to change the screen'});
	await waitUntilHandled(app);
	const after = app.screenText();
	const screens = [before, after];
	let isDown = true;

	for (const hostile of table) {
		for (const [index, write] of hostile.writes.entries()) {
			// The write before is read and handled first, so it is a read of its own.
			if (index > 0) await waitUntilHandled(app);
			app.press(write);
		}
		// An arrow key, unlike a letter, is still an arrow if it lands in one read after a lone Esc.
		isDown = !isDown;
		app.press(isDown ? keys.down : keys.up);
		const expected = screens[isDown ? 1 : 0]!;
		try {
			await waitForScreen(app, () => app.screenText() === expected, {timeoutMs: 10_000, description: `the screen after ${hostile.name}`});
		} catch (error) {
			throw new Error(
				`after ${hostile.name}: ${app.hasExited() ? 'the explorer exited' : 'the screen changed'}\n${screenOf(app)}\nexpected:\n${expected}\n${String(error)}`,
				{cause: error},
			);
		}
	}

	await waitUntilHandled(app);
	expect(app.hasExited()).toBe(false);
	expect(app.screenText(), screenOf(app)).toBe(screens[isDown ? 1 : 0]);
}

describe('keys the explorer has no use for are ignored', () => {
	test('in the list', async () => {
		const app = await open({cols: 120, rows: 40});
		await expectHostileKeysIgnored(app, hostileKeys);
	});

	test('in the detail pane', async () => {
		// 80x24: the list above a detail too short for the abstract, so ↓ scrolls it.
		const app = await open({cols: 80, rows: 24});
		app.press(keys.tab);
		await waitForScreen(app, () => app.lines().some(line => line.startsWith('»')), {...slowWait, description: 'focus on the detail'});
		await waitUntilHandled(app);
		await expectHostileKeysIgnored(app, hostileKeys);
	});

	test('in the search line, which keeps its query', async () => {
		const app = await open({cols: 120, rows: 40});
		app.press('/');
		await waitForSearchFocus(app);
		app.press('model');
		await waitForScreen(app, () => searchText(app).trimEnd() === 'model' && /· \d+ match/.test(app.screenText()), {
			...slowWait,
			description: 'the query model and its matches',
		});
		await waitForRankedResults(app, 'model');
		await expectHostileKeysIgnored(
			app,
			hostileKeys.filter(hostile => !typedEscapes.has(hostile.name)),
		);
		expect(searchText(app).trimEnd()).toBe('model');
	});

	test('Esc in the search line clears the query, and the rest of a sequence read after it is not typed', async () => {
		const app = await open({cols: 120, rows: 40});
		app.press('/');
		await waitForSearchFocus(app);
		app.press('model');
		await waitForScreen(app, () => searchText(app).trimEnd() === 'model', {...slowWait, description: 'the query model'});
		app.press(escape);
		await waitForScreen(app, () => searchText(app).trimEnd() === '' && /^1\/77 /.test(statusLine(app)), {
			...slowWait,
			description: 'the query cleared',
		});
		// Each remnant is read on its own (as after an Esc read alone), then ↓ shows it was handled.
		const remnants = ['[0x', '[<64;3;3M', '[1;2P', '[25;5~', '[201~', '[I', '[M !!'];
		for (const [index, remnant] of remnants.entries()) {
			app.press(remnant);
			app.press(keys.down);
			await waitForStatus(app, `${index + 2}/77`);
		}
		expect(searchText(app).trimEnd(), screenOf(app)).toBe('');
		app.press('x');
		await waitForScreen(app, () => searchText(app).trimEnd() === 'x', {...slowWait, description: 'only x in the query'});
		expect(app.hasExited()).toBe(false);
	});

	test('Ctrl+F1 and Ctrl+F13 leave the explorer running and still answering keys', async () => {
		const app = await open({cols: 120, rows: 40});
		app.press(`${escape}[1;5P`);
		app.press(`${escape}[25;5~`);
		app.press('j');
		await waitForStatus(app, '2/77');
		await waitUntilHandled(app);
		expect(app.hasExited()).toBe(false);
	});
});
