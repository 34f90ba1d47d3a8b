/** A `note:word` chunk of a query (any case), with the whitespace before it. */
const NOTE_CHUNK = /(^|\s)[+]?note:(\S*)/giu;

/** Folds text for note matching: lower case, without diacritics. */
function foldNoteText(text: string): string {
	return text.normalize('NFKD').replaceAll(/\p{M}/gu, '').toLowerCase();
}

/** A query split into its `note:` words and the rest, which goes to the search index. */
export interface NoteQuery {
	/** The query without its `note:` chunks. */
	readonly query: string;
	/** The words after `note:`, folded (lower case, no diacritics); empty when the query has none. */
	readonly words: readonly string[];
}

/**
 * Takes the `note:word` chunks out of a query: `note:adapter lora` keeps papers whose note
 * holds "adapter" and searches for "lora". A bare `note:` (a word still being typed) filters
 * nothing. This is the one place that reads `note:`; a query-filter module can call it.
 */
export function splitNoteWords(query: string): NoteQuery {
	if (!/note:/iu.test(query)) return {query, words: []};
	const words: string[] = [];
	const rest = query.replaceAll(NOTE_CHUNK, (_chunk, space: string, word: string) => {
		const folded = foldNoteText(word);
		if (folded !== '') words.push(folded);
		return space;
	});
	return {query: rest, words};
}

/** Ids of the notes that hold every word (a case- and accent-insensitive substring match). */
export function idsWithNoteWords(notes: ReadonlyMap<string, string>, words: readonly string[]): Set<string> {
	const ids = new Set<string>();
	for (const [id, text] of notes) {
		const folded = foldNoteText(text);
		if (words.every(word => folded.includes(word))) ids.add(id);
	}

	return ids;
}
