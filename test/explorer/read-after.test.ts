import {describe, expect, test} from 'vitest';
import {readAfterMsFrom} from '../../src/explorer/create-services.js';

describe('PAPER_TUI_READ_AFTER_MS', () => {
	test.each([
		[undefined, undefined],
		['1500', 1500],
		[' 0 ', Number.POSITIVE_INFINITY],
		['OFF', Number.POSITIVE_INFINITY],
		['soon', undefined],
		['-5', undefined],
	])('%j gives %s', (value, expected) => {
		expect(readAfterMsFrom(value === undefined ? {} : {PAPER_TUI_READ_AFTER_MS: value})).toBe(expected);
	});
});
