import type {Bookmark, Paper} from '../types.js';
import {helpLines} from '../keys/index.js';
import type {AppState, ListEntry} from './app-state.js';
import {computeLayout, type ScreenLayout} from './layout.js';
import {buildDetailLines, type DetailLine} from './detail-lines.js';
import {wrapOverlayLines} from './overlay-lines.js';
import {sortMatches} from './sort-order.js';
import {notePreview} from './note-preview.js';
import {filteredMatches, isUnread, passesFilters, queryFilters, tagCatalog} from './mark-selectors.js';
import {paperTags} from '../text/tags.js';
import {thousands} from '../text/thousands.js';

const idSets = new WeakMap<readonly Bookmark[], ReadonlySet<string>>();
const detailLineCache = new WeakMap<Paper, Map<string, readonly DetailLine[]>>();
const paperIds = new WeakMap<readonly Paper[], ReadonlySet<string>>();

function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
	let value = cache.get(key);
	if (value === undefined) {
		value = compute();
		cache.set(key, value);
	}

	return value;
}

/** Ids of the bookmarked papers. */
export function bookmarkedIds(state: Pick<AppState, 'bookmarks'>): ReadonlySet<string> {
	return memo(idSets, state.bookmarks, () => new Set(state.bookmarks.map(bookmark => bookmark.id)));
}

function missingBookmarkEntries(state: AppState): ListEntry[] {
	const known = memo(paperIds, state.papers, () => new Set(state.papers.map(paper => paper.id)));
	const needle = queryFilters(state).words.trim().toLowerCase();
	const ids = bookmarkedIds(state);
	return state.bookmarks
		.filter(bookmark => !known.has(bookmark.id) && bookmark.title.toLowerCase().includes(needle))
		.map(bookmark => ({
			paper: {id: bookmark.id, title: bookmark.title, abstract: '', authors: [], links: []},
			isMissing: true,
		}))
		.filter(entry => passesFilters(state, entry.paper, ids));
}

type Matches = AppState['results']['matches'];
const plainEntries = new WeakMap<Matches, ListEntry[]>();
const bookmarkEntries = new WeakMap<Matches, WeakMap<AppState['bookmarks'], ListEntry[]>>();
const sortedMatches = new WeakMap<Matches, Map<string, {bookmarks: AppState['bookmarks']; matches: Matches}>>();

/** The search's matches that pass the query's filters (`is:`, `tag:`, `year:`, `note:`), in ranking order. */
export function queryMatches(state: AppState): Matches {
	return filteredMatches(state, state.results.matches, bookmarkedIds(state));
}

/** The matches in the chosen order, memoised per matches, order and (for the bookmark order) bookmarks. */
function orderedMatches(state: AppState): Matches {
	const matches = state.results.matches;
	if (state.sortOrder === 'relevance') {
		return matches;
	}

	const byOrder = memo(sortedMatches, matches, () => new Map());
	const cached = byOrder.get(state.sortOrder);
	if (cached && (state.sortOrder !== 'bookmarked' || cached.bookmarks === state.bookmarks)) {
		return cached.matches;
	}

	const sorted = sortMatches(matches, state.papers, state.sortOrder, state.bookmarks);
	byOrder.set(state.sortOrder, {bookmarks: state.bookmarks, matches: sorted});
	return sorted;
}

/**
 * The rows of the list, in order: an open similar list (most similar first), else the matches
 * that pass the query's filters in the chosen order, or in the bookmark view the bookmarked
 * matches followed by bookmarks whose paper is missing from the corpus. Memoised per matches/bookmarks.
 */
export function visibleEntries(state: AppState): readonly ListEntry[] {
	if (state.similar !== null) {
		const similarMatches = state.similar.matches;
		return memo(plainEntries, similarMatches, () => similarMatches.map(index => ({paper: state.papers[index]!, isMissing: false})));
	}

	const matches = filteredMatches(state, orderedMatches(state), bookmarkedIds(state));
	if (!state.isBookmarkView) {
		return memo(plainEntries, matches, () => matches.map(index => ({paper: state.papers[index]!, isMissing: false})));
	}

	const byBookmarks = memo(bookmarkEntries, matches, () => new WeakMap());
	return memo(byBookmarks, state.bookmarks, () => {
		const ids = bookmarkedIds(state);
		const present = matches
			.map(index => state.papers[index]!)
			.filter(paper => ids.has(paper.id))
			.map(paper => ({paper, isMissing: false}));
		return [...present, ...missingBookmarkEntries(state)];
	});
}

/** Whether `results` hold only the best matches; `totalMatches` says how many there are. */
export function isPartialResults(results: AppState['results']): boolean {
	return results.totalMatches !== undefined && results.totalMatches > results.matches.length;
}

/** Whether the list shows the results as ranked, unfiltered: its rows are the first of all the matches. */
function isRankedList(state: AppState): boolean {
	return state.similar === null && !state.isBookmarkView && state.sortOrder === 'relevance' && queryFilters(state).filters.length === 0;
}

/**
 * Whether the list is made from every match, not the first ones in rank order: the query has
 * filters, or the list is sorted by another order, or it is the bookmark view.
 */
export function needsEveryMatch(state: AppState): boolean {
	return state.similar === null && !isRankedList(state);
}

