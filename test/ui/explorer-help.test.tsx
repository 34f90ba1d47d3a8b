import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {helpSections, keyHints} from '../../src/keys/resolve-command.js';
import {keys} from '../support/keys.js';
import {fixtureServices, lines, press, renderExplorer, samplePapers} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

describe('the help overlay', () => {
	test('? lists every key of every mode with what it does, from the keymap', async () => {
		// 100x80: tall enough for all of the help at once.
		const view = await renderExplorer({columns: 100, rows: 80});
		await press(view, '?');
		const frame = lines(view.lastFrame());
		expect(frame[1]).toBe('Keys  (Esc closes)');
		expect(frame).toContain('List and detail');
		expect(frame).toContain('  j, ↓                   Next paper (scroll down in the detail and overlays)');
		expect(frame).toContain('  q, Ctrl-C              Quit');
		for (const section of helpSections()) {
			expect(frame).toContain(section.title);
			for (const row of section.rows) {
				expect(
					frame.some(line => line.startsWith(`  ${row.keys} `) && line.endsWith(` ${row.description}`)),
					`${row.keys}: ${row.description}`,
				).toBe(true);
			}
		}
	});

	test('shows the overlay hints on the status line', async () => {
		const view = await renderExplorer();
		await press(view, '?');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked · 3 unread +Esc close {2}q quit$/);
	});

	test.each([
		['Esc', keys.escape],
		['?', '?'],
	])('%s closes it and shows the explorer again', async (_description, key) => {
		const view = await renderExplorer();
		await press(view, '?', key);
		expect(view.lastFrame()).not.toContain('Keys');
		expect(lines(view.lastFrame())[1]).toBe('>•  Understanding Catastrophic Forgetti…← Understanding Catastrophic Forgetting');
	});

	test('scrolls with j when it is taller than the screen, saying where it is', async () => {
		const view = await renderExplorer({columns: 100, rows: 24});
		await press(view, '?');
		const total = helpSections().reduce((count, section) => count + section.rows.length + 2, 0);
		expect(lines(view.lastFrame())[1]).toBe(`Keys  lines 1–20 of ${total}  (Esc closes)`);
		expect(lines(view.lastFrame())[2]).toBe('List and detail');
		await press(view, 'j', 'j');
		expect(lines(view.lastFrame())[1]).toBe(`Keys  lines 3–22 of ${total}  (Esc closes)`);
		expect(lines(view.lastFrame())[2]).not.toBe('List and detail');
	});

	test('takes no list keys while open', async () => {
		const view = await renderExplorer();
		await press(view, '?', 'b', keys.escape);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked /);
	});

	test('draws within the terminal at 80x24', async () => {
		const view = await renderExplorer({columns: 80, rows: 24});
		await press(view, '?');
		expect(lines(view.lastFrame())).toHaveLength(23);
	});
});

describe('the status line hints', () => {
	const hintText = (mode: 'list' | 'search') =>
		keyHints(mode)
			.map(hint => `${hint.keys} ${hint.label}`)
			.join('  ');

	test("are the keymap's hints for the list", async () => {
		// 120 columns: wide enough for the counts and every hint.
		const view = await renderExplorer({columns: 120});
		expect(hintText('list')).toBe('/ search  Tab focus  b bookmark  B bookmarks  y copy  c cite  ? help  q quit');
		expect(
			lines(view.lastFrame())
				.at(-1)!
				.endsWith(` ${hintText('list')}`),
		).toBe(true);
	});

	test("are the keymap's hints for the search line while searching", async () => {
		const view = await renderExplorer();
		await press(view, '/');
		expect(
			lines(view.lastFrame())
				.at(-1)!
				.endsWith(` ${hintText('search')}`),
		).toBe(true);
	});

	test('keep only the hints that fit a narrow terminal, in keymap order, and always ? help', async () => {
		const view = await renderExplorer({columns: 50, rows: 12});
		expect(lines(view.lastFrame()).at(-1)).toBe(`1/3 · 0 bookmarked · 3 unread${' '.repeat(5)}/ search  ? help`);
	});
});

describe('the citation overlay', () => {
	const sixtyLines = Array.from({length: 60}, (_unused, index) => `line ${index + 1}`).join('\n');
	const services = () => ({...fixtureServices(samplePapers), citation: async () => sixtyLines});

	test('c opens the citation of the selected paper and Esc closes it', async () => {
		const view = await renderExplorer();
		await press(view, 'c');
		expect(lines(view.lastFrame())[1]).toBe('Citation  (Esc closes)');
		expect(lines(view.lastFrame())[2]).toBe('@misc{key, title = {{Understanding Catastrophic Forgetting}}}');
		await press(view, keys.escape);
		expect(view.lastFrame()).not.toContain('@misc');
	});

	test('scrolls a page with PgDn', async () => {
		const view = await renderExplorer({services: services()});
		await press(view, 'c', keys.pageDown);
		// 21 rows: a title row and 20 lines; a page is the rows less two.
		expect(lines(view.lastFrame())[1]).toBe('Citation  lines 20–39 of 60  (Esc closes)');
		expect(lines(view.lastFrame())[2]).toBe('line 20');
	});

	test('G scrolls to the last line', async () => {
		const view = await renderExplorer({services: services()});
		await press(view, 'c', 'G');
		expect(lines(view.lastFrame())).toContain('line 60');
	});
});
