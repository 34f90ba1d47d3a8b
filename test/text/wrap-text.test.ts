import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {cellWidth, truncateStart, truncateText, wrapText} from '../../src/text/wrap-text.js';

const wraps: Array<[description: string, text: string, width: number, lines: string[]]> = [
	['short text on one line', 'low rank adapters', 40, ['low rank adapters']],
	['text exactly the width on one line', 'low rank', 8, ['low rank']],
	['one cell too many onto two lines', 'low rank', 7, ['low', 'rank']],
	['greedy: as many words per line as fit', 'a bb ccc dddd eeeee', 8, ['a bb ccc', 'dddd', 'eeeee']],
	['every word on its own line when only one fits', 'aaa bbb ccc', 5, ['aaa', 'bbb', 'ccc']],
	['leading and trailing spaces dropped', '  low rank  ', 20, ['low rank']],
	['empty text to no lines', '', 10, []],
	['only spaces to no lines', '   ', 10, []],
	['a word longer than the line split by cells', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
	['a long word after a short one starts a new line', 'to abcdefghij', 4, ['to', 'abcd', 'efgh', 'ij']],
	['words after a split word share its last line', 'abcdef gh', 4, ['abcd', 'ef', 'gh']],
	['the rest of a split word shares a line with the next word', 'abcde f', 4, ['abcd', 'e f']],
	['CJK characters count two cells each', '日本語 テキスト', 8, ['日本語', 'テキスト']],
	['CJK text without spaces split at character boundaries', '日本語テキスト', 6, ['日本語', 'テキス', 'ト']],
	['a CJK character never split across lines at an odd width', '日本語', 5, ['日本', '語']],
	['emoji count two cells each', '🙂🙂🙂 ok', 6, ['🙂🙂🙂', 'ok']],
	['an emoji with a skin tone kept whole', '👍🏽👍🏽👍🏽', 4, ['👍🏽👍🏽', '👍🏽']],
	['accents count one cell', 'naïve café', 10, ['naïve café']],
	['width below one treated as one', 'ab c', 0, ['a', 'b', 'c']],
];

describe('wrapText', () => {
	test.each(wraps)('wraps %s', (_description, text, width, lines) => {
		expect(wrapText(text, width).map(line => line.text)).toEqual(lines);
	});

	test.each(wraps)('keeps each line within the width: %s', (_description, text, width) => {
		for (const line of wrapText(text, width)) {
			expect(stringWidth(line.text)).toBeLessThanOrEqual(Math.max(1, width));
		}
	});

	test.each(wraps)('maps each line back to where it starts in the text: %s', (_description, text, width) => {
		for (const line of wrapText(text, width)) {
			expect(text.slice(line.start, line.start + line.text.length)).toBe(line.text);
		}
	});

	test('gives the offsets of each line', () => {
		expect(wrapText('low rank adapters keep knowledge', 10)).toEqual([
			{text: 'low rank', start: 0},
			{text: 'adapters', start: 9},
			{text: 'keep', start: 18},
			{text: 'knowledge', start: 23},
		]);
	});

	test('gives the offsets of the pieces of a split word', () => {
		expect(wrapText('x abcdefgh', 3)).toEqual([
			{text: 'x', start: 0},
			{text: 'abc', start: 2},
			{text: 'def', start: 5},
			{text: 'gh', start: 8},
		]);
	});

	test('gives the offsets of lines after emoji (UTF-16 units, not cells)', () => {
		expect(wrapText('🙂 low rank', 6)).toEqual([
			{text: '🙂 low', start: 0},
			{text: 'rank', start: 7},
		]);
	});

	test('keeps lines within the width when words are separated by several spaces', () => {
		for (const line of wrapText('aaaa    bbbb cc', 10)) {
			expect(stringWidth(line.text)).toBeLessThanOrEqual(10);
		}
	});
});

const truncations: Array<[description: string, text: string, width: number, result: string]> = [
	['text that fits unchanged', 'LoRA', 10, 'LoRA'],
	['text exactly the width unchanged', 'LoRA', 4, 'LoRA'],
	['text one cell too long cut with an ellipsis', 'LoRAMoE', 6, 'LoRAM…'],
	['a long title cut to the width', 'Understanding Catastrophic Forgetting', 20, 'Understanding Catas…'],
	['width one to the ellipsis alone', 'LoRA', 1, '…'],
	['width zero to nothing', 'LoRA', 0, ''],
	['negative width to nothing', 'LoRA', -3, ''],
	['empty text unchanged', '', 5, ''],
	['CJK cut on a character boundary', '日本語テキスト', 5, '日本…'],
	['CJK cut leaving a cell free rather than splitting a character', '日本語テキスト', 4, '日…'],
	['emoji cut whole', '🙂🙂🙂🙂', 5, '🙂🙂…'],
];

describe('truncateText', () => {
	test.each(truncations)('cuts %s', (_description, text, width, result) => {
		expect(truncateText(text, width)).toBe(result);
	});

	test.each(truncations)('never exceeds the width: %s', (_description, text, width) => {
		expect(stringWidth(truncateText(text, width))).toBeLessThanOrEqual(Math.max(0, width));
	});
});

/** Wrapping as it was when every long word was segmented whole: the reference for texts of a few windows. */
function wholeTextWrap(text: string, width: number): string[] {
	const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (stringWidth(candidate) <= width) {
			line = candidate;
			continue;
		}

		if (line !== '') {
			lines.push(line);
		}

		line = '';
		for (const {segment} of segmenter.segment(word)) {
			if (stringWidth(line + segment) > width && line !== '') {
				lines.push(line);
				line = '';
			}

			line += segment;
		}
	}

	return line === '' ? lines : [...lines, line];
}

