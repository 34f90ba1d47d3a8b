import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import type {PtyApp} from '../support/pty-app.js';
import {screenOf, useExplorers, waitForStatus, waitUntilHandled} from './explorer-session.js';
import {hasTmux, TmuxExplorer} from './tmux-explorer.js';

// Titles and abstracts with emoji sequences whose width terminals disagree on (issue 8, item 9):
// string-width counts each as 2 columns, xterm.js draws the family as 4, the others as 1 or 2.
// Whatever the terminal does with them, the layout must hold and navigation must not corrupt it.

const {open} = useExplorers();

const family = '👨‍👩‍👧‍👦';
const technologist = '🧑‍💻';
const heart = '❤️';
const flags = '🇫🇷 🇩🇪 🇯🇵';

const emojiTitles = [
	`A ${family} of adapters for multilingual fine-tuning`,
	`The ${technologist} benchmark: programming with language models`,
	`Flags ${flags} and cross-lingual transfer`,
	`Why we ${heart} parameter-efficient tuning`,
];

const directory = mkdtempSync(path.join(tmpdir(), 'paper-tui-wide-'));
afterAll(() => rmSync(directory, {recursive: true, force: true}));

const corpusFile = path.join(directory, 'emoji.json');
const papers = Array.from({length: 30}, (_, index) => {
	const title =
		index < emojiTitles.length
			? emojiTitles[index]!
			: index % 5 === 0
				? `Paper ${index} with ${family} ${heart} ${flags} ${technologist} mixed in`
				: `Plain paper number ${index} about instruction tuning`;
	const emojiSentence = index % 2 === 0 ? ` A ${family} sentence, ${technologist} and ${heart} inside the abstract ${flags}.` : '';
	return {
		title,
		abstract:
			`Abstract of paper ${index}.${emojiSentence} We study adapters and prompts across many tasks and languages, with results that hold at every scale we tried.`.repeat(
				3,
			),
	};
});
writeFileSync(corpusFile, JSON.stringify(papers));

/** The column of the list/detail divider on each row that has one (no character here is wide in xterm.js). */
/** Where the divider is on each row that has one: `│`, or at its top the focus marker (`←` list, `→` detail). */
function dividerColumns(app: PtyApp): number[] {
	return app.lines().flatMap(line => {
		const column = Array.from(line).findIndex(character => character === '│' || character === '←' || character === '→');
		return column === -1 ? [] : [column];
	});
}

/** One status line, and the divider in one column from under the search line to above the status line. */
function expectLayoutKept(app: PtyApp) {
	const lines = app.lines();
	expect(
		lines.filter(line => /(?:^|\s)\d+\/30(?!\d)/.test(line)),
		screenOf(app),
	).toHaveLength(1);
	expect(lines[0], screenOf(app)).toMatch(/^\/ /);
	const columns = dividerColumns(app);
	expect(columns, screenOf(app)).toHaveLength(app.rows - 3);
	expect(new Set(columns).size, screenOf(app)).toBe(1);
}

async function settled(app: PtyApp, selected: number): Promise<string> {
	await waitForStatus(app, `${selected}/30`);
	await waitUntilHandled(app);
	return app.screenText();
}

describe('emoji sequences keep the layout at 120x40', () => {
	test('j/k through titles with ZWJ families, technologists, flags and ❤️ never corrupt the screen', async () => {
		const app = await open({cols: 120, rows: 40, args: ['--corpus', corpusFile]}, 30);
		const fresh = await settled(app, 1);
		expectLayoutKept(app);

		let selected = 1;
		for (const key of [...'jjjjjj', ...'kkk', ...'jjjjjj', ...'kkkkkkkkk']) {
			selected += key === 'j' ? 1 : -1;
			app.press(key);
			await settled(app, selected);
			expectLayoutKept(app);
		}

		expect(selected).toBe(1);
		expect(app.screenText(), screenOf(app)).toBe(fresh);
	});

	test('each selection looks the same however it was reached', async () => {
		const direct = await open({cols: 120, rows: 40, args: ['--corpus', corpusFile]}, 30);
		const roundabout = await open({cols: 120, rows: 40, args: ['--corpus', corpusFile]}, 30);
		for (let selected = 2; selected <= 6; selected++) {
			direct.press('j');
			const directScreen = await settled(direct, selected);
			// The other way: one past it and back.
			for (const key of 'jjk') {
				roundabout.press(key);
				// Handled before the next is sent: one read per key.
				await waitUntilHandled(roundabout);
			}
			expect(await settled(roundabout, selected), screenOf(roundabout)).toBe(directScreen);
		}
	});
});

describe.skipIf(!hasTmux)('emoji sequences keep the layout in a real tmux', () => {
	const sessions: TmuxExplorer[] = [];
	afterEach(() => {
		for (const session of sessions.splice(0)) session.dispose();
	});

	test('j/k and back: one status line throughout, and the first screen again', async () => {
		const session = new TmuxExplorer(120, 40, ['--corpus', corpusFile]);
		sessions.push(session);
		const at = (selected: number) => (lines: string[]) =>
			lines.length === 40 &&
			lines[0]!.startsWith('/ ') &&
			lines.filter(line => /(?:^|\s)\d+\/30(?!\d)/.test(line)).length === 1 &&
			new RegExp(`^${selected}/30 `).test(lines.at(-2) ?? '');
		const fresh = await session.settledLines(at(1), '1/30');
		let selected = 1;
		for (const key of [...'jjjjjj', ...'kkk', ...'jjjjjj', ...'kkkkkkkkk']) {
			selected += key === 'j' ? 1 : -1;
			session.type(key);
			await session.settledLines(at(selected), `${selected}/30 and one status line`, {quietMs: 150});
		}
		expect((await session.settledLines(at(1), '1/30')).join('\n')).toBe(fresh.join('\n'));
	});
});
