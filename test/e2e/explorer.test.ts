import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {decodeOsc52} from '../support/decode-osc52.js';
import {countFullScreenClears} from '../support/escape-sequences.js';
import {keys, type PtyApp} from '../support/pty-app.js';
import {
	bookmarkedIds,
	corpus,
	matchCount,
	pause,
	readConfigFile,
	rowsContaining,
	screenOf,
	searchText,
	selectedRow,
	slowWait,
	statusLine,
	toggleBookmark,
	useExplorers,
	waitForSearchFocus,
	waitForSearchLeft,
	waitForStatus,
	waitForScreen,
	waitUntilHandled,
} from './explorer-session.js';

const {start, open, makeTempDir} = useExplorers();

/** Waits for the search line to hold `query` and the status line to count its matches. */
async function waitForQuery(app: PtyApp, query: string, isRanked: () => boolean = () => true) {
	await waitForScreen(app, () => searchText(app).trimEnd() === query && matchCount(app) !== undefined && isRanked(), {
		...slowWait,
		description: `query "${query}" with a match count`,
	});
}

/** Whether the list shows the results for `lora` (LoRAMoE first), not all papers. */
function showsLoraResults(app: PtyApp): boolean {
	return (selectedRow(app) ?? '').includes('LoRAMoE') && (matchCount(app) ?? corpus.total) < corpus.total;
}

describe('first screen', () => {
	test.each([
		[120, 40],
		[80, 24],
	])('at %ix%i shows the first title and abstract, 1/77, on the alternate screen; j shows the second', async (cols, rows) => {
		const app = await open({cols, rows});
		await waitForScreen(app, corpus.first.abstractStart);

		expect(app.isAlternateScreen()).toBe(true);
		expect(app.screenText()).toContain(corpus.first.title);
		expect(statusLine(app)).toMatch(/^1\/77 /);
		expect(selectedRow(app), screenOf(app)).toContain('Improving Large Language Model');

		app.press('j');
		await waitForStatus(app, '2/77');
		await waitForScreen(app, corpus.second.abstractStart);
		expect(app.screenText()).not.toContain(corpus.first.abstractStart);
		expect(selectedRow(app), screenOf(app)).toContain('Preserving In-Context');
		expect(rowsContaining(app, /(?:^|\s)\d+\/77(?!\d)/)).toBe(1);
	});

	test('keys typed while the explorer starts are not echoed onto its screen', async () => {
		const app = await start();
		const typing = setInterval(() => app.press('§'), 2);
		try {
			await waitForStatus(app, '1/77');
			// Keep typing for a while after the first frame.
			await pause(200);
		} finally {
			clearInterval(typing);
		}
		await waitUntilHandled(app);

		expect(app.screenText(), screenOf(app)).not.toContain('§');
		expect(app.lines()[0]).toBe('/ press / to search');
		expect(selectedRow(app)).toContain('Improving Large Language Model');
	});

	test('at 120x40 the list and the detail are side by side', async () => {
		const app = await open({cols: 120, rows: 40});
		await waitForScreen(app, corpus.first.abstractStart);

		const titleRow = app.lines().find(line => line.includes(corpus.first.title));
		expect(titleRow, screenOf(app)).toBeDefined();
		// The separator's top cell marks the focused pane (← the list).
		const [listPart = '', detailPart = ''] = titleRow!.split(/[│←→]/);
		// The second cell is the unread marker: the first paper becomes read once shown for 3 s.
		expect(listPart).toMatch(/^>[ •] {2}Improving Large Language Model/);
		expect(detailPart.trim()).toBe(corpus.first.title);
		const abstractRow = app.lines().find(line => line.includes(corpus.first.abstractStart));
		expect(abstractRow, screenOf(app)).toMatch(/^ [ •] {2}\S.*│ Despite their success/);
	});

	test('at 80x24 the list is above the detail', async () => {
		const app = await open({cols: 80, rows: 24});
		await waitForScreen(app, corpus.first.abstractStart);

		const lines = app.lines();
		expect(
			lines.some(line => line.includes('│')),
			screenOf(app),
		).toBe(false);
		const listRow = lines.findIndex(line => line.startsWith('>') && line.includes(corpus.first.title));
		const separatorRow = lines.findIndex(line => /^─ ↑ list · Tab: detail ─{20,}$/.test(line));
		const detailTitleRow = lines.findIndex((line, index) => index > separatorRow && line === corpus.first.title);
		const abstractRow = lines.findIndex(line => line.startsWith(corpus.first.abstractStart));
		expect(listRow, screenOf(app)).toBeGreaterThan(0);
		expect(separatorRow).toBeGreaterThan(listRow);
		expect(detailTitleRow).toBeGreaterThan(separatorRow);
		expect(abstractRow).toBeGreaterThan(detailTitleRow);
		expect(lines.slice(listRow + 1, separatorRow).some(line => line.includes('Preserving In-Context'))).toBe(true);
	});
});

