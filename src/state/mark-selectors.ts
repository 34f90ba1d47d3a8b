import {paperTags} from '../text/tags.js';
import type {Paper, PaperMarks} from '../types.js';
import type {AppState, ListEntry} from './app-state.js';
import {applyFilters, parseQueryFilters, type ParsedQuery} from './query-filters.js';

let lastParsed: {query: string; parsed: ParsedQuery} | undefined;

/** The state's query split into words and filters (the last one is kept: every frame asks). */
export function queryFilters(state: Pick<AppState, 'query'>): ParsedQuery {
	if (lastParsed?.query !== state.query) {
		lastParsed = {query: state.query, parsed: parseQueryFilters(state.query)};
	}

	return lastParsed.parsed;
}

type Matches = readonly number[];
const filtered = new WeakMap<
	Matches,
	{query: string; marks: PaperMarks; notes: AppState['notes']; bookmarkedIds: ReadonlySet<string>; result: Matches}
>();

/**
 * The matches that pass the query's filters (`is:unread`, `tag:x`, `year:>=2022`, `note:word`), in their
 * order; the same array when the query has none. Memoised per matches, query, marks and bookmarks.
 */
export function filteredMatches(state: AppState, matches: Matches, bookmarkedIds: ReadonlySet<string>): Matches {
	const {filters} = queryFilters(state);
	if (filters.length === 0) {
		return matches;
	}

	const cached = filtered.get(matches);
	if (
		cached?.query === state.query &&
		cached.marks === state.marks &&
		cached.notes === state.notes &&
		cached.bookmarkedIds === bookmarkedIds
	) {
		return cached.result;
	}

	const result = applyFilters(matches, state.papers, filters, {marks: state.marks, bookmarkedIds, notes: state.notes});
	filtered.set(matches, {query: state.query, marks: state.marks, notes: state.notes, bookmarkedIds, result});
	return result;
}

/** Whether `paper` passes the query's filters (for rows that are not search matches: missing bookmarks). */
export function passesFilters(state: AppState, paper: Paper, bookmarkedIds: ReadonlySet<string>): boolean {
	return queryFilters(state).filters.every(filter => filter(paper, {marks: state.marks, bookmarkedIds, notes: state.notes}));
}

/** Whether the paper is unread: never marked read. */
export function isUnread(marks: PaperMarks, id: string): boolean {
	return marks.get(id)?.readAt === undefined;
}

const unreadCounts = new WeakMap<readonly ListEntry[], {marks: PaperMarks; count: number}>();

/** How many rows of the list are unread papers (missing bookmarks do not count). */
export function unreadCount(entries: readonly ListEntry[], marks: PaperMarks): number {
	const cached = unreadCounts.get(entries);
	if (cached?.marks === marks) {
		return cached.count;
	}

	const count = entries.filter(entry => !entry.isMissing && isUnread(marks, entry.paper.id)).length;
	unreadCounts.set(entries, {marks, count});
	return count;
}

/** A tag and the number of papers that carry it. */
export interface TagCount {
	readonly tag: string;
	readonly count: number;
}

const catalogs = new WeakMap<readonly Paper[], {marks: PaperMarks; tags: readonly TagCount[]}>();

/**
 * Every tag in use, most used first (then by name): the user's tags, including those of papers
 * not in this corpus, and the corpus's keywords taken as tags. Memoised per papers and marks.
 */
export function tagCatalog(state: Pick<AppState, 'papers' | 'marks'>): readonly TagCount[] {
	const cached = catalogs.get(state.papers);
	if (cached?.marks === state.marks) {
		return cached.tags;
	}

	const counts = new Map<string, number>();
	const seen = new Set<string>();
	const count = (tags: readonly string[]) => {
		for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
	};

	for (const paper of state.papers) {
		seen.add(paper.id);
		count(paperTags(state.marks.get(paper.id)?.tags, paper.keywords));
	}

	for (const [id, mark] of state.marks) {
		if (!seen.has(id)) count(mark.tags);
	}

	const tags = [...counts]
		.map(([tag, tagCount]) => ({tag, count: tagCount}))
		.sort((left, right) => right.count - left.count || (left.tag < right.tag ? -1 : left.tag > right.tag ? 1 : 0));
	catalogs.set(state.papers, {marks: state.marks, tags});
	return tags;
}
