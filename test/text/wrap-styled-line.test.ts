import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {hardWrapStyledLine, hasLongWord} from '../../src/text/wrap-styled-line.js';

const red = '\u001B[31m';
const reset = '\u001B[0m';

const cases: Array<[description: string, line: string, width: number, lines: string[]]> = [
	['a short line unchanged', 'abc', 5, ['abc']],
	['plain text cut by cells', 'abcdefg', 3, ['abc', 'def', 'g']],
	['CJK cut without splitting a character', '日本語テ', 5, ['日本', '語テ']],
	['a style open at a cut closed and opened again', `${red}abcdef${reset}`, 4, [`${red}abcd${reset}`, `${red}ef${reset}`]],
	['a style closed before the cut not carried over', `${red}ab${reset}cdef`, 4, [`${red}ab${reset}cd`, 'ef']],
	['an emoji with a skin tone kept whole', '👍🏽👍🏽👍🏽', 4, ['👍🏽👍🏽', '👍🏽']],
];

describe('hardWrapStyledLine', () => {
	test.each(cases)('cuts %s', (_description, line, width, lines) => {
		expect(hardWrapStyledLine(line, width)).toEqual(lines);
	});

	test('cuts a 100,000-character CJK word with styles into lines within the width', () => {
		const lines = hardWrapStyledLine(`  "abstract": ${red}"${'日'.repeat(100_000)}"${reset}`, 80);
		expect(lines.every(line => stringWidth(line) <= 80)).toBe(true);
		expect(lines.join('').replaceAll(/\u001B\[[\d;]*m/g, '')).toBe(`  "abstract": "${'日'.repeat(100_000)}"`);
	});
});

describe('hasLongWord', () => {
	test.each([
		['prose', 'We study low-rank adapters.', false],
		['a 256-character word', 'x'.repeat(256), false],
		['a 257-character word', `a ${'x'.repeat(257)} b`, true],
	])('%s: %s', (_description, line, expected) => {
		expect(hasLongWord(line as string)).toBe(expected);
	});
});
