import {canonicalLinks, type PaperDraft} from './paper-draft.js';
import {slugify} from './paper-id.js';

/**
 * Joins the papers of several files so that the same paper from two files is one paper. A
 * paper of a later file is the same as one of an earlier file with the same DOI (any case),
 * else the same arXiv id, else the same title once normalised (case, accents and punctuation
 * ignored) when neither has a DOI, arXiv id or year that contradicts the other. Papers within
 * one file are never joined. A joined paper keeps the place, title and id of its first
 * appearance (so bookmarks of the first file's papers still find it), and the richest of each
 * other field: the longer abstract and author list, the first year, url, DOI, arXiv id, journal
 * reference and citation key found, the highest arXiv version and latest updated time, every keyword and every link (the canonical ones first).
 */
export function mergeFiles(files: ReadonlyArray<readonly PaperDraft[]>): PaperDraft[] {
	return mergeFilesWithSources(files).drafts;
}

/**
 * `mergeFiles`, telling also where each paper went: `sources[file][index]` is the place in
 * `drafts` of the `index`-th paper of the `file`-th file.
 */
export function mergeFilesWithSources(files: ReadonlyArray<readonly PaperDraft[]>): {drafts: PaperDraft[]; sources: number[][]} {
	const merger = new PaperMerger(files.length);
	for (const drafts of files) {
		merger.startFile();
		for (const draft of drafts) {
			merger.add(draft);
		}

		merger.endFile();
	}

	return {drafts: merger.drafts, sources: merger.sources};
}

/**
 * `mergeFilesWithSources` a paper at a time, for a loader that reads files in steps: `startFile`,
 * `add` each of its papers in order, `endFile`, for each of the `fileCount` files.
 */
export class PaperMerger {
	/** The papers so far, in order; a paper of a later file joined to one of them replaces it at its place. */
	readonly drafts: PaperDraft[] = [];
	/** `sources[file][index]`: the place in `drafts` of the file's `index`-th paper. */
	readonly sources: number[][] = [];
	readonly #fileCount: number;
	readonly #byKey = new Map<string, number>();
	#added: Array<[string, number]> = [];

	constructor(fileCount: number) {
		this.#fileCount = fileCount;
	}

	startFile(): void {
		this.sources.push([]);
		this.#added = [];
	}

	/** Adds the next paper of the current file; returns its place and whether it joined an earlier file's paper. */
	add(draft: PaperDraft): {place: number; isJoined: boolean} {
		const places = this.sources.at(-1)!;
		// No later file will look a paper of the last one up.
		const isLastFile = this.sources.length === this.#fileCount;
		const index = this.sources.length === 1 ? undefined : findSame(draft, this.drafts, this.#byKey);
		if (index === undefined) {
			this.drafts.push(draft);
			places.push(this.drafts.length - 1);
			if (!isLastFile) this.#added.push(...keysOf(draft).map((key): [string, number] => [key, this.drafts.length - 1]));
			return {place: this.drafts.length - 1, isJoined: false};
		}

		this.drafts[index] = joinDrafts(this.drafts[index]!, draft);
		places.push(index);
		if (!isLastFile) this.#added.push(...keysOf(this.drafts[index]).map((key): [string, number] => [key, index]));
		return {place: index, isJoined: true};
	}

	endFile(): void {
		// Only now: papers of the same file are not matched with each other.
		for (const [key, index] of this.#added) {
			if (!this.#byKey.has(key)) {
				this.#byKey.set(key, index);
			}
		}

		this.#added = [];
	}
}

function keysOf(draft: PaperDraft): string[] {
	return [
		...(draft.doi === undefined ? [] : [`doi:${draft.doi.toLowerCase()}`]),
		...(draft.arxivId === undefined ? [] : [`arxiv:${draft.arxivId.toLowerCase()}`]),
		`title:${normalisedTitle(draft.title)}`,
	];
}

function findSame(draft: PaperDraft, merged: readonly PaperDraft[], byKey: ReadonlyMap<string, number>): number | undefined {
	for (const key of keysOf(draft)) {
		const index = byKey.get(key);
		if (index !== undefined && (!key.startsWith('title:') || !contradicts(merged[index]!, draft))) {
			return index;
		}
	}

	return undefined;
}

function normalisedTitle(title: string): string {
	return slugify(title);
}

function contradicts(first: PaperDraft, second: PaperDraft): boolean {
	const differ = (left: unknown, right: unknown) => left !== undefined && right !== undefined && String(left).toLowerCase() !== String(right).toLowerCase();
	return differ(first.doi, second.doi) || differ(first.arxivId, second.arxivId) || differ(first.year, second.year);
}

function joinDrafts(first: PaperDraft, second: PaperDraft): PaperDraft {
	const doi = first.doi ?? second.doi;
	const arxivId = first.arxivId ?? second.arxivId;
	const keywords = [...new Set([...(first.keywords ?? []), ...(second.keywords ?? [])])];
	const year = first.year ?? second.year;
	const url = first.url ?? second.url;
	const citationKey = first.citationKey ?? second.citationKey;
	const journalRef = first.journalRef ?? second.journalRef;
	// The later revision wins: its version number and its time.
	const arxivVersion = Math.max(first.arxivVersion ?? 0, second.arxivVersion ?? 0) || undefined;
	const updated = [first.updated, second.updated].filter(time => time !== undefined).sort().at(-1);
	return {
		baseId: first.baseId,
		title: first.title,
		abstract: second.abstract.length > first.abstract.length ? second.abstract : first.abstract,
		authors: second.authors.length > first.authors.length ? second.authors : first.authors,
		...(year === undefined ? {} : {year}),
		...(url === undefined ? {} : {url}),
		links: [...new Set([...canonicalLinks({doi, arxivId}), ...first.links, ...second.links])],
		...(doi === undefined ? {} : {doi}),
		...(arxivId === undefined ? {} : {arxivId}),
		...(arxivVersion === undefined ? {} : {arxivVersion}),
		...(journalRef === undefined ? {} : {journalRef}),
		...(updated === undefined ? {} : {updated}),
		...(keywords.length === 0 ? {} : {keywords}),
		...(citationKey === undefined ? {} : {citationKey}),
	};
}
