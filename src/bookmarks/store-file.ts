import path from 'node:path';
import {EMPTY_DOCUMENT, readDocument, serializeDocument, type BookmarkDocument, type StoredBookmark} from './bookmark-document.js';
import {ConfigFile, MISSING_IDENTITY} from './config-file.js';
import {copyToBackup, moveToBackup} from './corrupt-backup.js';
import {ensureDirectoryDurably, stageFile, sweepTemporaryFiles, writeTarget} from './durable-file.js';
import {BookmarkStoreError, errorMessage} from './errors.js';
import {withFileLock} from './file-lock.js';
import type {StoredMarks} from './paper-marks.js';
import {droppedRecordsNotice, movedAsideNotice, newerVersionNotice, unreadableNotice} from './store-messages.js';
import {backUpVersionOne} from './version-backup.js';

/** What the file holds right now, and what must happen before it can be changed. */
export type Snapshot =
	| {readonly kind: 'ready'; readonly document: BookmarkDocument; readonly identity: string; readonly mustRewrite: boolean}
	| {readonly kind: 'move-aside'; readonly reason: string}
	| {readonly kind: 'drop-records'; readonly document: BookmarkDocument; readonly droppedCount: number; readonly identity: string}
	| {
			readonly kind: 'refused';
			readonly bookmarks: readonly StoredBookmark[];
			readonly papers: StoredMarks;
			readonly notice: string;
	  };

/** A change to the document: the new one, and whether it differs. */
export interface DocumentChange {
	readonly document: BookmarkDocument;
	readonly changed: boolean;
}

/** How often a write re-reads when the file changed under a lock that another process broke. */
const MAXIMUM_ATTEMPTS = 5;

/** Temporary files older than this belong to writers that died. */
const ABANDONED_TEMPORARY_FILE_MS = 60_000;

/**
 * The store's file and its guarantees: every read fresh from disk, every change a
 * read-modify-write of the file's current content under the lock, replaced atomically, a damaged
 * file repaired with a backup, a newer one never written, a version-1 file backed up once before
 * it is first written as the current version. Collects one-line notices, each once.
 */
export class StoreFile {
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

	/** Messages about recoveries and refusals, oldest first. */
	get notices(): readonly string[] {
		return this.#notices;
	}

	/** Adds a notice (once). */
	notify(notice: string): void {
		if (!this.#notices.includes(notice)) {
			this.#notices.push(notice);
		}
	}

	/** Reads the file now and classifies it; never throws. */
	look(): Snapshot {
		const reading = this.#file.read();
		switch (reading.kind) {
			case 'missing': {
				return {kind: 'ready', document: EMPTY_DOCUMENT, identity: reading.identity, mustRewrite: false};
			}

			case 'unreadable': {
				return {kind: 'refused', bookmarks: [], papers: {}, notice: unreadableNotice(this.path, reading.reason)};
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
				return {
					kind: 'refused',
					bookmarks: document.bookmarks,
					papers: document.papers,
					notice: newerVersionNotice(this.path, document.version),
				};
			}
		}
	}

	/**
	 * Read-merge-write under the lock: re-reads the file, repairs it if needed, applies
	 * `change` to its current content, and replaces the file durably only if something changed.
	 * Before the rename it checks that the file is still the one it read (it differs only if a
	 * stalled lock was broken by another process) and starts over if not. Resolves with the
	 * document as it is on disk afterwards.
	 */
	async change(change: (document: BookmarkDocument) => DocumentChange): Promise<BookmarkDocument> {
		try {
			await this.#ensureDirectory();
			return await withFileLock(
				this.path,
				async () => {
					for (let attempt = 0; attempt < MAXIMUM_ATTEMPTS; attempt++) {
						const snapshot = await this.#repair(this.look());
						const result = change(snapshot.document);
						if (!result.changed && !snapshot.mustRewrite) {
							return result.document;
						}

						const staged = await stageFile(this.path, serializeDocument(result.document));
						if (this.#file.identity() !== snapshot.identity) {
							await staged.discard();
							continue;
						}

						if (snapshot.document.version < 2 && snapshot.identity !== MISSING_IDENTITY) {
							await backUpVersionOne(this.path);
						}

						await staged.commit();
						await sweepTemporaryFiles(writeTarget(this.path), ABANDONED_TEMPORARY_FILE_MS);
						return result.document;
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
				this.notify(snapshot.notice);
				throw new BookmarkStoreError(`Cannot save bookmarks: ${snapshot.notice}`);
			}

			case 'move-aside': {
				// A linked file (dotfiles) is copied, not moved: moving would take the link away.
				if (writeTarget(this.path) !== this.path) {
					const backupPath = await copyToBackup(this.path);
					this.notify(movedAsideNotice(this.path, snapshot.reason, backupPath, 'copied'));
					return {kind: 'ready', document: EMPTY_DOCUMENT, identity: this.#file.identity(), mustRewrite: true};
				}

				const backupPath = await moveToBackup(this.path);
				this.notify(movedAsideNotice(this.path, snapshot.reason, backupPath));
				return {kind: 'ready', document: EMPTY_DOCUMENT, identity: this.#file.identity(), mustRewrite: false};
			}

			case 'drop-records': {
				const backupPath = await copyToBackup(this.path);
				this.notify(droppedRecordsNotice(this.path, snapshot.droppedCount, backupPath));
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
}
