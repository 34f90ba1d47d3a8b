import type {StoredBookmark} from './bookmark-document.js';

/** What the caller asks to bookmark: the paper's id and its title at the time. */
export interface BookmarkEntry {
	readonly id: string;
	readonly title: string;
}

/** The outcome of a change: the new list, and whether it differs from the old one. */
export interface ChangeResult {
	readonly bookmarks: readonly StoredBookmark[];
	readonly changed: boolean;
}

/** Appends the entries whose ids are not bookmarked yet, stamped `addedAt`; existing ones keep their title and date. */
export function addBookmarks(bookmarks: readonly StoredBookmark[], entries: readonly BookmarkEntry[], addedAt: string): ChangeResult {
	const ids = new Set(bookmarks.map(bookmark => bookmark.id));
	const added: StoredBookmark[] = [];
	for (const {id, title} of entries) {
		if (!ids.has(id)) {
			ids.add(id);
			added.push({id, title, addedAt});
		}
	}

	return {bookmarks: [...bookmarks, ...added], changed: added.length > 0};
}

/**
 * Puts back bookmarks as they were (same title and `addedAt`), each before the first bookmark
 * added after it, so the list stays oldest first; ids already bookmarked are left as they are.
 */
export function restoreBookmarks(bookmarks: readonly StoredBookmark[], records: readonly StoredBookmark[]): ChangeResult {
	const ids = new Set(bookmarks.map(bookmark => bookmark.id));
	const restored = [...bookmarks];
	for (const record of records) {
		if (ids.has(record.id)) {
			continue;
		}

		ids.add(record.id);
		const time = Date.parse(record.addedAt);
		const later = restored.findIndex(bookmark => Date.parse(bookmark.addedAt) > time);
		restored.splice(later === -1 ? restored.length : later, 0, record);
	}

	return {bookmarks: restored, changed: restored.length > bookmarks.length};
}

/** Removes the bookmarks with these ids; ids that are not bookmarked are ignored. */
export function removeBookmarks(bookmarks: readonly StoredBookmark[], ids: readonly string[]): ChangeResult {
	const removed = new Set(ids);
	const kept = bookmarks.filter(bookmark => !removed.has(bookmark.id));
	return {bookmarks: kept, changed: kept.length !== bookmarks.length};
}

/** Throws a `TypeError` naming the key unless `entries` is a list of `{id, title}` with non-empty string ids and string titles. */
export function assertEntries(entries: unknown): asserts entries is readonly BookmarkEntry[] {
	if (!Array.isArray(entries)) {
		throw new TypeError(`Expected \`entries\` to be a list, got ${typeof entries}`);
	}

	for (const entry of entries) {
		assertEntry(entry);
	}
}

/** Throws a `TypeError` naming the key unless `entry` is `{id, title}` with a non-empty string id and a string title. */
export function assertEntry(entry: unknown): asserts entry is BookmarkEntry {
	if (typeof entry !== 'object' || entry === null) {
		throw new TypeError(`Expected a bookmark entry \`{id, title}\`, got ${entry === null ? 'null' : typeof entry}`);
	}

	const {id, title} = entry as Record<string, unknown>;
	assertId(id);
	if (typeof title !== 'string') {
		throw new TypeError(`Expected \`title\` of bookmark \`${id}\` to be a string, got ${typeof title}`);
	}
}

/** Throws a `TypeError` naming the key unless `ids` is a list of non-empty strings. */
export function assertIds(ids: unknown): asserts ids is readonly string[] {
	if (!Array.isArray(ids)) {
		throw new TypeError(`Expected \`ids\` to be a list, got ${typeof ids}`);
	}

	for (const id of ids) {
		assertId(id);
	}
}

function assertId(id: unknown): asserts id is string {
	if (typeof id !== 'string' || id === '') {
		throw new TypeError(`Expected \`id\` to be a non-empty string, got ${typeof id === 'string' ? 'an empty string' : typeof id}`);
	}
}
