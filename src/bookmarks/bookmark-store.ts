import path from 'node:path';
import type {Bookmark} from '../types.js';
import {
	addBookmarks,
	assertEntries,
	assertEntry,
	assertIds,
	removeBookmarks,
	restoreBookmarks,
	type BookmarkEntry,
	type ChangeResult,
} from './bookmark-changes.js';
import {
	bookmarksWithLongTitles,
	EMPTY_DOCUMENT,
	readDocument,
	serializeDocument,
	toBookmark,
	type BookmarkDocument,
	type StoredBookmark,
} from './bookmark-document.js';
import {ConfigFile} from './config-file.js';
import {copyToBackup, moveToBackup} from './corrupt-backup.js';
import {ensureDirectoryDurably, stageFile, sweepTemporaryFiles, writeTarget} from './durable-file.js';
import {BookmarkStoreError, errorMessage} from './errors.js';
import {DEFAULT_LOCK_STALE_MS, withFileLock} from './file-lock.js';
import {moveLegacyConfig} from './move-legacy-config.js';
import {legacyConfigDir, resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';
import {droppedRecordsNotice, longTitlesNotice, movedAsideNotice, newerVersionNotice, unreadableNotice} from './store-messages.js';

/** Where the store lives and how long a dead writer's lock blocks others. */
export interface BookmarkStoreOptions extends Pick<ConfigDirOptions, 'configDir' | 'env'> {
	/** How long a lock left by a killed process blocks writers; default 5000, at least 2000. */
	readonly lockStaleMs?: number;
}

/** The user's bookmarks in `config.json`: every read is fresh from disk, every change durable once it resolves. */
export interface BookmarkStore {
	/** Absolute path of `config.json`. */
	readonly path: string;
	/** One-line messages about recoveries and refusals, each added once, oldest first; show new ones to the user. */
	readonly notices: readonly string[];
	/** The bookmarks on disk now, oldest first. Never rejects: problems become notices. */
	list(): Promise<Bookmark[]>;
	/** Bookmarks the entries not bookmarked yet (others keep their title and date); resolves with the full list once it is on disk. */
	add(entries: readonly BookmarkEntry[]): Promise<Bookmark[]>;
	/** Removes these ids (unknown ids are ignored); resolves with the full list once it is on disk. */
	remove(ids: readonly string[]): Promise<Bookmark[]>;
	/** Adds the entry if its id is not bookmarked, else removes it (`removed` is the record as it was); resolves once it is on disk. */
	toggle(entry: BookmarkEntry): Promise<{bookmarks: Bookmark[]; added: boolean; removed?: Bookmark}>;
	/** Puts removed bookmarks back with their own title and `addedAt` (undo); resolves with the full list once it is on disk. */
	restore(bookmarks: readonly Bookmark[]): Promise<Bookmark[]>;
}

/**
 * Opens the bookmark store in the directory chosen by `resolveConfigDir` and reads it once.
 * In the default directory, a `config.json` left in the old one (`paper-tui-nodejs`) is moved
 * over first, once; if that fails, the old file is used where it is. A damaged file is
 * repaired with a byte-for-byte backup beside it, a newer or unreadable one makes the store
 * read-only; each of these adds a notice. Never rejects.
 */
export async function openBookmarkStore(options: BookmarkStoreOptions = {}): Promise<BookmarkStore> {
	const lockStaleMs = options.lockStaleMs ?? DEFAULT_LOCK_STALE_MS;
	const directory = resolveConfigDir(options);
	const legacyDirectory = legacyConfigDir(options);
	const move = legacyDirectory === undefined ? {kind: 'nothing' as const} : await moveLegacyConfig(legacyDirectory, directory, lockStaleMs);
	const store = new FileBookmarkStore(move.kind === 'failed' ? legacyDirectory! : directory, lockStaleMs);
	if (move.kind !== 'nothing') {
		store.notify(move.notice);
	}

	await store.list();
	return store;
}

/** What the file holds right now, and what must happen before it can be changed. */
type Snapshot =
	| {readonly kind: 'ready'; readonly document: BookmarkDocument; readonly identity: string; readonly mustRewrite: boolean}
	| {readonly kind: 'move-aside'; readonly reason: string}
	| {readonly kind: 'drop-records'; readonly document: BookmarkDocument; readonly droppedCount: number; readonly identity: string}
	| {readonly kind: 'refused'; readonly bookmarks: readonly StoredBookmark[]; readonly notice: string};

/** How often a write re-reads when the file changed under a lock that another process broke. */
const MAXIMUM_ATTEMPTS = 5;

/** Temporary files older than this belong to writers that died. */
const ABANDONED_TEMPORARY_FILE_MS = 60_000;

class FileBookmarkStore implements BookmarkStore {
	readonly path: string;
	readonly #file: ConfigFile;
	readonly #lockStaleMs: number;
	readonly #notices: string[] = [];
	#isDirectoryDurable = false;

	constructor(directory: string, lockStaleMs: number) {
		this.#file = new ConfigFile(directory);
		this.path = this.#file.path;
		this.#lockStaleMs = lockStaleMs;
	}

	get notices(): readonly string[] {
		return this.#notices;
	}

	async list(): Promise<Bookmark[]> {
		const snapshot = this.#look();
		switch (snapshot.kind) {
			case 'ready': {
				this.#noticeLongTitles(snapshot.document.bookmarks);
				return snapshot.document.bookmarks.map(toBookmark);
			}

			case 'refused': {
				this.#notify(snapshot.notice);
				this.#noticeLongTitles(snapshot.bookmarks);
				return snapshot.bookmarks.map(toBookmark);
			}

			default: {
				try {
					return (await this.#change(bookmarks => ({bookmarks, changed: false}))).map(toBookmark);
				} catch (error) {
					this.#notify(errorMessage(error));
					return snapshot.kind === 'drop-records' ? snapshot.document.bookmarks.map(toBookmark) : [];
				}
			}
		}
	}

	async add(entries: readonly BookmarkEntry[]): Promise<Bookmark[]> {
		assertEntries(entries);
		const addedAt = new Date().toISOString();
		return (await this.#change(bookmarks => addBookmarks(bookmarks, entries, addedAt))).map(toBookmark);
	}

	async remove(ids: readonly string[]): Promise<Bookmark[]> {
		assertIds(ids);
		return (await this.#change(bookmarks => removeBookmarks(bookmarks, ids))).map(toBookmark);
	}

	async toggle(entry: BookmarkEntry): Promise<{bookmarks: Bookmark[]; added: boolean; removed?: Bookmark}> {
		assertEntry(entry);
		const addedAt = new Date().toISOString();
		let removed: StoredBookmark | undefined;
		const bookmarks = await this.#change(current => {
			removed = current.find(bookmark => bookmark.id === entry.id);
			return removed ? removeBookmarks(current, [entry.id]) : addBookmarks(current, [entry], addedAt);
		});
		return removed
			? {bookmarks: bookmarks.map(toBookmark), added: false, removed: toBookmark(removed)}
			: {bookmarks: bookmarks.map(toBookmark), added: true};
	}

	async restore(records: readonly Bookmark[]): Promise<Bookmark[]> {
		assertEntries(records);
		return (
			await this.#change(bookmarks =>
				restoreBookmarks(
					bookmarks,
					records.map(({id, title, addedAt}) => ({id, title, addedAt})),
				),
			)
		).map(toBookmark);
	}

	/** Reads the file now and classifies it; never throws. */
	#look(): Snapshot {
		const reading = this.#file.read();
		switch (reading.kind) {
			case 'missing': {
				return {kind: 'ready', document: EMPTY_DOCUMENT, identity: reading.identity, mustRewrite: false};
			}

			case 'unreadable': {
				return {kind: 'refused', bookmarks: [], notice: unreadableNotice(this.path, reading.reason)};
			}

			case 'not-json': {
				return {kind: 'move-aside', reason: `not valid JSON: ${reading.reason}`};
			}

			case 'parsed': {
				break;
			}
		}

		const document = readDocument(reading.value);
		switch (document.kind) {
			case 'valid': {
				return {kind: 'ready', document: document.document, identity: reading.identity, mustRewrite: false};
			}

			case 'partly-valid': {
				return {kind: 'drop-records', document: document.document, droppedCount: document.droppedCount, identity: reading.identity};
			}

			case 'invalid': {
				return {kind: 'move-aside', reason: document.reason};
			}

			case 'newer': {
				return {kind: 'refused', bookmarks: document.bookmarks, notice: newerVersionNotice(this.path, document.version)};
			}
		}
	}

	/**
	 * Read-merge-write under the lock: re-reads the file, repairs it if needed, applies
	 * `change`, and replaces the file durably only if something changed. Before the rename
	 * it checks that the file is still the one it read (it differs only if a stalled lock was
	 * broken by another process) and starts over if not.
	 */
	async #change(change: (bookmarks: readonly StoredBookmark[]) => ChangeResult): Promise<readonly StoredBookmark[]> {
		try {
			await this.#ensureDirectory();
			return await withFileLock(
				this.path,
				async () => {
					for (let attempt = 0; attempt < MAXIMUM_ATTEMPTS; attempt++) {
						const snapshot = await this.#repair(this.#look());
						const result = change(snapshot.document.bookmarks);
						if (!result.changed && !snapshot.mustRewrite) {
							return result.bookmarks;
						}

						const staged = await stageFile(this.path, serializeDocument({...snapshot.document, bookmarks: result.bookmarks}));
						if (this.#file.identity() !== snapshot.identity) {
							await staged.discard();
							continue;
						}

						await staged.commit();
						await sweepTemporaryFiles(writeTarget(this.path), ABANDONED_TEMPORARY_FILE_MS);
						return result.bookmarks;
					}

					throw new BookmarkStoreError(`Cannot save bookmarks: ${this.path} kept changing while locked; try again.`);
				},
				this.#lockStaleMs,
			);
		} catch (error) {
			if (error instanceof BookmarkStoreError) {
				throw error;
			}

			throw new BookmarkStoreError(`Cannot save bookmarks to ${this.path}: ${errorMessage(error)}`, {cause: error});
		}
	}

	/** Turns a damaged file into a usable one, keeping a byte-for-byte backup; only under the lock. */
	async #repair(snapshot: Snapshot): Promise<Extract<Snapshot, {kind: 'ready'}>> {
		switch (snapshot.kind) {
			case 'ready': {
				return snapshot;
			}

			case 'refused': {
				this.#notify(snapshot.notice);
				throw new BookmarkStoreError(`Cannot save bookmarks: ${snapshot.notice}`);
			}

			case 'move-aside': {
				// A linked file (dotfiles) is copied, not moved: moving would take the link away.
				if (writeTarget(this.path) !== this.path) {
					const backupPath = await copyToBackup(this.path);
					this.#notify(movedAsideNotice(this.path, snapshot.reason, backupPath, 'copied'));
					return {kind: 'ready', document: EMPTY_DOCUMENT, identity: this.#file.identity(), mustRewrite: true};
				}

				const backupPath = await moveToBackup(this.path);
				this.#notify(movedAsideNotice(this.path, snapshot.reason, backupPath));
				return {kind: 'ready', document: EMPTY_DOCUMENT, identity: this.#file.identity(), mustRewrite: false};
			}

			case 'drop-records': {
				const backupPath = await copyToBackup(this.path);
				this.#notify(droppedRecordsNotice(this.path, snapshot.droppedCount, backupPath));
				return {kind: 'ready', document: snapshot.document, identity: snapshot.identity, mustRewrite: true};
			}
		}
	}

	async #ensureDirectory(): Promise<void> {
		if (!this.#isDirectoryDurable) {
			await ensureDirectoryDurably(path.dirname(this.path));
			this.#isDirectoryDurable = true;
		}
	}

	/** Adds a notice (once). */
	notify(notice: string): void {
		this.#notify(notice);
	}

	#noticeLongTitles(bookmarks: readonly StoredBookmark[]): void {
		const long = bookmarksWithLongTitles(bookmarks);
		if (long.length > 0) {
			this.#notify(longTitlesNotice(this.path, long));
		}
	}

	#notify(notice: string): void {
		if (!this.#notices.includes(notice)) {
			this.#notices.push(notice);
		}
	}
}
