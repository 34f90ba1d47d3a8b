import {extname} from 'node:path';
import {looksLikeAtom} from './arxiv-atom.js';
import {looksLikeBibtex} from './bibtex-records.js';
import {looksLikeJsonLines} from './json-records.js';

/** The corpus file formats the loader reads. */
export type CorpusFormat = 'json' | 'json-lines' | 'bibtex' | 'atom' | 'page-text';

/** The formats, as named to a user whose file matched none of them. */
export const FORMATS_TRIED = 'BibTeX, arXiv Atom, CSL-JSON, Hugging Face daily papers, JSON, JSON Lines, page text';

const BIBTEX_EXTENSIONS = new Set(['.bib', '.bibtex', '.biblatex']);
const ATOM_EXTENSIONS = new Set(['.atom', '.xml']);

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
 * Decides how to read a corpus file, by its content with its name as a hint:
 * 1. `formatFromName`.
 * 2. Text that starts with `[` or `{` (or any `.json` file): JSON Lines when the text looks like
 *    it (two or more non-blank lines, the first a complete JSON object on its own), otherwise JSON.
 * 3. An XML document whose root is `<feed>`, or any `.atom`/`.xml` file → arXiv API Atom.
 * 4. Text with a line starting `@type{` or `@type(`, or any `.bib`/`.bibtex`/`.biblatex` file → BibTeX.
 * 5. Anything else → page text (`undefined`'s caller names the formats tried when it finds nothing).
 */
export function detectFormat(path: string, text: string): CorpusFormat {
	const byName = formatFromName(path);
	if (byName !== undefined) {
		return byName;
	}

	const extension = extname(path).toLowerCase();
	if (/^\s*[[{]/.test(text) || (extension === '.json' && !looksLikeBibtex(text))) {
		return looksLikeJsonLines(text) ? 'json-lines' : 'json';
	}

	if (looksLikeAtom(text) || (ATOM_EXTENSIONS.has(extension) && !looksLikeBibtex(text))) {
		return 'atom';
	}

	if (BIBTEX_EXTENSIONS.has(extension) || looksLikeBibtex(text)) {
		return 'bibtex';
	}

	return 'page-text';
}
