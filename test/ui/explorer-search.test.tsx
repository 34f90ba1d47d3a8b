import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {keys} from '../support/keys.js';
import {drawn, lines, press, renderExplorer, type} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

/** The search line without the input's cursor cell. */
function searchLine(frame: string | undefined): string {
	return lines(frame)[0]!.trimEnd();
}

/** Titles in the list column (the left 40 columns at 100x24). */
function listTitles(frame: string | undefined): string[] {
	return lines(frame)
		.slice(1, -1)
		.map(line =>
			line
				.slice(0, 40)
				.replace(/^[>» ][• ][* ] /, '')
				.trim(),
		)
		.filter(Boolean);
}

const allTitles = ['Understanding Catastrophic Forgetti…', 'LoRAMoE: Mixture of Experts', 'Prompt Tuning at Scale'];

/** Opens the search line and enters `text` in one read, as a paste or a fast typist over SSH would. */
async function searchFor(text: string) {
	const view = await renderExplorer();
	await press(view, '/', text);
	return view;
}

describe('the search line', () => {
	test('/ focuses it and shows the search hints', async () => {
		const view = await renderExplorer();
		await press(view, '/');
		expect(searchLine(view.lastFrame())).toBe('/');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/Enter list {2}Esc clear\/leave {2}Ctrl-C quit$/);
	});

	test('typing lora narrows the list to the LoRA paper', async () => {
		const view = await renderExplorer();
		await press(view, '/');
		await type(view, 'lora');
		expect(searchLine(view.lastFrame())).toBe('/ lora');
		expect(listTitles(view.lastFrame())).toEqual(['LoRAMoE: Mixture of Experts']);
		expect(lines(view.lastFrame())[1]).toBe('>•  LoRAMoE: Mixture of Experts         ← LoRAMoE: Mixture of Experts');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/1 · 1 match · 0 bookmarked /);
	});

	test('re-ranks on every keystroke', async () => {
		const view = await renderExplorer();
		await press(view, '/');
		await type(view, 'tun');
		expect(listTitles(view.lastFrame())).toEqual(['Prompt Tuning at Scale', 'Understanding Catastrophic Forgetti…']);
		await press(view, keys.backspace, keys.backspace, keys.backspace);
		expect(listTitles(view.lastFrame())).toEqual(allTitles);
		await type(view, 'lor');
		expect(listTitles(view.lastFrame())).toEqual(['LoRAMoE: Mixture of Experts']);
	});

	test('Esc clears the query and shows every paper, staying in the search line', async () => {
		const view = await searchFor('lora');
		await press(view, keys.escape);
		expect(searchLine(view.lastFrame())).toBe('/');
		expect(listTitles(view.lastFrame())).toEqual(allTitles);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/Enter list {2}Esc clear\/leave/);
	});

	test('a second Esc leaves the search line', async () => {
		const view = await searchFor('lora');
		await press(view, keys.escape, keys.escape);
		expect(searchLine(view.lastFrame())).toBe('/ press / to search');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/\/ search {2}Tab focus/);
		await press(view, 'j');
		expect(lines(view.lastFrame())[2]).toMatch(/^>• {2}LoRAMoE/);
	});

	test('Enter returns to the list keeping the query', async () => {
		const view = await renderExplorer();
		await press(view, '/', 'tuning', keys.enter);
		expect(searchLine(view.lastFrame())).toBe('/ tuning');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/\/ search {2}Tab focus/);
		const selected = lines(view.lastFrame())[1];
		await press(view, 'j');
		// j moves the list now instead of typing.
		expect(searchLine(view.lastFrame())).toBe('/ tuning');
		expect(lines(view.lastFrame())[1]).not.toBe(selected);
	});

	test('↓ and ↑ move the list while typing', async () => {
		const view = await renderExplorer();
		await press(view, '/', keys.down);
		expect(lines(view.lastFrame())[2]).toMatch(/^>• {2}LoRAMoE/);
		await press(view, keys.down, keys.up);
		expect(lines(view.lastFrame())[2]).toMatch(/^>• {2}LoRAMoE/);
		expect(searchLine(view.lastFrame())).toBe('/');
	});

	test('letters that are commands in the list are text in the search line', async () => {
		const view = await renderExplorer();
		await press(view, '/');
		await type(view, 'jGbq?');
		expect(searchLine(view.lastFrame())).toBe('/ jGbq?');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/0 bookmarked/);
	});

	test('says no papers match a query with no result', async () => {
		const view = await searchFor('xyzzy');
		expect(
			lines(view.lastFrame())
				.slice(1, 3)
				.map(line => line.slice(0, 40).trimEnd()),
		).toEqual(['No papers match “xyzzy”. Esc clears the', 'search.']);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^0\/0 · 0 matches · 0 bookmarked /);
	});

	test('/ followed by text in the same read opens the search with that text', async () => {
		const view = await renderExplorer();
		await press(view, '/lora');
		expect(searchLine(view.lastFrame())).toBe('/ lora');
		expect(listTitles(view.lastFrame())).toEqual(['LoRAMoE: Mixture of Experts']);
	});
});

describe('editing the query', () => {
	test('Backspace erases the last character', async () => {
		const view = await searchFor('loraa');
		await press(view, keys.backspace);
		expect(searchLine(view.lastFrame())).toBe('/ lora');
		expect(listTitles(view.lastFrame())).toEqual(['LoRAMoE: Mixture of Experts']);
	});

	test('Ctrl-U clears the query and inserts no u', async () => {
		const view = await searchFor('lora');
		await press(view, keys.ctrlU);
		expect(searchLine(view.lastFrame())).toBe('/');
		expect(listTitles(view.lastFrame())).toEqual(allTitles);
		await press(view, 'x');
		expect(searchLine(view.lastFrame())).toBe('/ x');
	});

	test('Ctrl-W deletes the last word and inserts no w', async () => {
		const view = await searchFor('prompt lora');
		await press(view, keys.ctrlW);
		expect(searchLine(view.lastFrame())).toBe('/ prompt');
		expect(view.lastFrame()).not.toContain('prompt w');
		await press(view, keys.ctrlW);
		expect(searchLine(view.lastFrame())).toBe('/');
	});

	test('Alt-x inserts nothing', async () => {
		const view = await searchFor('lora');
		await press(view, '\u001Bx');
		expect(searchLine(view.lastFrame())).toBe('/ lora');
	});

	test.each([
		['Ctrl-A', '\u0001'],
		['Ctrl-K', '\u000B'],
		['Tab', keys.tab],
		['PgDn', keys.pageDown],
	])('%s inserts nothing', async (_description, key) => {
		const view = await searchFor('lora');
		await press(view, key);
		expect(searchLine(view.lastFrame())).toBe('/ lora');
	});

	test('pasted text with a line break is searched as spaces', async () => {
		const view = await renderExplorer();
		await press(view, '/', 'prompt\ttuning');
		expect(searchLine(view.lastFrame())).toBe('/ prompt tuning');
		expect(listTitles(view.lastFrame())[0]).toBe('Prompt Tuning at Scale');
	});

	test('typing after Alt-x continues at the end of the query', async () => {
		const view = await searchFor('lora');
		await press(view, '\u001Bx', 'a', 'b');
		expect(searchLine(view.lastFrame())).toBe('/ loraab');
	});

	test('a letter typed right after / goes into the query, even before the frame is drawn', async () => {
		const view = await renderExplorer();
		view.stdin.write('/');
		view.stdin.write('q');
		await drawn(view);
		expect(searchLine(view.lastFrame())).toBe('/ q');
	});
});
