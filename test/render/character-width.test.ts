import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {graphemeSegments, narrowCharacters, narrowTextWidth} from '../../src/render/character-width.js';
import {createRandom} from './random-frames.js';
import {propertyRuns} from '../support/property-runs.js';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const segmentsOf = (text: string) => Array.from(segmenter.segment(text), ({segment, index}) => ({segment, index}));

/** Every BMP character the fast path accepts on its own. */
const narrow = Array.from({length: 0x1_00_00}, (_, codePoint) => String.fromCodePoint(codePoint)).filter(character =>
	narrowCharacters.test(character),
);

const pool = [
	'a',
	'Z',
	' ',
	'~',
	'é',
	'ß',
	'ø',
	'Ω',
	'ж',
	'…',
	'–',
	'—',
	'“',
	'”',
	'│',
	'─',
	'↑',
	'→',
	'€',
	'·',
	'\u001B[1m',
	'\u001B[22m',
	'\u001B[1;96m',
	'\u001B[m',
	'\u001B]8;;https://example.org\u001B\\',
	'\u001B]8;;\u001B\\',
	'\t',
	'\n',
	'\r',
	'\r\n',
	'\u0007',
	'\u00AD',
	'\u200B',
	'\u200D',
	'\uFE0F',
	'\u0301',
	'©',
	'®',
	'‼',
	'↔',
	'中',
	'한',
	'ｶ',
	'😀',
	'👍🏽',
	'🇫🇷',
	'1\uFE0F\u20E3',
	'\u2028',
	'\uD800',
	'e\u0301',
];

function randomText(next: () => number): string {
	const length = Math.floor(next() * 12);
	return Array.from({length}, () => pool[Math.floor(next() * pool.length)]).join('');
}

describe('narrow text without the Unicode tables (src/render/character-width.ts)', () => {
	it('accepts only characters that string-width counts as one column and that stand alone as graphemes', () => {
		expect(narrow.length).toBeGreaterThan(1000);
		const wrong = narrow.filter(
			character =>
				stringWidth(character) !== 1 ||
				/\p{Extended_Pictographic}/u.test(character) ||
				segmentsOf(`a${character}${character}\u001B${character}b`).length !== 6,
		);
		expect(wrong.map(character => `U+${character.codePointAt(0)!.toString(16).toUpperCase()}`)).toEqual([]);
	});

	it.each([
		['', 0],
		['Prompt tuning has emerged', 25],
		['\u001B[1;96mLess is more\u001B[m', 12],
		['\u001B]8;;https://github.com/x\u001B\\https://github.com/x\u001B]8;;\u001B\\', 20],
		['Crème brûlée – “quoted” …', 25],
		['│ ─ ↑↓ €', 8],
	])('measures %j as string-width does: %i', (text, width) => {
		expect(narrowTextWidth(text)).toBe(width);
		expect(stringWidth(text)).toBe(width);
	});

	it.each(['中文', '😀', 'e\u0301', 'a\tb', 'x\u200Dy', '©\uFE0F', 'line\nline', '\u00AD'])('leaves %j to string-width', text => {
		expect(narrowTextWidth(text)).toBeUndefined();
	});

	// 5,000 strings in `npm test`, the first 1,000 in `npm run test:unit` (test/support/property-runs.ts).
	const strings = propertyRuns({full: 5000, quick: 1000});

	it(`agrees with string-width on ${strings.toLocaleString('en')} random strings, or leaves them to it`, () => {
		const {next} = createRandom(7);
		for (let run = 0; run < strings; run++) {
			const text = randomText(next);
			const width = narrowTextWidth(text);
			if (width !== undefined) expect({text, width}).toEqual({text, width: stringWidth(text)});
		}
	});

	it(`segments ${strings.toLocaleString('en')} random strings exactly as Intl.Segmenter does`, () => {
		const {next} = createRandom(11);
		for (let run = 0; run < strings; run++) {
			const text = randomText(next);
			const segments = Array.from(graphemeSegments(text), ({segment, index}) => ({segment, index}));
			expect({text, segments}).toEqual({text, segments: segmentsOf(text)});
			const index = Math.floor(next() * (text.length + 2)) - 1;
			const containing = graphemeSegments(text).containing(index);
			const expected = segmenter.segment(text).containing(index);
			expect({text, index, containing}).toEqual({text, index, containing: expected && {...expected}});
		}
	});
});
