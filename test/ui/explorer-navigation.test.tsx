import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {keys} from '../support/keys.js';
import {numberedPapers, paperWithAbstractLines} from '../state/papers.js';
import {drawn, lines, press, renderExplorer, samplePapers} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

/** The titles in the list column of a wide frame (the list is the left 40% of the screen). */
function listTitles(frame: string | undefined, listColumns: number): string[] {
	return lines(frame)
		.slice(1, -1)
		.map(line =>
			line
				.slice(0, listColumns)
				.replace(/^[>» ][• ][* ] /, '')
				.trim(),
		)
		.filter(Boolean);
}

describe('the explorer on open', () => {
	test('shows the first title selected and its abstract, side by side at 100x24', async () => {
		const view = await renderExplorer({columns: 100, rows: 24});
		const frame = lines(view.lastFrame());
		expect(frame[0]).toBe('/ press / to search');
		expect(frame[1]).toBe('>•  Understanding Catastrophic Forgetti…← Understanding Catastrophic Forgetting');
		expect(frame[2]).toBe(' •  LoRAMoE: Mixture of Experts         │');
		expect(frame[3]).toBe(' •  Prompt Tuning at Scale              │ Fine-tuning makes models forget. See');
		expect(frame).toHaveLength(23);
		expect(frame.at(-1)).toMatch(/^1\/3 · 0 bookmarked · 3 unread +\/ search {2}Tab focus {2}b bookmark/);
	});

	test('stacks the list above the detail at 80x24', async () => {
		const view = await renderExplorer({columns: 80, rows: 24});
		const frame = lines(view.lastFrame());
		expect(frame[1]).toBe('>•  Understanding Catastrophic Forgetting');
		expect(frame[2]).toBe(' •  LoRAMoE: Mixture of Experts');
		// 8 list rows, then the separator, then the detail.
		expect(frame[9]).toBe(`─ ↑ list · Tab: detail ${'─'.repeat(57)}`);
		expect(frame[10]).toBe('Understanding Catastrophic Forgetting');
		expect(frame[12]).toBe('Fine-tuning makes models forget. See https://example.org/a.');
		expect(frame).toHaveLength(23);
	});

	test('says the terminal is too small at 40x10 instead of drawing the panes', async () => {
		const view = await renderExplorer({columns: 40, rows: 10});
		expect(lines(view.lastFrame()).slice(0, 2)).toEqual(['Terminal too small (40x10).', 'Needs 50x12. Enlarge it, or q to quit.']);
		expect(view.lastFrame()).not.toContain('Catastrophic');
	});

	test('draws the panes again when a too-small terminal is enlarged', async () => {
		const view = await renderExplorer({columns: 30, rows: 8});
		expect(view.lastFrame()).toContain('Terminal too small (30x8).');
		// ink-testing-library's stdout reports 100 columns and no rows (read as 24).
		view.stdout.emit('resize');
		await drawn(view);
		expect(lines(view.lastFrame())[1]).toBe('>•  Understanding Catastrophic Forgetti…← Understanding Catastrophic Forgetting');
	});
});

describe('moving in the list', () => {
	test('j selects the second paper and shows its abstract', async () => {
		const view = await renderExplorer();
		await press(view, 'j');
		const frame = lines(view.lastFrame());
		expect(frame[1]).toBe(' •  Understanding Catastrophic Forgetti…← LoRAMoE: Mixture of Experts');
		expect(frame[2]).toBe('>•  LoRAMoE: Mixture of Experts         │ Ada Lovelace');
		expect(frame[4]).toBe('                                        │ Low-rank adapters as experts keep world knowledge.');
		expect(frame.at(-1)).toMatch(/^2\/3 /);
	});

	test.each([
		['k', ['j', 'k'], 'Understanding Catastrophic Forgetting'],
		['↓', [keys.down], 'LoRAMoE: Mixture of Experts'],
		['↓ then ↑', [keys.down, keys.down, keys.up], 'LoRAMoE: Mixture of Experts'],
		['G', ['G'], 'Prompt Tuning at Scale'],
		['End', [keys.end], 'Prompt Tuning at Scale'],
		['G then g', ['G', 'g'], 'Understanding Catastrophic Forgetting'],
		['End then Home', [keys.end, keys.home], 'Understanding Catastrophic Forgetting'],
		['PgDn', [keys.pageDown], 'Prompt Tuning at Scale'],
		['j past the end', ['j', 'j', 'j', 'j'], 'Prompt Tuning at Scale'],
	])('%s selects the expected paper', async (_description, pressed, title) => {
		const view = await renderExplorer();
		await press(view, ...pressed);
		expect(lines(view.lastFrame())[1]).toContain(`← ${title}`);
	});

	test('takes several keys arriving in one read one by one', async () => {
		const view = await renderExplorer();
		await press(view, 'jj');
		expect(lines(view.lastFrame())[3]).toMatch(/^>• {2}Prompt Tuning at Scale/);
	});
});