/** Pages of rows below the visible ones the list keeps ready: nearer the end of the best matches, all of them are fetched. */
const pagesAhead = 2;

/**
 * Whether the list needs more matches than the results hold: it is made from every match
 * (`needsEveryMatch`), or its view has come within `pagesAhead` pages of the end of the best
 * matches, or `G`/End asked for the last row.
 */
export function needsMoreMatches(state: AppState): boolean {
	if (state.similar !== null || !isPartialResults(state.results)) return false;
	const rows = Math.max(1, layoutOf(state).listRows);
	return (
		needsEveryMatch(state) || state.isEndPending === true || state.listOffset + (pagesAhead + 1) * rows >= state.results.matches.length
	);
}

/**
 * How many rows the list has, counting matches beyond the best ones the results hold (what the
 * status line's "position/total" shows).
 */
export function listLength(state: AppState): number {
	const {results} = state;
	return isRankedList(state) && results.totalMatches !== undefined ? results.totalMatches : visibleEntries(state).length;
}

/**
 * How many papers match the query and its filters (the status line's count). While the results
 * hold only the best matches and the query has filters, the count among those best ones (until
 * all of them come).
 */
export function matchCount(state: AppState): number {
	const {results} = state;
	return results.totalMatches !== undefined && queryFilters(state).filters.length === 0 ? results.totalMatches : queryMatches(state).length;
}

/** The selected row, if the list is not empty. */
export function selectedEntry(state: AppState): ListEntry | undefined {
	return visibleEntries(state)[state.cursor];
}

/**
 * The id of the unread paper the detail pane shows now, which being shown will mark read; undefined
 * when the pane is hidden (an overlay other than the tag prompt, a too-small terminal), the marks are
 * not known yet, the row is a missing bookmark, or the user set this paper's read state with `r`.
 */
export function paperToMarkRead(state: AppState): string | undefined {
	if (!state.isMarksKnown || (state.overlay !== 'none' && state.overlay !== 'tags') || layoutOf(state).kind === 'too-small') {
		return undefined;
	}

	const entry = selectedEntry(state);
	if (!entry || entry.isMissing || entry.paper.id === state.readDecidedId || !isUnread(state.marks, entry.paper.id)) {
		return undefined;
	}

	return entry.paper.id;
}

/** The layout for the current terminal size. */
export function layoutOf(state: Pick<AppState, 'size'>): ScreenLayout {
	return computeLayout(state.size);
}

/** The detail pane's lines for the selected row. */
export function selectedDetailLines(state: AppState): readonly DetailLine[] {
	const entry = selectedEntry(state);
	if (!entry) {
		return [];
	}

	// Laid out once per paper, width and tags: every frame and every scroll step asks again.
	const width = layoutOf(state).detailColumns;
	const tags = paperTags(state.marks.get(entry.paper.id)?.tags, entry.paper.keywords);
	const byWidth = memo(detailLineCache, entry.paper, () => new Map<string, readonly DetailLine[]>());
	const note = state.notes.get(entry.paper.id);
	// The note's text is part of the key: an edited note is laid out again.
	const key = `${width}:${entry.isMissing}:${tags.join(' ')}:${note ?? ''}`;
	let lines = byWidth.get(key);
	if (!lines) {
		lines = buildDetailLines(entry, width, tags, note === undefined ? undefined : notePreview(note));
		byWidth.set(key, lines);
	}

	return lines;
}

/** Rows available to detail text: one is kept for the scroll indicator when the text overflows. */
export function detailTextRows(layout: ScreenLayout, lineCount: number): number {
	return lineCount > layout.detailRows ? Math.max(1, layout.detailRows - 1) : layout.detailRows;
}

const help = helpLines();

/** The tag list's lines: a marker on the selected tag, its name and count; a line saying how to add tags when there are none. */
function tagListLines(state: Pick<AppState, 'papers' | 'marks' | 'tagListCursor'>): readonly string[] {
	const catalog = tagCatalog(state);
	if (catalog.length === 0) {
		return ['No tags yet: press t on a paper to tag it.'];
	}

	const width = Math.max(...catalog.map(entry => entry.tag.length));
	return catalog.map(
		(entry, index) =>
			`${index === state.tagListCursor ? '>' : ' '} ${entry.tag.padEnd(width)}  ${thousands(entry.count)} ${entry.count === 1 ? 'paper' : 'papers'}`,
	);
}
const citationLines = new Map<string, {width: number; lines: readonly string[]}>();

/**
 * The open overlay's lines, laid out for the current width when drawn (so a resize re-wraps
 * them): the help from the keymap, the citation wrapped at the screen's width.
 */
export function overlayLines(
	state: Pick<AppState, 'overlay' | 'citation' | 'size' | 'papers' | 'marks' | 'tagListCursor'>,
): readonly string[] {
	if (state.overlay === 'help') {
		return help;
	}

	if (state.overlay === 'tagList') {
		return tagListLines(state);
	}

	if (state.overlay !== 'citation') {
		return [];
	}

	const width = layoutOf(state).columns;
	const cached = citationLines.get(state.citation);
	if (cached?.width === width) {
		return cached.lines;
	}

	const lines = wrapOverlayLines(state.citation, width);
	citationLines.clear();
	citationLines.set(state.citation, {width, lines});
	return lines;
}
