/**
The longest query a paste makes, in characters: enough for a title or a whole abstract. Every
key is searched and highlighted with the query, and a 10 KB query made each key take ~0.5 s.
*/
export const maximumQueryLength = 2000;

/** The query as it may be shown and searched: control characters become spaces. */
export function cleanQuery(text: string): string {
	return text.replaceAll(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ');
}

/** Deletes the word before the end of `text`, and the spaces after it (Ctrl-W). */
export function deleteLastWord(text: string): string {
	return text.replace(/\S*\s*$/, '');
}

/**
 * Pasted text as one line of the query: each line break (CRLF, CR or LF) and each tab becomes
 * a space, and every other control character (C0, DEL, C1, bidirectional overrides) is dropped.
 */
export function pastedLine(text: string): string {
	return text
		.replaceAll(/\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g, ' ')
		.replaceAll(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');
}
