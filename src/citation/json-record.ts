import type {Bookmark, Paper} from '../types.js';

/** A paper as exported to JSON, keys in this order; absent optional fields are left out. */
export interface PaperRecord {
	readonly id: string;
	readonly title: string;
	readonly authors: readonly string[];
	readonly year?: number;
	readonly doi?: string;
	readonly arxivId?: string;
	readonly arxivVersion?: number;
	readonly journalRef?: string;
	readonly updated?: string;
	readonly url?: string;
	readonly links: readonly string[];
	readonly keywords?: readonly string[];
	readonly citationKey?: string;
	readonly abstract: string;
}

/** A bookmark as exported to JSON: merged with its paper, or flagged `missing` when the corpus lacks it. */
export type BookmarkRecord =
	| ({readonly id: string; readonly title: string; readonly addedAt: string} & Omit<PaperRecord, 'id' | 'title'>)
	| {readonly id: string; readonly title: string; readonly addedAt: string; readonly missing: true};

const INDENT = 2;

function paperFields(paper: Paper): Omit<PaperRecord, 'id' | 'title'> {
	return {
		authors: [...paper.authors],
		...(paper.year === undefined ? {} : {year: paper.year}),
		...(paper.doi === undefined ? {} : {doi: paper.doi}),
		...(paper.arxivId === undefined ? {} : {arxivId: paper.arxivId}),
		...(paper.arxivVersion === undefined ? {} : {arxivVersion: paper.arxivVersion}),
		...(paper.journalRef === undefined ? {} : {journalRef: paper.journalRef}),
		...(paper.updated === undefined ? {} : {updated: paper.updated}),
		...(paper.url === undefined ? {} : {url: paper.url}),
		links: [...paper.links],
		...(paper.keywords === undefined ? {} : {keywords: [...paper.keywords]}),
		...(paper.citationKey === undefined ? {} : {citationKey: paper.citationKey}),
		abstract: paper.abstract,
	};
}

/** The record of one paper with keys in a fixed order (id, title, authors, year, doi, arxivId, arxivVersion, journalRef, updated, url, links, keywords, citationKey, abstract), whatever else the object carries. */
export function paperRecord(paper: Paper): PaperRecord {
	return {id: paper.id, title: paper.title, ...paperFields(paper)};
}

/** The record of one bookmark: id, title (the paper's current one), addedAt, then the paper's fields; `{id, title, addedAt, missing: true}` when `paper` is undefined. */
export function bookmarkRecord(bookmark: Bookmark, paper: Paper | undefined): BookmarkRecord {
	if (paper === undefined) {
		return {id: bookmark.id, title: bookmark.title, addedAt: bookmark.addedAt, missing: true};
	}
	return {id: bookmark.id, title: paper.title, addedAt: bookmark.addedAt, ...paperFields(paper)};
}

/** The single-paper JSON shown in the citation view: `paperRecord`, 2-space indented, no trailing newline. */
export function toJsonRecord(paper: Paper): string {
	return JSON.stringify(paperRecord(paper), null, INDENT);
}

/** A JSON array of `bookmarkRecord`s in bookmark order, looked up by id in `papers`, 2-space indented, ending with a newline. */
export function toJsonRecords(bookmarks: readonly Bookmark[], papers: ReadonlyMap<string, Paper>): string {
	const records = bookmarks.map(bookmark => bookmarkRecord(bookmark, papers.get(bookmark.id)));
	return `${JSON.stringify(records, null, INDENT)}\n`;
}