describe('a list of 1,000 papers', () => {
	const thousand = numberedPapers(1000);

	test('draws only the rows that fit', async () => {
		const view = await renderExplorer({papers: thousand, columns: 100, rows: 24});
		const titles = listTitles(view.lastFrame(), 40);
		expect(titles).toHaveLength(21);
		expect(titles[0]).toBe('Paper 0001');
		expect(titles.at(-1)).toBe('Paper 0021');
	});

	test('shows the last title after moving to the end', async () => {
		const view = await renderExplorer({papers: thousand, columns: 100, rows: 24});
		await press(view, 'G');
		const frame = lines(view.lastFrame());
		const titles = listTitles(view.lastFrame(), 40);
		expect(titles).toHaveLength(21);
		expect(titles[0]).toBe('Paper 0980');
		expect(frame[21]).toBe(`>•  Paper 1000${' '.repeat(26)}│`);
		expect(frame[1]).toBe(` •  Paper 0980${' '.repeat(26)}← Paper 1000`);
		expect(frame.at(-1)).toMatch(/^1000\/1000 /);
	});

	test('scrolls one row when moving past the last visible row', async () => {
		const view = await renderExplorer({papers: thousand, columns: 100, rows: 24});
		await press(view, keys.pageDown, keys.pageDown);
		// A page is the list height less one: 20 rows, so two pages land on paper 41.
		const titles = listTitles(view.lastFrame(), 40);
		expect(titles[0]).toBe('Paper 0021');
		expect(titles.at(-1)).toBe('Paper 0041');
		expect(lines(view.lastFrame())[21]).toMatch(/^>• {2}Paper 0041/);
	});

	test('keeps the frame within the terminal after moving', async () => {
		const view = await renderExplorer({papers: thousand, columns: 80, rows: 24});
		await press(view, 'G', 'k', keys.pageUp);
		expect(lines(view.lastFrame())).toHaveLength(23);
	});
});

describe('the detail pane', () => {
	// At 100x24 the detail is 58 columns by 21 rows.
	const long = paperWithAbstractLines('a long paper', 40, 58);

	test('shows where it is when the abstract is longer than the pane', async () => {
		const view = await renderExplorer({papers: [long], columns: 100, rows: 24});
		expect(lines(view.lastFrame())[21]).toBe(`${' '.repeat(40)}│ ── lines 1–20 of 42 (48%) ↓  Tab to scroll`);
	});

	test('scrolls with j after Tab moves the focus to it', async () => {
		const view = await renderExplorer({papers: [long], columns: 100, rows: 24});
		await press(view, keys.tab, 'j', 'j');
		const frame = lines(view.lastFrame());
		expect(frame[21]).toBe(`${' '.repeat(40)}│ ── lines 3–22 of 42 (52%) ↓ ↑`);
		// Two lines down: past the title and the blank line to the first abstract line.
		expect(frame[1]).toBe(`»•  a long paper${' '.repeat(24)}→ ${'0'.repeat(57)}`);
	});

	test('scrolls to its end with G and back with g', async () => {
		const view = await renderExplorer({papers: [long], columns: 100, rows: 24});
		await press(view, keys.tab, 'G');
		expect(lines(view.lastFrame())[21]).toBe(`${' '.repeat(40)}│ ── lines 23–42 of 42 (100%) ↑`);
		await press(view, 'g');
		expect(lines(view.lastFrame())[21]).toBe(`${' '.repeat(40)}│ ── lines 1–20 of 42 (48%) ↓`);
	});

	test('moves the list again after a second Tab', async () => {
		const view = await renderExplorer({columns: 100, rows: 24});
		await press(view, keys.tab, keys.tab, 'j');
		expect(lines(view.lastFrame())[2]).toMatch(/^>• {2}LoRAMoE/);
	});
});

describe('sorting', () => {
	test('s names the order on the status line and orders the list; a full cycle returns to the plain order', async () => {
		const papers = samplePapers.map((paper, index) => ({...paper, year: [2019, 2024, 2021][index]!}));
		const view = await renderExplorer({papers});
		await press(view, 's');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · newest first · 0 bookmarked /);
		expect(lines(view.lastFrame())[1]).toContain('LoRAMoE');
		await press(view, 's', 's', 's', 's');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked /);
		expect(lines(view.lastFrame())[1]).toContain('Understanding Catastrophic');
	});
});
