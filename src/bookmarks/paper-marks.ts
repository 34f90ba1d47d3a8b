import {normalizeTag, uniqueTags} from '../text/tags.js';
import type {PaperMark, PaperMarks} from '../types.js';

/** One paper's record in the file's `papers` object: the known fields plus any others it was written with, kept as found. */
export type StoredMark = Readonly<Record<string, unknown>> & {readonly readAt?: string; readonly tags?: readonly string[]};

/** The file's `papers` object: a record per paper id. */
export type StoredMarks = Readonly<Record<string, StoredMark>>;

/** The outcome of a change to the marks: the new records, and whether they differ from the old ones. */
export interface MarksChange {
	readonly papers: StoredMarks;
	readonly changed: boolean;
}

/** Tags to add to and remove from one paper: what an edit changed, so that another session's edits to the same paper survive. */
export interface TagChange {
	readonly add: readonly string[];
	readonly remove: readonly string[];
}

/** What the file's `papers` value turned out to be: records kept (malformed ones counted), or a reason it cannot be used. */
export type MarksReading =
	| {readonly kind: 'valid'; readonly papers: StoredMarks; readonly droppedCount: number}
	| {readonly kind: 'invalid'; readonly reason: string};

/**
 * Reads a `papers` value: a missing one is none; one that is not an object is invalid. Records
 * that are not objects, whose `readAt` is not a date or whose `tags` is not a list of strings are
 * dropped and counted.
 */
export function readMarks(value: unknown): MarksReading {
	if (value === undefined) {
		return {kind: 'valid', papers: {}, droppedCount: 0};
	}

	if (!isPlainObject(value)) {
		return {
			kind: 'invalid',
			reason: `\`papers\` is ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`}, not an object`,
		};
	}

	const papers: Record<string, StoredMark> = {};
	let droppedCount = 0;
	for (const [id, record] of Object.entries(value)) {
		if (id !== '' && isStoredMark(record)) {
			papers[id] = record;
		} else {
			droppedCount++;
		}
	}

	return {kind: 'valid', papers, droppedCount};
}

/** The public view of the records: read time and normalised tags per id (records with neither are left out). */
export function toPaperMarks(papers: StoredMarks): PaperMarks {
	const marks = new Map<string, PaperMark>();
	for (const [id, record] of Object.entries(papers)) {
		const tags = uniqueTags((record.tags ?? []).map(normalizeTag));
		if (record.readAt !== undefined || tags.length > 0) {
			marks.set(id, record.readAt === undefined ? {tags} : {readAt: record.readAt, tags});
		}
	}

	return marks;
}

/**
 * Marks the papers read at `readAt` (a paper already read keeps its first time), or unread when
 * `readAt` is undefined. Other fields of each record are left as they are.
 */
export function setRead(papers: StoredMarks, ids: readonly string[], readAt: string | undefined): MarksChange {
	let next = papers;
	for (const id of ids) {
		const record = next[id] ?? {};
		if (readAt === undefined ? record.readAt === undefined : record.readAt !== undefined) {
			continue;
		}

		const {readAt: _previous, ...rest} = record;
		next = withRecord(next, id, readAt === undefined ? rest : {...rest, readAt});
	}

	return {papers: next, changed: next !== papers};
}

/** Adds and removes tags of one paper (normalised; adding one it has, or removing one it lacks, does nothing). */
export function changeTags(papers: StoredMarks, id: string, change: TagChange): MarksChange {
	const record = papers[id] ?? {};
	const current = record.tags ?? [];
	const removed = new Set(change.remove.map(normalizeTag));
	const kept = current.filter(tag => !removed.has(normalizeTag(tag)));
	const known = new Set(kept.map(normalizeTag));
	const added = uniqueTags(change.add.map(normalizeTag)).filter(tag => !known.has(tag));
	if (kept.length === current.length && added.length === 0) {
		return {papers, changed: false};
	}

	const tags = [...kept, ...added];
	const {tags: _previous, ...rest} = record;
	return {papers: withRecord(papers, id, tags.length === 0 ? rest : {...rest, tags}), changed: true};
}

/**
 * Merges marks from another file (an import): a paper read in either is read (at the earlier
 * time), and its tags are the union. Other fields of records already here are kept; new records come whole.
 */
export function mergeMarks(papers: StoredMarks, incoming: StoredMarks): MarksChange {
	let next = papers;
	for (const [id, record] of Object.entries(incoming)) {
		const current = next[id];
		if (current === undefined) {
			next = withRecord(next, id, record);
			continue;
		}

		const readAt = earlier(current.readAt, record.readAt);
		const tags = uniqueTags([...(current.tags ?? []), ...(record.tags ?? [])].map(normalizeTag));
		const merged = {...current, ...(readAt === undefined ? {} : {readAt}), ...(tags.length === 0 ? {} : {tags})};
		if (merged.readAt !== current.readAt || JSON.stringify(merged.tags ?? []) !== JSON.stringify(current.tags ?? [])) {
			next = withRecord(next, id, merged);
		}
	}

	return {papers: next, changed: next !== papers};
}

function earlier(left: string | undefined, right: string | undefined): string | undefined {
	if (left === undefined || right === undefined) {
		return left ?? right;
	}

	return Date.parse(right) < Date.parse(left) ? right : left;
}

/** The records with `id`'s replaced; an empty record is removed. */
function withRecord(papers: StoredMarks, id: string, record: StoredMark): StoredMarks {
	if (Object.keys(record).length > 0) {
		return {...papers, [id]: record};
	}

	const {[id]: _removed, ...rest} = papers;
	return rest;
}

function isStoredMark(record: unknown): record is StoredMark {
	if (!isPlainObject(record)) {
		return false;
	}

	const {readAt, tags} = record;
	const isDate = readAt === undefined || (typeof readAt === 'string' && !Number.isNaN(Date.parse(readAt)));
	const isTagList = tags === undefined || (Array.isArray(tags) && tags.every(tag => typeof tag === 'string'));
	return isDate && isTagList;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws a `TypeError` naming the key unless `change` is `{add, remove}`, two lists of strings. */
export function assertTagChange(change: unknown): asserts change is TagChange {
	const {add, remove} = (typeof change === 'object' && change !== null ? change : {}) as Record<string, unknown>;
	for (const [name, list] of [
		['add', add],
		['remove', remove],
	] as const) {
		if (!Array.isArray(list) || !list.every(tag => typeof tag === 'string')) {
			throw new TypeError(`Expected \`${name}\` of a tag change to be a list of strings`);
		}
	}
}
