import {describe, expect, test} from 'vitest';
import {graphemes, independentCharacters, segmentWindowLength} from '../../src/text/graphemes.js';

const wholeTextSegmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const segmentedWhole = (text: string) => [...wholeTextSegmenter.segment(text)].map(({segment, index}) => ({segment, index}));

const pad = (length: number) => 'a'.repeat(length);
const window = segmentWindowLength;

/** Texts whose clusters straddle window boundaries at every offset near them. */
const texts: Array<[description: string, text: string]> = [
	['short ASCII', 'low rank adapters'],
	['empty', ''],
	['ASCII longer than several windows', 'abc '.repeat(300)],
	['CJK longer than a window', '日本語テキスト'.repeat(80)],
	['accented letters, composed and decomposed', 'café cafe\u0301 naïve '.repeat(40)],
	['flags (regional indicator pairs) in a long run', '🇯🇵🇫🇷🇩🇪'.repeat(90)],
	['an odd number of regional indicators', `🇯${'🇫🇷'.repeat(200)}`],
	['ZWJ family and technologist emoji', '👨‍👩‍👧‍👦👩🏽‍💻❤️ '.repeat(60)],
	['CRLF pairs', 'ab\r\ncd\r\n'.repeat(100)],
	...[-3, -2, -1, 0, 1, 2].map((offset): [string, string] => [
		`a skin-tone emoji at window offset ${offset}`,
		`${pad(window + offset)}👍🏽${pad(window)}👍🏽`,
	]),
	...[-2, -1, 0, 1].map((offset): [string, string] => [
		`a combining mark right after window offset ${offset}`,
		`${pad(window + offset)}e\u0301${pad(window)}`,
	]),
	...[-2, -1, 0, 1].map((offset): [string, string] => [`a flag at window offset ${offset}`, `${pad(window + offset)}🇯🇵🇫🇷${pad(10)}`]),
];

describe('graphemes', () => {
	test.each(texts)('finds the clusters Intl.Segmenter finds in the whole text: %s', (_description, text) => {
		expect([...graphemes(text)]).toEqual(segmentedWhole(text));
	});

	test('cuts a single cluster longer than a window at the window, never inside a surrogate pair', () => {
		const text = `e${'\u0301'.repeat(window * 2)}😀`;
		const found = [...graphemes(text)];
		expect(found.map(({segment}) => segment).join('')).toBe(text);
		expect(found.at(-1)?.segment).toBe('😀');
		for (const {segment} of found) {
			expect(segment.length).toBeLessThanOrEqual(window);
		}
	});
});

describe('independentCharacters', () => {
	test('holds only characters that are a cluster of their own next to any of them', () => {
		const pattern = independentCharacters.source.slice(2, -3);
		const ranges = [...pattern.matchAll(/\\u([0-9A-F]{4})-\\u([0-9A-F]{4})/g)].map(
			([, first, last]) => [Number.parseInt(first!, 16), Number.parseInt(last!, 16)] as const,
		);
		expect(ranges.length).toBeGreaterThan(5);
		const joined: string[] = [];
		const unmatched: string[] = [];
		for (const [first, last] of ranges) {
			for (let code = first; code <= last; code++) {
				const character = String.fromCharCode(code);
				if (!independentCharacters.test(character)) unmatched.push(character);
				if (
					wholeTextSegmenter.segment(`a${character}${character}a日`).containing(1)?.segment !== character ||
					[...wholeTextSegmenter.segment(`${character}${character}é가`)].length !== 4
				) {
					joined.push(character);
				}
			}
		}

		// The pattern matches every character of its own ranges (the ranges were read off it right).
		expect(unmatched).toEqual([]);
		expect(joined).toEqual([]);
	});
});
