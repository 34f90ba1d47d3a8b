// The BibTeX parser (some 550 KB bundled) is built into its own file, dist/bibtex-library.cjs,
// loaded the first time a BibTeX corpus is read (see scripts/build.mjs), so the program that
// opens other corpora stays small.
import {parse, type Creator, type Entry, type Library, type ParseError} from '@retorquere/bibtex-parser';

export type {Creator, Entry, Library, ParseError};

/**
 * Parses BibTeX/BibLaTeX text with `@retorquere/bibtex-parser`: `@string`s expanded, `crossref`
 * fields inherited, LaTeX turned into Unicode (unknown commands keep their argument), titles
 * left in their own case. Entries that cannot be parsed are left out and listed in `errors`.
 */
export function parseBibtexLibrary(text: string): Library {
	return parse(text, {sentenceCase: false, unsupported: 'ignore', applyCrossRef: true});
}
