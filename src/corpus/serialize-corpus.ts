import type {Paper} from '../types.js';
import {finishPaper} from './paper-draft.js';

/**
 * Renders papers as the built-in corpus file: a JSON array indented with two spaces, keys in
 * the order of the `Paper` type, absent optional fields left out, and a trailing newline, so
 * the same papers always give the same bytes.
 */
export function serializeCorpus(papers: readonly Paper[]): string {
	const ordered = papers.map((paper) => finishPaper({...paper, baseId: paper.id}, paper.id));
	return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * Renders papers as a JSON Lines corpus, the format `fetch` writes: one paper per line, keys in
 * the order of the `Paper` type with every field kept (ids, DOI, arXiv id and version, journal
 * reference, updated time, keywords, citation key), absent optional fields left out, each line
 * ending with a newline. `--corpus` reads it back to the same papers.
 */
export function serializeCorpusLines(papers: readonly Paper[]): string {
	return papers.map(paper => `${JSON.stringify(finishPaper({...paper, baseId: paper.id}, paper.id))}\n`).join('');
}