describe('search', () => {
	/** LoRAMoE is the best match for `lora`; every listed row is a LoRA paper, far fewer than 77. */
	function expectLoraResults(app: PtyApp) {
		const matches = matchCount(app);
		expect(matches, screenOf(app)).toBeGreaterThan(0);
		expect(matches).toBeLessThan(corpus.total);
		expect(statusLine(app)).toMatch(new RegExp(`^1/${matches} `));
		expect(selectedRow(app), screenOf(app)).toContain('LoRAMoE');
		expect(app.screenText()).not.toContain(corpus.first.title);
	}

	async function expectEscapeEscapeRestoresAll(app: PtyApp) {
		app.press(keys.escape);
		await waitForScreen(app, () => searchText(app).trim() === '' && matchCount(app) === undefined, {
			...slowWait,
			description: 'the query to be cleared',
		});
		await waitForStatus(app, '1/77');
		expect(app.lines()[0], 'one Esc keeps the search line').not.toContain('press / to search');

		app.press(keys.escape);
		await waitForSearchLeft(app);
		await waitForScreen(app, corpus.first.abstractStart);
		expect(statusLine(app)).toMatch(/^1\/77 /);
		expect(selectedRow(app)).toContain('Improving Large Language Model');
	}

	test('/ then lora, typed one key at a time, narrows to LoRA papers; Esc Esc restores all 77 (8 times running)', async () => {
		const app = await open();
		for (let round = 1; round <= 8; round++) {
			app.press('/');
			await waitForSearchFocus(app);
			for (const [index, letter] of [...'lora'].entries()) {
				app.press(letter);
				const typed = 'lora'.slice(0, index + 1);
				await waitForScreen(app, () => searchText(app).trimEnd() === typed && matchCount(app) !== undefined, {
					timeoutMs: 5000,
					description: `round ${round}: query "${typed}"`,
				});
			}
			await waitForQuery(app, 'lora', () => showsLoraResults(app));
			expectLoraResults(app);
			await expectEscapeEscapeRestoresAll(app);
		}
	});

	test('/lora written in one read searches for lora; Esc Esc restores all 77', async () => {
		const app = await open();
		app.press('/lora');
		await waitForQuery(app, 'lora', () => showsLoraResults(app));

		expectLoraResults(app);
		await expectEscapeEscapeRestoresAll(app);
	});

	test('a word typed fast (30 ms per key) arrives whole in the search line', async () => {
		const app = await open();
		app.press('/lora');
		await waitForQuery(app, 'lora', () => showsLoraResults(app));
		app.press(keys.ctrlU);
		await waitForStatus(app, '1/77');

		await app.type('catastrophic', {delayMs: 30});
		await waitForScreen(app, () => searchText(app).trimEnd() === 'catastrophic' && (selectedRow(app) ?? '').includes('Catastrophic'), {
			timeoutMs: 5000,
			description: 'query "catastrophic" and its results',
		});
		expect(matchCount(app)).toBeLessThan(corpus.total);
	});

	test('Ctrl-U clears the query and Ctrl-W deletes the last word', async () => {
		const app = await open();
		app.press('/task lora');
		await waitForQuery(app, 'task lora', () => (matchCount(app) ?? corpus.total) < corpus.total);

		app.press(keys.ctrlW);
		await waitForScreen(app, () => searchText(app).trimEnd() === 'task', {...slowWait, description: 'query "task" after Ctrl-W'});

		app.press(keys.ctrlU);
		await waitForScreen(app, () => searchText(app).trim() === '' && matchCount(app) === undefined, {
			...slowWait,
			description: 'an empty query after Ctrl-U',
		});
		await waitForStatus(app, '1/77');
		expect(app.lines()[0], 'Ctrl-U keeps the search line').not.toContain('press / to search');
	});

	// If this fails: a control or Alt chord inserted a character, or moved the cursor so that the
	// next letter landed inside the query instead of at its end.
	test('no control or Alt chord inserts a letter into the query', async () => {
		const app = await open();
		app.press('/lor');
		await waitForQuery(app, 'lor', () => (matchCount(app) ?? corpus.total) < corpus.total);

		const chords = [
			'\x01',
			'\x02',
			'\x04',
			'\x05',
			'\x06',
			'\x0b',
			'\x0e',
			'\x10',
			'\x12',
			'\x14',
			'\x18',
			'\x19',
			'\x1bx',
			'\x1bb',
			'\x1bf',
		];
		for (const chord of chords) {
			app.press(chord);
			// Handled before the next is sent, so each chord is a read of its own.
			await waitUntilHandled(app);
		}
		expect(searchText(app).trimEnd(), screenOf(app)).toBe('lor');
		expect(app.hasExited()).toBe(false);

		app.press('a');
		await waitForQuery(app, 'lora', () => showsLoraResults(app));
		expectLoraResults(app);
	});

	test('a query that matches nothing says so', async () => {
		const app = await open();
		app.press('/zzqxv');
		await waitForScreen(app, () => app.screenText().includes('No papers match') && matchCount(app) === 0, {
			...slowWait,
			description: '"No papers match" and 0 matches',
		});

		expect(app.screenText()).toContain('No papers match “zzqxv”');
		expect(statusLine(app)).toMatch(/^0\/0 /);
		expect(app.screenText()).not.toContain(corpus.first.title);
	});
});

