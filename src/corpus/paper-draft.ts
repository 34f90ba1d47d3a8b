import type {Paper} from '../types.js';
import {extractLinks} from './links.js';
import {baseId} from './paper-id.js';

/** A paper before ids are made unique across the corpus: `baseId` is the id it asks for. */
export interface PaperDraft extends Omit<Paper, 'id'> {
	readonly baseId: string;
}

/** The cleaned fields a loader found for one paper; `links` are the explicit ones only. */
export type PaperFields = Omit<Paper, 'id'> & {readonly id?: string};

/**
 * Builds a draft from cleaned fields: asks for `baseId(title, id)`, and collects links as the
 * explicit links, then `url`, then the URLs in the abstract, without duplicates.
 */
export function draftPaper(fields: PaperFields): PaperDraft {
	const found = [...fields.links, ...(fields.url === undefined ? [] : [fields.url]), ...extractLinks(fields.abstract)];
	return {
		baseId: baseId(fields.title, fields.id),
		title: fields.title,
		abstract: fields.abstract,
		authors: fields.authors,
		...(fields.year === undefined ? {} : {year: fields.year}),
		...(fields.url === undefined ? {} : {url: fields.url}),
		links: [...new Set(found)],
	};
}

/** Turns a draft into a `Paper` with its final id, keys in the order of the `Paper` type. */
export function finishPaper(draft: PaperDraft, id: string): Paper {
	return {
		id,
		title: draft.title,
		abstract: draft.abstract,
		authors: draft.authors,
		...(draft.year === undefined ? {} : {year: draft.year}),
		...(draft.url === undefined ? {} : {url: draft.url}),
		links: draft.links,
	};
}
