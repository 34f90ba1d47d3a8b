import {describe, expect, test} from 'vitest';
import {capLength} from '../../src/text/cap-length.js';

const caps: Array<[description: string, text: string, maximum: number, result: string]> = [
	['text within the limit unchanged', 'Low rank', 8, 'Low rank'],
	['text over the limit cut, ending with an ellipsis, within the limit', 'Low rank adapters', 8, 'Low ran…'],
	['never inside a surrogate pair', 'ab😀cd', 4, 'ab…'],
	['never between a letter and its combining accent', 'abe\u0301cd', 4, 'ab…'],
	['never inside a flag', 'a🇯🇵🇫🇷', 6, 'a🇯🇵…'],
	['a long spaceless text to its limit', 'x'.repeat(200_000), 100_000, `${'x'.repeat(99_999)}…`],
];

describe('capLength', () => {
	test.each(caps)('keeps %s', (_description, text, maximum, result) => {
		expect(capLength(text, maximum)).toBe(result);
		expect(capLength(text, maximum).length).toBeLessThanOrEqual(maximum);
	});
});
