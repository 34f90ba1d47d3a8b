/**
 * Whether a raw key sequence may edit the search text. ink-text-input inserts the letter of
 * Ctrl and Alt chords (Ctrl-U types `u`); those must never reach the query.
 */
export function isTextEdit(raw: string): boolean {
	if (raw === '\u007F' || raw === '\b' || raw === '\u001B[3~') {
		return true;
	}

	if (raw.startsWith('\u001B')) {
		return false;
	}

	if (raw.length === 1) {
		return raw >= ' ';
	}

	// Several characters at once is pasted text; its control characters are replaced by cleanQuery.
	return true;
}

/** The query as it may be shown and searched: control characters become spaces. */
export function cleanQuery(text: string): string {
	return text.replaceAll(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, ' ');
}

/** Deletes the word before the end of `text`, and the spaces after it (Ctrl-W). */
export function deleteLastWord(text: string): string {
	return text.replace(/\S*\s*$/, '');
}
