import {extname} from 'node:path';
import {looksLikeJsonLines} from './json-records.js';

/** The corpus file formats the loader reads. */
export type CorpusFormat = 'json' | 'json-lines' | 'page-text';

/**
 * The format a corpus file's name alone decides: `.jsonl` / `.ndjson` → JSON Lines (read as a
 * stream, without the whole text in memory); `.txt` / `.text` → page text; otherwise undefined.
 */
export function formatFromName(path: string): CorpusFormat | undefined {
	const extension = extname(path).toLowerCase();
	if (extension === '.jsonl' || extension === '.ndjson') {
		return 'json-lines';
	}

	if (extension === '.txt' || extension === '.text') {
		return 'page-text';
	}

	return undefined;
}

/**
 * Decides how to read a corpus file, from its name first and its content second:
 * 1. `formatFromName`.
 * 2. `.json`, or any other name whose text starts with `[` or `{`: JSON Lines when the text
 *    looks like it (two or more non-blank lines, the first a complete JSON object on its
 *    own), otherwise JSON.
 * 3. Anything else → page text.
 */
export function detectFormat(path: string, text: string): CorpusFormat {
	const byName = formatFromName(path);
	if (byName !== undefined) {
		return byName;
	}

	if (extname(path).toLowerCase() === '.json' || /^\s*[[{]/.test(text)) {
		return looksLikeJsonLines(text) ? 'json-lines' : 'json';
	}

	return 'page-text';
}
