import {describe, expect, it} from 'vitest';
import {JsonArrayElements, startsJsonArray} from '../../src/corpus/json-array-elements.js';

/** The elements `JsonArrayElements` finds, parsed; or 'malformed' where it stops. */
function elementsOf(text: string): unknown[] | 'malformed' {
	const elements = new JsonArrayElements(text);
	const values: unknown[] = [];
	for (;;) {
		const next = elements.next();
		if (next.kind === 'end') return values;
		if (next.kind === 'malformed') return 'malformed';
		try {
			values.push(JSON.parse(next.text));
		} catch {
			return 'malformed';
		}
	}
}

/** A random JSON value: nested arrays and objects, strings with quotes, escapes, brackets and commas. */
function randomValue(random: () => number, depth: number): unknown {
	const pick = Math.floor(random() * (depth > 3 ? 4 : 6));
	const characters = 'ab ,[]{}"\\:\n\té😀';
	const text = () => Array.from({length: Math.floor(random() * 8)}, () => characters[Math.floor(random() * characters.length)]).join('');
	switch (pick) {
		case 0:
			return text();
		case 1:
			return Math.floor(random() * 2000) - 1000;
		case 2:
			return random() < 0.5 ? null : random() < 0.5;
		case 3:
			return random() * 10;
		case 4:
			return Array.from({length: Math.floor(random() * 4)}, () => randomValue(random, depth + 1));
		default:
			return Object.fromEntries(Array.from({length: Math.floor(random() * 4)}, () => [text(), randomValue(random, depth + 1)]));
	}
}

describe('JsonArrayElements', () => {
	it('finds the elements of any JSON array, whatever their strings and nesting hold', () => {
		let seed = 11;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let run = 0; run < 500; run++) {
			const array = Array.from({length: Math.floor(random() * 6)}, () => randomValue(random, 0));
			const text = JSON.stringify(array, undefined, run % 3 === 0 ? '\t' : undefined);
			expect(startsJsonArray(text)).toBe(true);
			expect(elementsOf(text), text).toEqual(array);
		}
	});

	it.each([
		['an empty array with whitespace', ' [ \n ] \n', []],
		['strings holding brackets, commas and escaped quotes', '["a,]", "b\\"]", {"c": "}{"}]', ['a,]', 'b"]', {c: '}{'}]],
		['a backslash before a closing quote', '["a\\\\", "b"]', ['a\\', 'b']],
	])('reads %s', (_name, text, expected) => {
		expect(elementsOf(text)).toEqual(expected);
	});

	it.each([
		['a trailing comma', '[1, 2, ]'],
		['a missing element', '[1,,2]'],
		['an unclosed string', '[1, "abc]'],
		['an unclosed array', '[1, [2, 3]'],
		['text after the array', '[1, 2] x'],
		['a brace closing the array', '[1, 2}'],
		['an element that is not JSON', '[1, tru, 3]'],
	])('stops at %s (which JSON.parse refuses too)', (_name, text) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(elementsOf(text)).toBe('malformed');
	});

	it('tells an array from other JSON', () => {
		expect(startsJsonArray('\n\t [1]')).toBe(true);
		expect(startsJsonArray('{"papers": []}')).toBe(false);
		expect(startsJsonArray('')).toBe(false);
	});
});
