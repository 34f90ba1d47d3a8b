import type {Bookmark, PaperMarks} from '../types.js';
import {readDocument, toBookmark} from './bookmark-document.js';
import type {StoredMarks} from './paper-marks.js';

/** The `format` of a file written by `paper-tui library export`. */
export const LIBRARY_FORMAT = 'paper-tui-library';

/** What moves between machines: bookmarks, read state and tags, and notes by paper id. */
export interface Library {
	readonly bookmarks: readonly Bookmark[];
	readonly papers: StoredMarks;
	readonly notes: Readonly<Record<string, string>>;
}

/** A library export as JSON text: format, version 1, when, then bookmarks, papers' marks and notes; 2-space indented. */
export function serializeLibrary(
	library: {bookmarks: readonly Bookmark[]; marks: PaperMarks; notes: Readonly<Record<string, string>>},
	exportedAt: string,
): string {
	const papers = Object.fromEntries(
		[...library.marks].map(([id, mark]) => [
			id,
			{...(mark.readAt === undefined ? {} : {readAt: mark.readAt}), ...(mark.tags.length === 0 ? {} : {tags: mark.tags})},
		]),
	);
	return `${JSON.stringify({format: LIBRARY_FORMAT, version: 1, exportedAt, bookmarks: library.bookmarks, papers, notes: library.notes}, undefined, 2)}\n`;
}

/**
 * Reads a parsed library export. Malformed bookmarks, paper records and notes (a note that is
 * not text, or whose id could not be a file name) are left out and counted; a value that is
 * not a library at all gives the reason.
 */
export function readLibrary(value: unknown): {kind: 'library'; library: Library; droppedCount: number} | {kind: 'invalid'; reason: string} {
	if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as {format?: unknown}).format !== LIBRARY_FORMAT) {
		return {kind: 'invalid', reason: `not a paper-tui library export (no "format": "${LIBRARY_FORMAT}")`};
	}

	const {version, bookmarks = [], papers = {}, notes = {}} = value as Record<string, unknown>;
	if (version !== 1) {
		return {kind: 'invalid', reason: `library format version ${String(version)} is not one this paper-tui reads (1)`};
	}

	const document = readDocument({version: 2, bookmarks, papers});
	if (document.kind === 'invalid' || document.kind === 'newer') {
		return {kind: 'invalid', reason: document.kind === 'invalid' ? document.reason : 'unexpected version'};
	}

	if (typeof notes !== 'object' || notes === null || Array.isArray(notes)) {
		return {kind: 'invalid', reason: '`notes` is not an object'};
	}

	const entries = Object.entries(notes as Record<string, unknown>);
	const keptNotes = Object.fromEntries(
		entries.filter((entry): entry is [string, string] => isNoteId(entry[0]) && typeof entry[1] === 'string'),
	);
	const droppedCount = (document.kind === 'partly-valid' ? document.droppedCount : 0) + entries.length - Object.keys(keptNotes).length;
	return {
		kind: 'library',
		library: {bookmarks: document.document.bookmarks.map(toBookmark), papers: document.document.papers, notes: keptNotes},
		droppedCount,
	};
}

/** Whether a paper id can name a note file (`notes/<id>.md`) safely: letters, digits, `.`, `_`, `-`, not starting with a dot. */
export function isNoteId(id: string): boolean {
	return /^[\w-][\w.-]*$/.test(id) && id.length <= 200;
}
