import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {keys} from '../support/keys.js';
import {fixtureServices, lines, press, renderExplorer, samplePapers} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

const statusLine = (frame: string | undefined) => lines(frame).at(-1) ?? '';

describe('? help stays on the status line', () => {
	test.each([50, 64, 80, 100])('at %i columns in the list', async columns => {
		const view = await renderExplorer({columns, rows: 24});
		expect(statusLine(view.lastFrame())).toMatch(/ \? help( {2}|$)/);
		expect(statusLine(view.lastFrame())).toHaveLength(columns);
	});

	test.each([50, 80])('at %i columns in the detail', async columns => {
		const view = await renderExplorer({columns, rows: 24});
		await press(view, keys.tab);
		expect(statusLine(view.lastFrame())).toMatch(/ \? help( {2}|$)/);
	});

	test.each([50, 80, 120])('at %i columns beside a long message, which is cut instead', async columns => {
		const view = await renderExplorer({columns, rows: 24});
		await press(view, 'b');
		const status = statusLine(view.lastFrame());
		expect(status).toMatch(/^1\/3 · 1 bookmarked · 3 unread · Bookm/);
		expect(status).toMatch(/ \? help( {2}q quit)?$/);
		expect(status.length).toBeLessThanOrEqual(columns);
	});

	test('in the help and citation views, the way out stays', async () => {
		const view = await renderExplorer({columns: 50, rows: 24});
		await press(view, '?');
		expect(statusLine(view.lastFrame())).toMatch(/Esc close/);
	});
});

describe('the focused pane is marked on the separator, in text as well as colour', () => {
	test.each([[{}], [{NO_COLOR: '1'}]])('side by side (env %j): ← points at the list, → at the detail after Tab', async environment => {
		const view = await renderExplorer({environment});
		expect(lines(view.lastFrame())[1]!.slice(40, 42)).toBe('← ');
		expect(lines(view.lastFrame())[2]!.slice(40, 41)).toBe('│');
		await press(view, keys.tab);
		expect(lines(view.lastFrame())[1]!.slice(40, 42)).toBe('→ ');
	});

	test.each([[{}], [{NO_COLOR: '1'}]])('stacked (env %j): the separator names the focused pane', async environment => {
		const view = await renderExplorer({columns: 80, rows: 24, environment});
		expect(lines(view.lastFrame())[9]).toBe(`─ ↑ list · Tab: detail ${'─'.repeat(57)}`);
		await press(view, keys.tab);
		expect(lines(view.lastFrame())[9]).toBe(`─ ↓ detail · Tab: list ${'─'.repeat(57)}`);
	});
});

describe('empty-list hints wrap in the list pane', () => {
	test('at 50 columns the whole hint is there, on several rows', async () => {
		const view = await renderExplorer({columns: 50, rows: 24});
		await press(view, 'B');
		const text = lines(view.lastFrame()).slice(1, 6).join(' ').replaceAll(/\s+/g, ' ');
		expect(text).toContain('No bookmarks yet: press b on a paper. B shows all papers.');
		expect(view.lastFrame()).not.toContain('…');
	});
});

describe('the citation view', () => {
	test('a row after one that filled the width exactly does not start with a space', async () => {
		// The overlay is 100 columns wide: `x` ends the first row exactly, the space falls at the break.
		const citation = `${'a'.repeat(99)}x then the rest of the line`;
		const services = {...fixtureServices(samplePapers), citation: async () => citation};
		const view = await renderExplorer({services});
		await press(view, 'c');
		const rows = lines(view.lastFrame());
		expect(rows[2]).toBe(`${'a'.repeat(99)}x`);
		expect(rows[3]).toBe('then the rest of the line');
	});
});