describe('bookmarks', () => {
	test('b marks the selected paper, saves it, and B shows only bookmarked papers', async () => {
		const app = await open();
		expect(statusLine(app)).toContain('0 bookmarked');

		await toggleBookmark(app, 1);
		expect(selectedRow(app), screenOf(app)).toMatch(/^>[ •]\* Improving Large Language Model/);
		expect(rowsContaining(app, /^..\* /), 'only one row carries the bookmark marker').toBe(1);
		expect(readConfigFile(app.configDir)).toContain(corpus.first.id);
		expect(await bookmarkedIds(app.configDir)).toEqual([corpus.first.id]);

		app.press('B');
		await waitForStatus(app, '1/1');
		expect(app.lines()[0]).toContain('[bookmarks]');
		expect(app.screenText()).toContain(corpus.first.title);
		expect(app.screenText(), 'only the bookmarked paper is listed').not.toContain('Preserving In-Context');

		app.press('B');
		await waitForStatus(app, '1/77');
		expect(app.screenText()).toContain('Preserving In-Context');

		await toggleBookmark(app, 0);
		expect(selectedRow(app)).toMatch(/^>[ •] {2}Improving Large Language Model/);
		expect(await bookmarkedIds(app.configDir)).toEqual([]);
	});

	test('b pressed as soon as the list shows bookmarks the paper', async () => {
		const app = await open();
		app.press('b');
		await waitForScreen(app, () => statusLine(app).includes('1 bookmarked'), {timeoutMs: 5000, description: '1 bookmarked'});
		expect(selectedRow(app)).toMatch(/^>[ •]\* Improving/);
	});
});

describe('overlays', () => {
	test('? shows the help and Esc closes it', async () => {
		const app = await open();
		app.press('?');
		await waitForScreen(app, 'Bookmark or unbookmark the selected paper');
		expect(app.screenText()).not.toContain(corpus.first.abstractStart);

		app.press(keys.escape);
		await waitForScreen(app, corpus.first.abstractStart);
		expect(app.screenText()).not.toContain('Bookmark or unbookmark the selected paper');
	});

	test('c shows the citation (BibTeX and JSON) and Esc closes it', async () => {
		const app = await open();
		app.press('c');
		await waitForScreen(app, '@misc{');
		await waitForScreen(app, '"title"');
		expect(app.screenText()).toContain(corpus.first.title);

		app.press(keys.escape);
		await waitForScreen(app, () => !app.screenText().includes('@misc{'), {...slowWait, description: 'the citation view to close'});
		expect(app.screenText()).toContain(corpus.first.abstractStart);
		expect(statusLine(app)).toMatch(/^1\/77 /);
	});
});

describe('copy', () => {
	test('y writes an OSC 52 sequence carrying the selected title', async () => {
		const app = await open();
		app.press('j');
		await waitForStatus(app, '2/77');
		const mark = app.mark();

		app.press('y');
		await waitForScreen(app, () => decodeOsc52(app.outputSince(mark)).length > 0, {...slowWait, description: 'an OSC 52 write'});
		const copied = app.outputSince(mark);
		expect(copied).toContain('\x1b]52;c;');
		expect(copied).not.toContain('\x1bPtmux;');
		const payloads = decodeOsc52(copied);
		expect(payloads).toHaveLength(1);
		expect(payloads[0]).toContain(corpus.second.title);
		await waitForScreen(app, `Sent to the terminal clipboard (${Buffer.byteLength(payloads[0]!)} bytes): “Preserving In-Context`);
	});

	test('inside tmux the OSC 52 sequence is sent plain (for set-clipboard on) and wrapped for passthrough', async () => {
		const app = await open({env: {TMUX: '/tmp/tmux-1000/default,1234,0', TERM: 'screen-256color'}});
		const mark = app.mark();

		app.press('y');
		await waitForScreen(app, () => decodeOsc52(app.outputSince(mark)).length > 1, {...slowWait, description: 'two OSC 52 writes'});
		const copied = app.outputSince(mark);
		expect(copied).toContain('\x1bPtmux;\x1b\x1b]52;c;');
		expect(decodeOsc52(copied.replace(/\x1bPtmux;(?:\x1b\x1b|[^\x1b])*\x1b\\/g, ''))).toEqual([
			expect.stringContaining(corpus.first.title),
		]);
		expect(decodeOsc52(copied)).toEqual([expect.stringContaining(corpus.first.title), expect.stringContaining(corpus.first.title)]);
	});
});

