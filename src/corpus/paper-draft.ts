import type {Paper} from '../types.js';
import {arxivAbsUrl, doiUrl} from './identifiers.js';
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
 * canonical links (the arXiv abs page, then the DOI resolver, when known), the explicit links,
 * then `url`, then the URLs in the abstract, without duplicates.
 */
export function draftPaper(fields: PaperFields): PaperDraft {
	const found = [
		...canonicalLinks(fields),
		...fields.links,
		...(fields.url === undefined ? [] : [fields.url]),
		...extractLinks(fields.abstract),
	];
	return {
		baseId: baseId(fields.title, fields.id),
		...paperFields({...fields, links: [...new Set(found)]}),
	};
}

/** The canonical links of a paper: its arXiv abs page, then its DOI resolver link, when known. */
export function canonicalLinks(fields: Pick<Paper, 'doi' | 'arxivId'>): string[] {
	return [
		...(fields.arxivId === undefined ? [] : [arxivAbsUrl(fields.arxivId)]),
		...(fields.doi === undefined ? [] : [doiUrl(fields.doi)]),
	];
}

/** Turns a draft into a `Paper` with its final id, keys in the order of the `Paper` type. */
export function finishPaper(draft: PaperDraft, id: string): Paper {
	return {id, ...paperFields(draft)};
}

/** The fields of a paper other than its id, keys in the order of the `Paper` type, absent optional ones left out. */
function paperFields(fields: Omit<Paper, 'id'>): Omit<Paper, 'id'> {
	return {
		title: fields.title,
		abstract: fields.abstract,
		authors: fields.authors,
		...(fields.year === undefined ? {} : {year: fields.year}),
		...(fields.url === undefined ? {} : {url: fields.url}),
		links: fields.links,
		...(fields.doi === undefined ? {} : {doi: fields.doi}),
		...(fields.arxivId === undefined ? {} : {arxivId: fields.arxivId}),
		...(fields.arxivVersion === undefined ? {} : {arxivVersion: fields.arxivVersion}),
		...(fields.journalRef === undefined ? {} : {journalRef: fields.journalRef}),
		...(fields.updated === undefined ? {} : {updated: fields.updated}),
		...(fields.keywords === undefined || fields.keywords.length === 0 ? {} : {keywords: fields.keywords}),
		...(fields.citationKey === undefined ? {} : {citationKey: fields.citationKey}),
	};
}
