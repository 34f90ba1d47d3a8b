import type {Bookmark, PaperMarks} from '../types.js';
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
import {bookmarksWithLongTitles, toBookmark, type BookmarkDocument, type StoredBookmark} from './bookmark-document.js';
import {errorMessage} from './errors.js';
import {DEFAULT_LOCK_STALE_MS} from './file-lock.js';
import {moveLegacyConfig} from './move-legacy-config.js';
import {
	assertTagChange,
	changeTags,
	mergeMarks,
	setRead,
	toPaperMarks,
	type MarksChange,
	type StoredMarks,
	type TagChange,
} from './paper-marks.js';
import {legacyConfigDir, resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';
import {longTitlesNotice} from './store-messages.js';
import {StoreFile} from './store-file.js';

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
	/** Read state and tags per paper on disk now. Never rejects: problems become notices. */
	marks(): Promise<PaperMarks>;
	/** Marks the papers read now (ones already read keep their time) or unread; resolves with all marks once on disk. */
	setRead(ids: readonly string[], isRead: boolean): Promise<PaperMarks>;
	/** Marks the paper unread if the file has it read, else read; resolves once it is on disk. */
	toggleRead(id: string): Promise<{marks: PaperMarks; isRead: boolean}>;
	/** Adds and removes tags of one paper, on the file's current tags (another session's edits survive); resolves once on disk. */
	changeTags(id: string, change: TagChange): Promise<PaperMarks>;
	/**
	 * Merges another machine's library into the file: bookmarks not here come with their own
	 * title and date, a paper read there is read here (at the earlier time), tags are united.
	 * Resolves with how many bookmarks and papers' marks changed, once on disk.
	 */
	mergeLibrary(library: {bookmarks: readonly Bookmark[]; papers: StoredMarks}): Promise<{bookmarks: number; papers: number}>;
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

class FileBookmarkStore implements BookmarkStore {
	readonly path: string;
	readonly #file: StoreFile;

	constructor(directory: string, lockStaleMs: number) {
		this.#file = new StoreFile(directory, lockStaleMs);
		this.path = this.#file.path;
	}

	get notices(): readonly string[] {
		return this.#file.notices;
	}

	async list(): Promise<Bookmark[]> {
		const {bookmarks} = await this.#read();
		this.#noticeLongTitles(bookmarks);
		return bookmarks.map(toBookmark);
	}

	async add(entries: readonly BookmarkEntry[]): Promise<Bookmark[]> {
		assertEntries(entries);
		const addedAt = new Date().toISOString();
		return (await this.#changeBookmarks(bookmarks => addBookmarks(bookmarks, entries, addedAt))).map(toBookmark);
	}

	async remove(ids: readonly string[]): Promise<Bookmark[]> {
		assertIds(ids);
		return (await this.#changeBookmarks(bookmarks => removeBookmarks(bookmarks, ids))).map(toBookmark);
	}

	async toggle(entry: BookmarkEntry): Promise<{bookmarks: Bookmark[]; added: boolean; removed?: Bookmark}> {
		assertEntry(entry);
		const addedAt = new Date().toISOString();
		let removed: StoredBookmark | undefined;
		const bookmarks = await this.#changeBookmarks(current => {
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
			await this.#changeBookmarks(bookmarks =>
				restoreBookmarks(
					bookmarks,
					records.map(({id, title, addedAt}) => ({id, title, addedAt})),
				),
			)
		).map(toBookmark);
	}

	async marks(): Promise<PaperMarks> {
		return toPaperMarks((await this.#read()).papers);
	}

	async setRead(ids: readonly string[], isRead: boolean): Promise<PaperMarks> {
		assertIds(ids);
		const readAt = isRead ? new Date().toISOString() : undefined;
		return toPaperMarks(await this.#changeMarks(papers => setRead(papers, ids, readAt)));
	}

	async toggleRead(id: string): Promise<{marks: PaperMarks; isRead: boolean}> {
		assertIds([id]);
		const readAt = new Date().toISOString();
		let isRead = false;
		const papers = await this.#changeMarks(current => {
			isRead = current[id]?.readAt === undefined;
			return setRead(current, [id], isRead ? readAt : undefined);
		});
		return {marks: toPaperMarks(papers), isRead};
	}

	async changeTags(id: string, change: TagChange): Promise<PaperMarks> {
		assertIds([id]);
		assertTagChange(change);
		return toPaperMarks(await this.#changeMarks(papers => changeTags(papers, id, change)));
	}

	async mergeLibrary(library: {bookmarks: readonly Bookmark[]; papers: StoredMarks}): Promise<{bookmarks: number; papers: number}> {
		assertEntries(library.bookmarks);
		const counts = {bookmarks: 0, papers: 0};
		await this.#file.change(current => {
			const records = library.bookmarks.map(({id, title, addedAt}) => ({id, title, addedAt}));
			const bookmarks = restoreBookmarks(current.bookmarks, records);
			const marks = mergeMarks(current.papers, library.papers);
			counts.bookmarks = bookmarks.bookmarks.length - current.bookmarks.length;
			counts.papers = Object.keys(marks.papers).filter(id => marks.papers[id] !== current.papers[id]).length;
			return {document: {...current, bookmarks: bookmarks.bookmarks, papers: marks.papers}, changed: bookmarks.changed || marks.changed};
		});
		return counts;
	}

	/** Adds a notice (once). */
	notify(notice: string): void {
		this.#file.notify(notice);
	}

	/** The document on disk now, repaired first if it is damaged; a refused file's content as it is. Never rejects. */
	async #read(): Promise<Pick<BookmarkDocument, 'bookmarks' | 'papers'>> {
		const snapshot = this.#file.look();
		switch (snapshot.kind) {
			case 'ready': {
				return snapshot.document;
			}

			case 'refused': {
				this.#file.notify(snapshot.notice);
				return snapshot;
			}

			default: {
				try {
					return await this.#file.change(document => ({document, changed: false}));
				} catch (error) {
					this.#file.notify(errorMessage(error));
					return snapshot.kind === 'drop-records' ? snapshot.document : {bookmarks: [], papers: {}};
				}
			}
		}
	}

	async #changeBookmarks(change: (bookmarks: readonly StoredBookmark[]) => ChangeResult): Promise<readonly StoredBookmark[]> {
		const document = await this.#file.change(current => {
			const result = change(current.bookmarks);
			return {document: {...current, bookmarks: result.bookmarks}, changed: result.changed};
		});
		return document.bookmarks;
	}

	async #changeMarks(change: (papers: StoredMarks) => MarksChange): Promise<StoredMarks> {
		const document = await this.#file.change(current => {
			const result = change(current.papers);
			return {document: {...current, papers: result.papers}, changed: result.changed};
		});
		return document.papers;
	}

	#noticeLongTitles(bookmarks: readonly StoredBookmark[]): void {
		const long = bookmarksWithLongTitles(bookmarks);
		if (long.length > 0) {
			this.#file.notify(longTitlesNotice(this.path, long));
		}
	}
}
