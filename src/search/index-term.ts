import lunr from 'lunr';

/**
 * The term the index holds for a folded word: Lunr's English stem, or `undefined` for a
 * stop word. Index and queries both go through here, so they always agree.
 */
export function indexTerm(word: string): string | undefined {
	const token = new lunr.Token(word, {});
	if (lunr.stopWordFilter(token) === undefined) return undefined;
	return lunr.stemmer(token).toString();
}
