import {transliterateLatin} from '../text/latin-letters.js';

const PLAIN_ASCII_WORD = /^[A-Za-z0-9]*$/;
const COMBINING_MARKS = /\p{M}/gu;
const NON_WORD_CHARACTERS = /[^\p{L}\p{N}]/gu;

/**
 * Folds one word to the form the search index holds: compatibility-decomposed, without
 * diacritics, lower case, letters and digits only (`Müller` → `muller`, `ﬁne` → `fine`).
 * Returns an empty string when nothing searchable is left.
 */
export function foldWord(word: string): string {
	if (PLAIN_ASCII_WORD.test(word)) return word.toLowerCase();
	const folded = word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
	return transliterateLatin(folded).replace(NON_WORD_CHARACTERS, '');
}
