import {cleanText} from '../text/clean-text.js';
import {capLength, MAX_TITLE_LENGTH} from '../text/cap-length.js';
import type {Bookmark} from '../types.js';
import {readMarks, type StoredMarks} from './paper-marks.js';

/**
 * The format version this build writes. Version 2 added `papers` (read state and tags per
 * paper); a version-1 file is read as it is and written as version 2 on its first change.
 */
export const FORMAT_VERSION = 2;

/** A bookmark as kept in the file: the known fields plus any others it was written with, kept as found. */
export type StoredBookmark = Bookmark & Readonly<Record<string, unknown>>;

/** The file's content, understood: its bookmarks in order, the marks per paper, and every other top-level key as found. */
export interface BookmarkDocument {
	/** The format version the file was written with (1 or 2; a missing file reads as the current one). */
	readonly version: number;
	readonly bookmarks: readonly StoredBookmark[];
	/** Read state and tags by paper id (`papers` in the file). */
	readonly papers: StoredMarks;
	readonly otherKeys: Readonly<Record<string, unknown>>;
}

/** What a parsed config file turned out to be. */
export type DocumentReading =
	| {readonly kind: 'valid'; readonly document: BookmarkDocument}
	| {readonly kind: 'partly-valid'; readonly document: BookmarkDocument; readonly droppedCount: number}
	| {readonly kind: 'invalid'; readonly reason: string}
	| {readonly kind: 'newer'; readonly version: number; readonly bookmarks: readonly StoredBookmark[]; readonly papers: StoredMarks};

/** The document of a missing file. */
export const EMPTY_DOCUMENT: BookmarkDocument = {version: FORMAT_VERSION, bookmarks: [], papers: {}, otherKeys: {}};

/**
 * Interprets a parsed config file. A missing `version` reads as version 1, a missing
 * `bookmarks` or `papers` as none, so a config file that only holds other settings is valid.
 * Records that are not `{id, title, addedAt}` with a non-empty id and a parseable date, and
 * repeated ids after the first, are dropped and counted, as are malformed `papers` records.
 */
export function readDocument(value: unknown): DocumentReading {
	if (!isPlainObject(value)) {
		return {kind: 'invalid', reason: `the top level is ${describe(value)}, not an object`};
	}

	const {version = 1, bookmarks = [], papers, ...otherKeys} = value;
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
		return {kind: 'invalid', reason: `\`version\` is ${describe(version)}, not a positive whole number`};
	}

	if (version > FORMAT_VERSION) {
		const marks = readMarks(papers);
		return {
			kind: 'newer',
			version,
			bookmarks: Array.isArray(bookmarks) ? keepValidRecords(bookmarks) : [],
			papers: marks.kind === 'valid' ? marks.papers : {},
		};
	}

	if (!Array.isArray(bookmarks)) {
		return {kind: 'invalid', reason: `\`bookmarks\` is ${describe(bookmarks)}, not a list`};
	}

	const marks = readMarks(papers);
	if (marks.kind === 'invalid') {
		return marks;
	}

	const kept = keepValidRecords(bookmarks);
	const document = {version, bookmarks: kept, papers: marks.papers, otherKeys};
	const droppedCount = bookmarks.length - kept.length + marks.droppedCount;
	return droppedCount === 0 ? {kind: 'valid', document} : {kind: 'partly-valid', document, droppedCount};
}

/** Serialises a document as current-version JSON: `version`, `bookmarks`, `papers`, then the other keys; tab-indented like conf. */
export function serializeDocument(document: BookmarkDocument): string {
	const content = {version: FORMAT_VERSION, bookmarks: document.bookmarks, papers: document.papers, ...document.otherKeys};
	return `${JSON.stringify(content, undefined, '\t')}\n`;
}

/**
 * The public view of a stored bookmark: exactly `{id, title, addedAt}`. The title is shown on
 * screen, so a hand-edited file's escape sequences are removed from it and it is cut to
 * `MAX_TITLE_LENGTH`, as a corpus title is (the file keeps it as it is).
 */
export function toBookmark(stored: StoredBookmark): Bookmark {
	return {id: stored.id, title: capLength(cleanText(stored.title), MAX_TITLE_LENGTH), addedAt: stored.addedAt};
}

/** The stored bookmarks whose title `toBookmark` cuts. */
export function bookmarksWithLongTitles(bookmarks: readonly StoredBookmark[]): StoredBookmark[] {
	return bookmarks.filter(bookmark => bookmark.title.length > MAX_TITLE_LENGTH && cleanText(bookmark.title).length > MAX_TITLE_LENGTH);
}

function keepValidRecords(records: readonly unknown[]): StoredBookmark[] {
	const seenIds = new Set<string>();
	const kept: StoredBookmark[] = [];
	for (const record of records) {
		if (isStoredBookmark(record) && !seenIds.has(record.id)) {
			seenIds.add(record.id);
			kept.push(record);
		}
	}

	return kept;
}

function isStoredBookmark(record: unknown): record is StoredBookmark {
	return (
		isPlainObject(record) &&
		typeof record['id'] === 'string' &&
		record['id'] !== '' &&
		typeof record['title'] === 'string' &&
		typeof record['addedAt'] === 'string' &&
		!Number.isNaN(Date.parse(record['addedAt']))
	);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return 'a list';
	}

	return typeof value === 'string' ? 'a string' : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
