import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import type {Span} from '../../src/types.js';
import {HighlightedText, spansWithin} from '../../src/ui/HighlightedText.js';
import {createTheme, ThemeContext, type Theme} from '../../src/ui/theme.js';
import {press, renderExplorer} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

// Ink's chalk found no colour terminal when it was loaded; this file's frames need the match
// style's escape codes, so it turns colour on in Ink's own chalk for its tests, and back after.
const requireHere = createRequire(import.meta.url);
const inksChalkFile = createRequire(requireHere.resolve('ink')).resolve('chalk');
const {default: inksChalk} = (await import(pathToFileURL(inksChalkFile).href)) as {default: {level: number}};
const levelBefore = inksChalk.level;
beforeAll(() => {
	inksChalk.level = 1;
});
afterAll(() => {
	inksChalk.level = levelBefore;
});

const underline = '\u001B[4m';
const underlineOff = '\u001B[24m';

/** The parts of `frame` drawn underlined (the match style keeps underline with or without colour). */
function underlined(frame: string): string[] {
	return [...frame.matchAll(/\u001B\[4m(.*?)\u001B\[24m/g)].map(match => match[1]!.replaceAll(/\u001B\[[\d;]*m/g, ''));
}

function withoutStyle(frame: string): string {
	return frame.replaceAll(/\u001B\[[\d;]*m/g, '');
}

function draw(text: string, spans: readonly Span[], theme: Theme = createTheme({})): string {
	const {lastFrame} = render(
		<ThemeContext.Provider value={theme}>
			<HighlightedText text={text} spans={spans} />
		</ThemeContext.Provider>,
	);
	return lastFrame() ?? '';
}

const highlights: Array<[description: string, text: string, spans: Span[], matched: string[]]> = [
	['no spans: nothing marked', 'low rank adapters', [], []],
	['one word', 'low rank adapters', [{start: 4, end: 8}], ['rank']],
	[
		'two words',
		'low rank adapters',
		[
			{start: 0, end: 3},
			{start: 9, end: 17},
		],
		['low', 'adapters'],
	],
	['the whole text', 'LoRA', [{start: 0, end: 4}], ['LoRA']],
	['part of a compound', 'LoRAMoE experts', [{start: 0, end: 4}], ['LoRA']],
	['a span running past the end cut at the end', 'LoRA', [{start: 2, end: 10}], ['RA']],
	['an empty span ignored', 'LoRA', [{start: 2, end: 2}], []],
	['a span wholly past the end ignored', 'LoRA', [{start: 8, end: 10}], []],
	// Ink merges the two adjacent matched parts into one styled run.
	[
		'overlapping spans drawn once',
		'adapters',
		[
			{start: 0, end: 5},
			{start: 3, end: 8},
		],
		['adapters'],
	],
	[
		'adjacent spans as one run',
		'LoRAMoE',
		[
			{start: 0, end: 4},
			{start: 4, end: 7},
		],
		['LoRAMoE'],
	],
];

describe('HighlightedText', () => {
	test('has colour in this file (else nothing here could fail)', () => {
		expect(draw('LoRA', [{start: 0, end: 4}])).toContain('\u001B[');
	});

	test.each(highlights)('marks %s in the match style', (_description, text, spans, matched) => {
		const frame = draw(text, spans);
		expect(underlined(frame)).toEqual(matched);
		expect(withoutStyle(frame)).toBe(text);
	});

	test('draws a match bold, underlined and in bright yellow', () => {
		expect(draw('low rank', [{start: 4, end: 8}])).toBe(`low ${underline}\u001B[1m\u001B[93mrank\u001B[39m\u001B[22m${underlineOff}`);
	});

	test('keeps the match bold and underlined but colourless under NO_COLOR', () => {
		const frame = draw('low rank', [{start: 4, end: 8}], createTheme({NO_COLOR: '1'}));
		expect(underlined(frame)).toEqual(['rank']);
		expect(frame).not.toContain('\u001B[93m');
		expect(frame).toContain('\u001B[1m');
	});
});

const within: Array<[description: string, spans: Span[], start: number, length: number, result: Span[]]> = [
	['spans inside the line shifted to it', [{start: 12, end: 16}], 10, 20, [{start: 2, end: 6}]],
	['spans before the line dropped', [{start: 0, end: 4}], 10, 20, []],
	['spans after the line dropped', [{start: 30, end: 34}], 10, 20, []],
	['a span ending where the line starts dropped', [{start: 5, end: 10}], 10, 20, []],
	['a span starting where the line ends dropped', [{start: 30, end: 32}], 10, 20, []],
	['a span across the line start cut to it', [{start: 8, end: 13}], 10, 20, [{start: 0, end: 3}]],
	['a span across the line end cut to it', [{start: 28, end: 35}], 10, 20, [{start: 18, end: 20}]],
	['a span covering the line cut to both ends', [{start: 0, end: 100}], 10, 20, [{start: 0, end: 20}]],
	[
		'several spans kept in order',
		[
			{start: 0, end: 2},
			{start: 11, end: 12},
			{start: 15, end: 18},
			{start: 40, end: 41},
		],
		10,
		20,
		[
			{start: 1, end: 2},
			{start: 5, end: 8},
		],
	],
	['no spans', [], 0, 10, []],
];

describe('spansWithin', () => {
	test.each(within)('keeps %s', (_description, spans, start, length, result) => {
		expect(spansWithin(spans, start, length)).toEqual(result);
	});
});

describe('highlighting in the explorer', () => {
	test('marks the words matched by the query in the list and the detail', async () => {
		const view = await renderExplorer();
		await press(view, '/', 'experts');
		const frame = view.lastFrame() ?? '';
		const rows = frame.split('\n');
		// The list row and the detail title both show `Experts` matched; the abstract `experts`.
		expect(underlined(rows[1]!)).toEqual(['Experts', 'Experts']);
		expect(withoutStyle(rows[1]!)).toMatch(/^>• {2}LoRAMoE: Mixture of Experts +← LoRAMoE: Mixture of Experts$/);
		expect(underlined(rows[4]!)).toEqual(['experts']);
		expect(withoutStyle(rows[4]!)).toMatch(/│ Low-rank adapters as experts keep world knowledge\.$/);
	});

	test('marks nothing without a query', async () => {
		const view = await renderExplorer();
		// Rows 1–4: the list and the detail's title and abstract (the link below is underlined).
		const rows = (view.lastFrame() ?? '').split('\n').slice(1, 5).join('\n');
		expect(withoutStyle(rows)).toContain('Fine-tuning makes models forget.');
		expect(rows).not.toContain(underline);
	});

	test('marks Prompt in the list row and the detail title for the query prompt', async () => {
		const view = await renderExplorer();
		await press(view, '/', 'prompt');
		expect(underlined((view.lastFrame() ?? '').split('\n')[1]!)).toEqual(['Prompt', 'Prompt']);
	});
});
