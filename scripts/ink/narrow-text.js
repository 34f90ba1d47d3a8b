// Plain text without the Unicode tables, for the bundle (see scripts/build/plugins.mjs).
// string-width, Ink's tokenizer and slice-ansi segment graphemes with Intl.Segmenter and test
// Unicode properties; creating the first segmenter costs ~13 ms and string-width's RGI-emoji
// expression ~20 ms, all before the first frame. Most text on screen needs none of that: these
// answer for it, and the tables are built only for the first text they cannot answer for.
import stripAnsi from 'strip-ansi';

/**
Characters that are one column wide on their own, in string-width 8 with its default options,
and that never join a neighbour into one grapheme (no marks, joiners, selectors or
emoji-capable symbols): printable ASCII, Latin, Greek and Cyrillic letters, general
punctuation, currency signs, the four plain arrows and box drawing. test/render checks every
one of them against string-width and Intl.Segmenter.
*/
export const narrowRanges =
	'\\u0020-\\u007E\\u00A0-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u02FF\\u0370-\\u0377\\u037A-\\u037F\\u0384-\\u038A\\u038C\\u038E-\\u03A1' +
	'\\u03A3-\\u0482\\u048A-\\u052F\\u2010-\\u2027\\u2030-\\u203B\\u203D-\\u2048\\u204A-\\u205E\\u20A0-\\u20C0\\u2190-\\u2193\\u2500-\\u257F';
export const narrowCharacters = new RegExp(`^[${narrowRanges}]*$`);

// The narrow characters and the C0 controls but carriage return (which joins a line feed): each
// is a grapheme of one code unit whatever its neighbours.
const singleUnitGraphemes = new RegExp(`^[\\u0000-\\u000C\\u000E-\\u001F${narrowRanges}]*$`);

/**
The width string-width 8 gives `text` (with its default options) when, once escape sequences
are removed as string-width removes them, every character is in `narrowCharacters`; otherwise
undefined, for string-width to answer.
*/
export function narrowTextWidth(text) {
	const visible = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
	return narrowCharacters.test(visible) ? visible.length : undefined;
}

/** Intl.Segmenter's Segments for text whose every code unit is a grapheme. */
class SingleUnitSegments {
	#text;

	constructor(text) {
		this.#text = text;
	}

	containing(index = 0) {
		return index >= 0 && index < this.#text.length ? {segment: this.#text[index], index, input: this.#text} : undefined;
	}

	*[Symbol.iterator]() {
		for (let index = 0; index < this.#text.length; index++) {
			yield {segment: this.#text[index], index, input: this.#text};
		}
	}
}

let segmenter;

/** What `new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)` returns, without one when it can. */
export function graphemeSegments(text) {
	if (singleUnitGraphemes.test(text)) {
		return new SingleUnitSegments(text);
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return segmenter.segment(text);
}
