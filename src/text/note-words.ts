/**
 * Folds text for note matching (`note:word`): lower case, without diacritics, so `note:resume`
 * finds "Résumé".
 */
export function foldNoteText(text: string): string {
	return text.normalize('NFKD').replaceAll(/\p{M}/gu, '').toLowerCase();
}
