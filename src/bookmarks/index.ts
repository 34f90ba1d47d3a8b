export {openBookmarkStore, type BookmarkStore, type BookmarkStoreOptions} from './bookmark-store.js';
export {readMarks, type StoredMarks, type TagChange} from './paper-marks.js';
export type {BookmarkEntry} from './bookmark-changes.js';
export {BookmarkStoreError} from './errors.js';
export {resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';
export {stageFile} from './durable-file.js';
export {readBookmarksNow, readMarksNow} from './read-bookmarks-now.js';
export {watchBookmarkFile} from './watch-bookmark-file.js';
export {resolveDataDir, type DataDirOptions} from './resolve-data-dir.js';
export {
	finishNote,
	MAX_NOTE_BYTES,
	newNoteText,
	noteFilePath,
	notesDirectory,
	prepareNote,
	readNotes,
	type PreparedNote,
} from './note-files.js';
export {resolveBookmarkId, resolveBookmarkIds, storedIdsOf, type IdAliases} from './bookmark-aliases.js';
export {isNoteId, LIBRARY_FORMAT, readLibrary, serializeLibrary, type Library} from './library-file.js';
