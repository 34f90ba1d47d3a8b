export {openBookmarkStore, type BookmarkStore, type BookmarkStoreOptions} from './bookmark-store.js';
export type {TagChange} from './paper-marks.js';
export type {BookmarkEntry} from './bookmark-changes.js';
export {BookmarkStoreError} from './errors.js';
export {resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';
export {stageFile} from './durable-file.js';
export {readBookmarksNow, readMarksNow} from './read-bookmarks-now.js';
export {watchBookmarkFile} from './watch-bookmark-file.js';
export {resolveDataDir, type DataDirOptions} from './resolve-data-dir.js';
