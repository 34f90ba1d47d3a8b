/** Letters that Unicode decomposition leaves alone but a reader treats as plain Latin. */
const latinEquivalents: Readonly<Record<string, string>> = {
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

const specialLetters = /[ßæœøłđðþıħ]/g;

/** Replaces the lower-case letters above with their plain Latin spelling (`ß` → `ss`, `ø` → `o`). */
export function transliterateLatin(lowerCaseText: string): string {
	return lowerCaseText.replace(specialLetters, letter => latinEquivalents[letter] ?? letter);
}
