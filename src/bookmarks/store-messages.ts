import {cleanText} from '../text/clean-text.js';
import {MAX_TITLE_LENGTH} from '../text/cap-length.js';
import {capLength} from '../text/cap-length.js';
import {FORMAT_VERSION, type StoredBookmark} from './bookmark-document.js';

// Every message is one line: what happened, where (the path), and what to do.

/** The file was not JSON, or not shaped like a bookmarks file, and was moved (or, when it is a symbolic link, copied) aside. */
export function movedAsideNotice(filePath: string, reason: string, backupPath: string, how: 'moved' | 'copied' = 'moved'): string {
	// The backup path comes first: a status line may cut the rest.
	return `Corrupt bookmarks file ${how} to ${backupPath} (${reason}); bookmarks start empty. Bookmarks file ${filePath} could not be used: repair the backup and move it back to restore them.`;
}

/** Some records were malformed and dropped; the original is kept. */
export function droppedRecordsNotice(filePath: string, droppedCount: number, backupPath: string): string {
	const records = droppedCount === 1 ? '1 malformed bookmark' : `${droppedCount} malformed bookmarks`;
	return `Dropped ${records} from ${filePath}; the others were kept. The original file is saved as ${backupPath}.`;
}

/** The file was written by a newer paper-tui: shown, never rewritten. */
export function newerVersionNotice(filePath: string, version: number): string {
	return `Bookmarks file ${filePath} has format version ${version}, newer than this paper-tui understands (${FORMAT_VERSION}); bookmarks are read-only. Update paper-tui to change them.`;
}

/** The file cannot be read at all. */
export function unreadableNotice(filePath: string, reason: string): string {
	return `Cannot read bookmarks file ${filePath} (${reason}); bookmarks are unavailable this session. Fix that path's permissions or move it away.`;
}

/** Titles longer than a corpus title may be are shown cut; the file keeps them whole. */
export function longTitlesNotice(filePath: string, bookmarks: readonly StoredBookmark[]): string {
	const [first] = bookmarks;
	const others = bookmarks.length - 1;
	const more = others === 0 ? '' : ` (and ${others} more)`;
	return `Bookmark ${capLength(cleanText(first!.id), 80)} in ${filePath} has a title of ${first!.title.length.toLocaleString('en-US')} characters${more}; shown cut to the first ${MAX_TITLE_LENGTH.toLocaleString('en-US')}.`;
}
