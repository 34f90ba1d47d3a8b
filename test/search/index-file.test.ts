import {describe, expect, it} from 'vitest';
import {decodeIndexFile, encodeIndexFile} from '../../src/search/index-file.js';

const value = {
	name: 'index',
	counts: [1, 2],
	arrays: [Int32Array.from([1, -2, 3]), new Int32Array(0)],
	nested: {array: Int32Array.from([7])},
};

describe('encodeIndexFile and decodeIndexFile', () => {
	it('round-trip a value with its typed arrays, as views of the file', () => {
		const file = encodeIndexFile(value);
		const decoded = decodeIndexFile(file) as typeof value;
		expect(decoded).toEqual(value);
		expect(decoded.arrays[0]).toBeInstanceOf(Int32Array);
		expect(decoded.arrays[0]!.buffer).toBe(file.buffer);
	});

	it('read a file that does not start on a 4-byte boundary (by copying it once)', () => {
		const file = encodeIndexFile(value);
		const shifted = Buffer.alloc(file.length + 1);
		file.copy(shifted, 1);
		expect(decodeIndexFile(shifted.subarray(1))).toEqual(value);
	});

	it.each([
		['an empty file', Buffer.alloc(0)],
		['another file', Buffer.from('{"format": "paper-tui-search-index"}')],
		['a file cut in its header', encodeIndexFile(value).subarray(0, 30)],
		['a file cut in its arrays', encodeIndexFile(value).subarray(0, -1)],
		['a file with bytes appended', Buffer.concat([encodeIndexFile(value), Buffer.alloc(4)])],
	])('reject %s', (_name, file) => {
		expect(() => decodeIndexFile(file)).toThrow();
	});
});
