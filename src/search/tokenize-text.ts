import {foldWord} from './fold-word.js';

/** One searchable word of a text: its folded form and where it sits in the original. */
export interface WordToken {
	/** Folded form (see `foldWord`). */
	readonly word: string;
	/** Half-open range of UTF-16 code units in the original text. */
	readonly start: number;
	readonly end: number;
}

/** Longer runs are identifiers, hashes or garbage; they are neither indexed nor searched. */
export const MAX_WORD_LENGTH = 48;

/**
 * Letters, digits and combining marks, optionally joined by apostrophes (`Giant's`). Format
 * characters (soft hyphens, zero-width spaces and joiners) belong to the word they sit in
 * and are folded away, so `lan\u00ADguage` is `language`.
 */
const WORD_RUN = /[\p{L}\p{N}\p{M}\p{Cf}]+(?:['’][\p{L}\p{N}\p{M}\p{Cf}]+)*/gu;

const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const APOSTROPHE = 0x27;

/** Whether a UTF-16 code unit of ASCII text is a letter or digit (the only word characters in ASCII). */
function isAsciiWordCharacter(code: number): boolean {
	return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** `tokenizeText` of an ASCII-only text, without a regular expression: the same words, one pass. */
function tokenizeAscii(text: string): WordToken[] {
	const tokens: WordToken[] = [];
	const length = text.length;
	let position = 0;
	while (position < length) {
		if (!isAsciiWordCharacter(text.charCodeAt(position))) {
			position++;
			continue;
		}
		const start = position;
		let hasApostrophe = false;
		for (;;) {
			while (position < length && isAsciiWordCharacter(text.charCodeAt(position))) position++;
			if (position + 1 < length && text.charCodeAt(position) === APOSTROPHE && isAsciiWordCharacter(text.charCodeAt(position + 1))) {
				hasApostrophe = true;
				position++;
				continue;
			}
			break;
		}
		const run = text.slice(start, position);
		const word = hasApostrophe ? foldWord(run) : run.toLowerCase();
		if (word.length <= MAX_WORD_LENGTH) tokens.push({word, start, end: position});
	}
	return tokens;
}

/**
 * Splits a text into folded words with their spans. Everything that is not a letter, digit,
 * combining mark, format character or inner apostrophe separates words, so operators,
 * quotes, emoji and control characters never reach the index.
 */
export function tokenizeText(text: string): WordToken[] {
	if (ASCII_ONLY.test(text)) return tokenizeAscii(text);
	const tokens: WordToken[] = [];
	for (const match of text.matchAll(WORD_RUN)) {
		const start = match.index;
		const end = start + match[0].length;
		const word = foldWord(match[0]);
		if (word.length > 0 && word.length <= MAX_WORD_LENGTH) {
			tokens.push({word, start, end});
		}
	}
	return tokens;
}
