/** Letters that Unicode decomposition leaves alone but a reader treats as plain Latin. */
const LATIN_EQUIVALENTS: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
	ħ: 'h',
};

const PLAIN_ASCII_WORD = /^[A-Za-z0-9]*$/;
const COMBINING_MARKS = /\p{M}/gu;
const NON_WORD_CHARACTERS = /[^\p{L}\p{N}]/gu;
const SPECIAL_LETTERS = /[ßæœøłđðþıħ]/g;

/**
 * Folds one word to the form the search index holds: compatibility-decomposed, without
 * diacritics, lower case, letters and digits only (`Müller` → `muller`, `ﬁne` → `fine`).
 * Returns an empty string when nothing searchable is left.
 */
export function foldWord(word: string): string {
	if (PLAIN_ASCII_WORD.test(word)) return word.toLowerCase();
	return word
		.normalize('NFKD')
		.replace(COMBINING_MARKS, '')
		.toLowerCase()
		.replace(SPECIAL_LETTERS, (letter) => LATIN_EQUIVALENTS[letter] ?? letter)
		.replace(NON_WORD_CHARACTERS, '');
}