const longTexts: Array<[description: string, text: string, width: number]> = [
	['a spaceless CJK run of several windows', '日本語テキスト'.repeat(150), 37],
	['spaceless accented words', 'cafe\u0301naïve'.repeat(100), 40],
	['a run of flags', '🇯🇵🇫🇷🇩🇪'.repeat(100), 21],
	['ZWJ emoji between words', 'low 👨‍👩‍👧‍👦rank👩🏽‍💻 '.repeat(80), 30],
	['mixed prose with a long URL', `see ${'https://example.org/'.repeat(40)} and 日本語 ${'word '.repeat(100)}`, 72],
];

describe('wrapText on texts longer than a segmenter window', () => {
	test.each(longTexts)('wraps %s as whole-text segmentation does', (_description, text, width) => {
		expect(wrapText(text, width).map(line => line.text)).toEqual(wholeTextWrap(text, width));
	});

	test('splits a 200,000-character word without spaces into lines of the width', () => {
		const word = 'x'.repeat(200_000);
		const lines = wrapText(word, 76);
		expect(lines).toHaveLength(Math.ceil(200_000 / 76));
		expect(lines.every(line => line.text.length <= 76)).toBe(true);
		expect(lines.map(line => line.text).join('')).toBe(word);
	});

	test('splits a 100,000-character CJK word without spaces into lines within the width', () => {
		const word = '日本語テキスト'.repeat(100_000 / 7);
		const lines = wrapText(word, 75);
		expect(lines.every(line => stringWidth(line.text) <= 75)).toBe(true);
		expect(lines.map(line => line.text).join('')).toBe(word);
		expect(lines[1]).toEqual({text: word.slice(37, 74), start: 37});
	});
});

describe('measuring and cutting long texts', () => {
	test('measures a long non-ASCII text as string-width does', () => {
		const text = '日本語 café 🇯🇵 👨‍👩‍👧‍👦 '.repeat(200);
		expect(cellWidth(text)).toBe(stringWidth(text));
	});

	test('cuts a 160,000-character non-ASCII title to the width', () => {
		expect(truncateText('Ünïcödé '.repeat(20_000), 12)).toBe('Ünïcödé Ünï…');
	});

	test('keeps the end of a long non-ASCII text', () => {
		expect(truncateStart(`${'é'.repeat(100_000)}日本`, 6)).toBe('…é日本');
	});
});
