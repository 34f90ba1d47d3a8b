import {describe, expect, it} from 'vitest';
import {thousands} from '../../src/text/thousands.js';

describe('thousands', () => {
	it('writes whole numbers as toLocaleString("en-US") does', () => {
		const numbers = [
			0,
			7,
			999,
			1000,
			1001,
			12_345,
			100_000,
			999_999,
			1_000_000,
			123_456_789,
			-1,
			-1234,
			-1_234_567,
			Number.MAX_SAFE_INTEGER,
		];
		for (let power = 0; power < 15; power++) numbers.push(10 ** power, 10 ** power - 1, 3 * 10 ** power + 14);
		for (const count of numbers) expect(thousands(count), String(count)).toBe(count.toLocaleString('en-US'));
	});

	it('leaves fractions to toLocaleString', () => {
		expect(thousands(1234.5)).toBe((1234.5).toLocaleString('en-US'));
	});
});
