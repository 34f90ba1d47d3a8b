// The renderer's one module of character widths and graphemes, in two parts.
//
// Widths as terminals draw them: the width of a grapheme (string-width's, through src/text) and
// whether every terminal agrees with it; `styled-cells.ts` and `safe-line.ts` place cells by it.
//
// Plain text without the Unicode tables, for the bundle (see scripts/build/plugins.mjs).
// string-width, Ink's tokenizer and slice-ansi segment graphemes with Intl.Segmenter and test
// Unicode properties; creating the first segmenter costs ~13 ms and string-width's RGI-emoji
// expression ~20 ms, all before the first frame. Most text on screen needs none of that: these
// answer for it, and the tables are built only for the first text they cannot answer for.
import stripAnsi from 'strip-ansi';
import {clusterWidth} from '../text/wrap-text.js';

/**
The ranges of `narrowCharacters`, as regular-expression source. Characters that are one column wide on their own, in string-width 8 with its default options,
and that never join a neighbour into one grapheme (no marks, joiners, selectors or
emoji-capable symbols): printable ASCII, Latin, Greek and Cyrillic letters, general
punctuation, currency signs, the four plain arrows and box drawing. test/render checks every
one of them against string-width and Intl.Segmenter.
*/
export const narrowRanges =
	'\\u0020-\\u007E\\u00A0-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u02FF\\u0370-\\u0377\\u037A-\\u037F\\u0384-\\u038A\\u038C\\u038E-\\u03A1' +
	'\\u03A3-\\u0482\\u048A-\\u052F\\u2010-\\u2027\\u2030-\\u203B\\u203D-\\u2048\\u204A-\\u205E\\u20A0-\\u20C0\\u2190-\\u2193\\u2500-\\u257F';
/** Text made only of narrow characters (see `narrowRanges`). */
export const narrowCharacters = new RegExp(`^[${narrowRanges}]*$`);

// The narrow characters and the C0 controls but carriage return (which joins a line feed): each
// is a grapheme of one code unit whatever its neighbours.
const singleUnitGraphemes = new RegExp(`^[\\u0000-\\u000C\\u000E-\\u001F${narrowRanges}]*$`);

/**
The width string-width 8 gives `text` (with its default options) when, once escape sequences
are removed as string-width removes them, every character is in `narrowCharacters`; otherwise
undefined, for string-width to answer.
*/
export function narrowTextWidth(text: string): number | undefined {
	const visible = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	return narrowCharacters.test(visible) ? visible.length : undefined;
}

/** Intl.Segmenter's Segments for text whose every code unit is a grapheme. */
class SingleUnitSegments implements Intl.Segments {
	readonly #text: string;

	constructor(text: string) {
		this.#text = text;
	}

	containing(index = 0): Intl.SegmentData | undefined {
		return index >= 0 && index < this.#text.length ? {segment: this.#text[index]!, index, input: this.#text} : undefined;
	}

	*[Symbol.iterator](): IterableIterator<Intl.SegmentData> {
		for (let index = 0; index < this.#text.length; index++) {
			yield {segment: this.#text[index]!, index, input: this.#text};
		}
	}
}

let segmenter: Intl.Segmenter | undefined;

/** What `new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)` returns, without one when it can. */
export function graphemeSegments(text: string): Intl.Segments {
	if (singleUnitGraphemes.test(text)) {
		return new SingleUnitSegments(text);
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter.segment(text);
}

// Lines made of these (escape sequences included) cannot hold an unreliable cell.
const onlyNarrowText = new RegExp(`^[\\u0000-\\u007F${narrowRanges}]*$`);

/** Whether `line` may hold a character whose width terminals disagree on (false is certain). */
export function mayHoldUnreliableCells(line: string): boolean {
	return !onlyNarrowText.test(line);
}

const unreliableCodePoint =
	/[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Mn}\p{Me}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u1160-\u11FF]/u;
// Code points that can join a neighbour into one grapheme (marks, joiners, format characters,
// regional indicators, emoji modifiers, Hangul jamo, Prepend and SpacingMark letters). Text
// without any is one grapheme per code point, and skips the (slow) segmenter.
const mayJoinGraphemes =
	/[^\p{L}\p{N}\p{P}\p{S}\p{Zs}]|[\p{Regional_Indicator}\p{Emoji_Modifier}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0D4E\u0E33\u0EB3\uFF9E\uFF9F\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}]/u;

/** The graphemes of `text` (escape-free): through the segmenter only when a code point may join its neighbour. */
export function graphemesOf(text: string): Iterable<string> {
	return mayJoinGraphemes.test(text)
		? Array.from((segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text), ({segment}) => segment)
		: text;
}

/** Wide ranges every terminal has agreed on since Markus Kuhn's wcwidth (xterm.js "Unicode 6" too). */
const classicWideRanges: ReadonlyArray<readonly [number, number]> = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x20000, 0x2fffd],
	[0x30000, 0x3fffd],
];

const isClassicWide = (codePoint: number) => classicWideRanges.some(([first, last]) => codePoint >= first && codePoint <= last);

/** A grapheme's width in cells, and whether every terminal draws it that wide. */
export type GraphemeMeasure = {width: number; isReliable: boolean};

const measures = new Map<string, GraphemeMeasure>();

/**
Width of a grapheme (at least 1) and whether every terminal agrees with it. Emoji, combining
sequences, recently assigned wide characters and the like are "unreliable": terminals disagree
on their width, so no column after them can be addressed with certainty.
*/
export function measureGrapheme(grapheme: string): GraphemeMeasure {
	let measure = measures.get(grapheme);
	if (measure === undefined) {
		measure = measureUncached(grapheme);
		if (measures.size > 10_000) measures.clear();
		measures.set(grapheme, measure);
	}
	return measure;
}

function measureUncached(grapheme: string): GraphemeMeasure {
	const width = Math.max(1, clusterWidth(grapheme));
	const codePoint = grapheme.codePointAt(0)!;
	const isSingleCodePoint = grapheme.length === (codePoint > 0xffff ? 2 : 1);
	const isReliable = isSingleCodePoint && !unreliableCodePoint.test(grapheme) && (width === 2) === isClassicWide(codePoint);
	return {width, isReliable};
}
