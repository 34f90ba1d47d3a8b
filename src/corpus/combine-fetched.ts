import type {Paper} from '../types.js';
import {limitFields} from './field-limits.js';
import {mergeFiles} from './merge-papers.js';
import {draftPaper, finishPaper, type PaperFields} from './paper-draft.js';
import {assignUniqueIds} from './paper-id.js';

/**
 * The corpus a fetch writes: the papers of the file it appends to (`existing`, none for a new
 * file), first and with their ids, then each fetched paper that is not already there (the same
 * DOI, arXiv id or title: see `mergeFiles`, which also keeps the richer fields of both). Titles
 * and abstracts are cut to their limits, as when a file is loaded. `added` counts the new papers.
 */
export function combineFetched(existing: readonly Paper[], fetched: readonly PaperFields[]): {papers: Paper[]; added: number} {
	const drafts = mergeFiles([existing.map(paper => ({...paper, baseId: paper.id})), fetched.map(fields => draftPaper(limitFields(fields).fields))]);
	const ids = assignUniqueIds(drafts.map(draft => draft.baseId));
	return {papers: drafts.map((draft, index) => finishPaper(draft, ids[index]!)), added: drafts.length - existing.length};
}
