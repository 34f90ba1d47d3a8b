/** The query as it may be shown and searched: control characters become spaces. */
export function cleanQuery(text: string): string {
	return text.replaceAll(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ');
}

/** Deletes the word before the end of `text`, and the spaces after it (Ctrl-W). */
export function deleteLastWord(text: string): string {
	return text.replace(/\S*\s*$/, '');
}
