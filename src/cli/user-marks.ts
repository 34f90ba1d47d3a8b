import type {PaperMarks} from '../types.js';
import {
	notesDirectory,
	readBookmarksNow,
	readMarksNow,
	readNotes,
	resolveBookmarkIds,
	resolveDataDir,
	type IdAliases,
} from '../bookmarks/index.js';

/** What the user keeps, as the query filters read it: read state and tags, bookmarked ids, notes. */
export interface UserMarks {
	readonly marks: PaperMarks;
	readonly bookmarkedIds: ReadonlySet<string>;
	readonly notes: ReadonlyMap<string, string>;
}

/**
 * The user's marks, bookmarks (old ids resolved through `aliases`) and notes, read once from
 * disk for a command that filters by them; a missing or unreadable file counts as empty.
 */
export function userMarks(configDir: string | undefined, aliases: IdAliases, env: NodeJS.ProcessEnv = process.env): UserMarks {
	const bookmarks = readBookmarksNow({configDir, env}) ?? [];
	return {
		marks: readMarksNow({configDir, env}) ?? new Map(),
		bookmarkedIds: new Set(resolveBookmarkIds(bookmarks, aliases).map(bookmark => bookmark.id)),
		notes: readNotes(notesDirectory(resolveDataDir({env}))),
	};
}
