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