describe('rendering', () => {
	test('no full-screen clear after the first frame while navigating and searching', async () => {
		const app = await open();
		await waitForScreen(app, corpus.first.abstractStart);
		const mark = app.mark();

		for (const key of ['j', 'j', 'k', 'G', 'g', keys.down, keys.pageDown, keys.pageUp]) {
			app.press(key);
			await app.settled();
		}
		await waitForStatus(app, '1/77');
		app.press('/lora');
		await waitForQuery(app, 'lora', () => showsLoraResults(app));
		app.press(keys.down);
		await waitForScreen(app, () => /^2\/\d+ /.test(statusLine(app)), {...slowWait, description: 'the second result selected'});
		app.press(keys.backspace);
		await waitForScreen(app, () => searchText(app).trimEnd() !== 'lora' && matchCount(app) !== undefined, {
			...slowWait,
			description: 'the query edited by Backspace',
		});
		app.press(keys.escape);
		await waitForScreen(app, () => matchCount(app) === undefined, {...slowWait, description: 'the query cleared'});
		await waitForStatus(app, '1/77');

		expect(countFullScreenClears(app.outputSince(mark))).toBe(0);
	});

	test('a corpus with escape sequences in its text shows them cleaned and never emits them', async () => {
		const directory = makeTempDir();
		const corpusFile = path.join(directory, 'hostile.json');
		writeFileSync(
			corpusFile,
			JSON.stringify([
				{
					title: 'Evil \u001b]0;pwned\u0007Title \u001b[2Jhere',
					abstract: 'An abstract \u001b[2J with a clear \u001b]0;pwned2\u0007 and a title change.',
				},
				{title: 'Second \u001b[2J\u001b]0;pwned3\u0007paper', abstract: 'Plain text.'},
			]),
		);

		const app = await open({args: ['--corpus', corpusFile]}, 2);
		await waitForScreen(app, 'An abstract with a clear and a title change.');
		const mark = app.mark();
		expect(app.screenText()).toContain('Evil Title here');
		expect(app.screenText()).not.toContain('pwned');

		app.press('j');
		await waitForStatus(app, '2/2', slowWait);
		await waitForScreen(app, 'Plain text.');
		app.press('k');
		await waitForStatus(app, '1/2', slowWait);

		expect(app.output).not.toContain('\x1b]0;');
		expect(app.outputSince(mark)).not.toContain('\x1b[2J');
	});
});

/** Every colour parameter in the SGR sequences of `output` (foreground, background, 256/true colour). */
function colourParameters(output: string): string[] {
	const found: string[] = [];
	for (const [, parameters = ''] of output.matchAll(/\x1b\[([\d;:]*)m/g)) {
		const values = parameters.split(/[;:]/).map(Number);
		for (let index = 0; index < values.length; index++) {
			const value = values[index]!;
			if (value === 38 || value === 48) {
				found.push(parameters);
				break;
			}
			if ((value >= 30 && value <= 37) || (value >= 40 && value <= 47) || (value >= 90 && value <= 97) || (value >= 100 && value <= 107)) {
				found.push(parameters);
			}
		}
	}
	return found;
}

describe('NO_COLOR', () => {
	/** Walks through the screens that use colour: list, detail, search highlights, help, citation, messages. */
	async function visitColouredScreens(app: PtyApp) {
		await waitForScreen(app, corpus.first.abstractStart);
		await toggleBookmark(app, 1);
		app.press('/lora');
		await waitForScreen(app, () => showsLoraResults(app), {...slowWait, description: 'results for lora'});
		app.press(keys.enter);
		await waitUntilHandled(app);
		app.press('?');
		await waitForScreen(app, 'Bookmark or unbookmark the selected paper');
		app.press(keys.escape);
		await waitForScreen(app, () => !app.screenText().includes('Bookmark or unbookmark'), {...slowWait, description: 'help closed'});
		app.press('c');
		await waitForScreen(app, '@misc{');
		app.press(keys.escape);
		await waitForScreen(app, () => !app.screenText().includes('@misc{'), {...slowWait, description: 'citation closed'});
	}

	test('without NO_COLOR the explorer does use colour (the detector works)', async () => {
		const app = await open();
		await visitColouredScreens(app);
		expect(colourParameters(app.output).length).toBeGreaterThan(0);
	});

	test('NO_COLOR=1 writes no colour codes; bold or inverse may stay', async () => {
		const app = await open({env: {NO_COLOR: '1'}});
		await visitColouredScreens(app);
		expect(colourParameters(app.output)).toEqual([]);
	});
});
