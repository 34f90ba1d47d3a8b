import {cleanText} from '../text/clean-text.js';
import {capLength, MAX_TITLE_LENGTH} from '../text/cap-length.js';
import type {Bookmark} from '../types.js';

/** The format version this build reads and writes. */
export const FORMAT_VERSION = 1;

/** A bookmark as kept in the file: the known fields plus any others it was written with, kept as found. */
export type StoredBookmark = Bookmark & Readonly<Record<string, unknown>>;

/** The file's content, understood: its bookmarks in order, and every other top-level key as found. */
export interface BookmarkDocument {
	readonly bookmarks: readonly StoredBookmark[];
	readonly otherKeys: Readonly<Record<string, unknown>>;
}

/** What a parsed config file turned out to be. */
export type DocumentReading =
	| {readonly kind: 'valid'; readonly document: BookmarkDocument}
	| {readonly kind: 'partly-valid'; readonly document: BookmarkDocument; readonly droppedCount: number}
	| {readonly kind: 'invalid'; readonly reason: string}
	| {readonly kind: 'newer'; readonly version: number; readonly bookmarks: readonly StoredBookmark[]};

/** The document of a missing file. */
export const EMPTY_DOCUMENT: BookmarkDocument = {bookmarks: [], otherKeys: {}};

/**
 * Interprets a parsed config file. A missing `version` reads as version 1 and a missing
 * `bookmarks` as none, so a config file that only holds other settings is valid. Records
 * that are not `{id, title, addedAt}` with a non-empty id and a parseable date, and
 * repeated ids after the first, are dropped and counted.
 */
export function readDocument(value: unknown): DocumentReading {
	if (!isPlainObject(value)) {
		return {kind: 'invalid', reason: `the top level is ${describe(value)}, not an object`};
	}

	const {version = FORMAT_VERSION, bookmarks = [], ...otherKeys} = value;
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
		return {kind: 'invalid', reason: `\`version\` is ${describe(version)}, not a positive whole number`};
	}

	if (version > FORMAT_VERSION) {
		return {kind: 'newer', version, bookmarks: Array.isArray(bookmarks) ? keepValidRecords(bookmarks) : []};
	}

	if (!Array.isArray(bookmarks)) {
		return {kind: 'invalid', reason: `\`bookmarks\` is ${describe(bookmarks)}, not a list`};
	}

	const kept = keepValidRecords(bookmarks);
	const document = {bookmarks: kept, otherKeys};
	const droppedCount = bookmarks.length - kept.length;
	return droppedCount === 0 ? {kind: 'valid', document} : {kind: 'partly-valid', document, droppedCount};
}

/** Serialises a document as version-1 JSON: `version`, then `bookmarks`, then the other keys; tab-indented like conf. */
export function serializeDocument(document: BookmarkDocument): string {
	const content = {version: FORMAT_VERSION, bookmarks: document.bookmarks, ...document.otherKeys};
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
