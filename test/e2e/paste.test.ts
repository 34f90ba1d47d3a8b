import {describe, expect, test} from 'vitest';
import {keys, type PtyApp} from '../support/pty-app.js';
import {
	bookmarkedIds,
	corpus,
	matchCount,
	pause,
	screenOf,
	searchText,
	slowWait,
	statusLine,
	useExplorers,
	waitForScreen,
	waitForSearchFocus,
	waitUntilHandled,
} from './explorer-session.js';

const {open} = useExplorers();

/** A paste as a terminal with bracketed paste on sends it. */
const bracketed = (text: string) => `\x1b[200~${text}\x1b[201~`;

/** Waits until the search line has focus and holds exactly `query`, with its matches counted. */
async function waitForQuery(app: PtyApp, query: string) {
	await waitForScreen(
		app,
		() => !(app.lines()[0] ?? '').includes('press / to search') && searchText(app).trimEnd() === query && matchCount(app) !== undefined,
		{
			...slowWait,
			description: `the query ${JSON.stringify(query)} with its matches`,
		},
	);
}

/** Asserts the explorer still runs, bookmarked nothing and copied nothing. */
async function expectNoCommandRan(app: PtyApp) {
	await waitUntilHandled(app);
	expect(app.hasExited(), screenOf(app)).toBe(false);
	expect(app.output, 'nothing was sent to the clipboard').not.toContain('\x1b]52;');
	expect(await bookmarkedIds(app.configDir)).toEqual([]);
	expect(statusLine(app)).toMatch(/· 0 bookmarked/);
}

describe('a paste is text', () => {
	test('lora\\nbyq pasted in the list opens the search line with "lora byq": no bookmark, no copy, no quit', async () => {
		const app = await open();
		app.press(bracketed('lora\nbyq'));
		await waitForQuery(app, 'lora byq');
		await expectNoCommandRan(app);
	});

	test('a paste in the search line is inserted after what was typed', async () => {
		const app = await open();
		app.press('/');
		await waitForSearchFocus(app);
		app.press('lo');
		await waitForQuery(app, 'lo');
		app.press(bracketed('ra\r\nadapters\tq'));
		await waitForQuery(app, 'lora adapters q');
		await expectNoCommandRan(app);
	});

	test('a paste in the detail pane opens the search line too', async () => {
		const app = await open();
		app.press(keys.tab);
		await waitForScreen(app, () => app.lines().some(line => line.startsWith('»')), {...slowWait, description: 'focus on the detail'});
		app.press(bracketed('catastrophic\n'));
		await waitForQuery(app, 'catastrophic');
		await expectNoCommandRan(app);
	});

	test('a paste split across two reads 300 ms apart is still one paste', async () => {
		const app = await open();
		app.press('\x1b[200~lora\nb');
		await pause(300);
		app.press('yq\x1b[201~');
		await waitForQuery(app, 'lora byq');
		await expectNoCommandRan(app);
	});

	test('a paste whose start marker lost its Esc (read on its own) is still a paste', async () => {
		const app = await open();
		app.press('\x1b');
		// Read and handled before the rest is sent: the Esc is a read of its own.
		await waitUntilHandled(app);
		app.press('[200~lora\nbyq\x1b[201~');
		await waitForQuery(app, 'lora byq');
		await expectNoCommandRan(app);
	});

	test('control characters in a paste are dropped, not run', async () => {
		const app = await open();
		app.press(bracketed('lo\x03ra\x1b[31m\x7f\x04 q'));
		await waitForQuery(app, 'lora q');
		await expectNoCommandRan(app);
	});

	test('a 10 KB paste: the query keeps its first 2,000 characters, says so, and keys still work', async () => {
		const app = await open();
		const line = 'parameter efficient fine tuning of large language models';
		const lines = Array.from({length: Math.ceil(10_240 / (line.length + 1))}, (_unused, index) => `${line} ${index}`);
		const text = lines.join('\n');
		expect(text.length).toBeGreaterThanOrEqual(10_240);
		const query = text.replaceAll('\n', ' ').slice(0, 2000);
		app.press(bracketed(text));
		// The focused search line shows the end of the query.
		await waitForScreen(app, () => searchText(app).trimEnd().endsWith(query.slice(-40).trimEnd()) && matchCount(app) !== undefined, {
			...slowWait,
			description: 'the end of the cut query in the search line',
		});
		expect(statusLine(app)).toContain('Pasted text cut');
		await expectNoCommandRan(app);
		app.press(keys.enter);
		app.press('j');
		await waitForScreen(app, () => /^2\/\d+ /.test(statusLine(app)), {...slowWait, description: 'j to select the second match'});
	});

	test('mouse reports never reach the query', async () => {
		const app = await open();
		app.press('/');
		await waitForSearchFocus(app);
		app.press('lo');
		await waitForQuery(app, 'lo');
		app.press('\x1b[<64;3;3M\x1b[<65;3;3M\x1b[<0;10;5M\x1b[<0;10;5m\x1b[M`++\x1b[M !!');
		app.press('ra');
		await waitForQuery(app, 'lora');
		await waitUntilHandled(app);
		expect(searchText(app).trimEnd()).toBe('lora');
	});
});

/** Resolves with the exit, or rejects if the program is still running after 15 s. */
async function exitOf(app: PtyApp) {
	let timer: NodeJS.Timeout | undefined;
	try {
		return await Promise.race([
			app.exit,
			new Promise<never>((_resolve, reject) => {
				timer = setTimeout(() => reject(new Error(`still running:\n${screenOf(app)}`)), 15_000);
			}),
		]);
	} finally {
		clearTimeout(timer);
	}
}

describe('bracketed paste is on while the explorer is open, and off on every way out', () => {
	const waysOut: Array<[description: string, leave: (app: PtyApp) => void]> = [
		['q', app => app.press('q')],
		['Ctrl-C', app => app.press(keys.ctrlC)],
		['SIGTERM', app => app.kill('SIGTERM')],
		['SIGHUP', app => app.kill('SIGHUP')],
	];

	test.each(waysOut)('%s', async (_description, leave) => {
		const app = await open();
		expect(app.isBracketedPaste()).toBe(true);
		expect(app.screenText()).toContain(corpus.first.title);
		leave(app);
		await exitOf(app);
		expect(app.isBracketedPaste()).toBe(false);
		expect(app.isAlternateScreen()).toBe(false);
	});
});
