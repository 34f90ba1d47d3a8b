import {foldNoteText} from '../text/note-words.js';
import {normalizeTag, paperTags} from '../text/tags.js';
import type {Paper, PaperMarks} from '../types.js';

/** What a filter may look at besides the paper: the user's marks, bookmarks and notes. */
export interface FilterContext {
	readonly marks: PaperMarks;
	readonly bookmarkedIds: ReadonlySet<string>;
	/** Note text by paper id. */
	readonly notes: ReadonlyMap<string, string>;
}

/** Whether a paper passes one filter. */
export type PaperFilter = (paper: Paper, context: FilterContext) => boolean;

/** A query split in two: the words the search engine ranks by, and the filters applied to its results here. */
export interface ParsedQuery {
	/** The query without its filters, as the search engine sees it. */
	readonly words: string;
	readonly filters: readonly PaperFilter[];
	/** One line per malformed filter (`year:abc`), which is then searched as a word. */
	readonly hints: readonly string[];
}

/** Reads a filter's value: the filter, or a hint saying what was expected. */
type FilterParser = (value: string) => PaperFilter | {readonly hint: string};

const readStates: Readonly<Record<string, PaperFilter>> = {
	unread: (paper, {marks}) => marks.get(paper.id)?.readAt === undefined,
	read: (paper, {marks}) => marks.get(paper.id)?.readAt !== undefined,
	bookmarked: (paper, {bookmarkedIds}) => bookmarkedIds.has(paper.id),
};

const yearComparisons: Readonly<Record<string, (year: number, bound: number) => boolean>> = {
	'>=': (year, bound) => year >= bound,
	'<=': (year, bound) => year <= bound,
	'>': (year, bound) => year > bound,
	'<': (year, bound) => year < bound,
	'': (year, bound) => year === bound,
	'=': (year, bound) => year === bound,
};

function yearFilter(value: string): PaperFilter | {hint: string} {
	const range = /^(\d{4})\.\.(\d{4})$/.exec(value);
	if (range) {
		const [from, to] = [Number(range[1]), Number(range[2])].sort((left, right) => left - right) as [number, number];
		return paper => paper.year !== undefined && paper.year >= from && paper.year <= to;
	}

	const comparison = /^(>=|<=|>|<|=)?(\d{4})$/.exec(value);
	if (!comparison) {
		return {hint: `year:${value} is not a year: try year:2023, year:>=2022 or year:2019..2021`};
	}

	const compare = yearComparisons[comparison[1] ?? '']!;
	const bound = Number(comparison[2]);
	return paper => paper.year !== undefined && compare(paper.year, bound);
}

/**
 * The query language's filter prefixes: `prefix:value` → filter. Add a prefix by adding an
 * entry. Values are case-insensitive. A paper with no year matches no `year:` filter.
 */
export const filterParsers: Readonly<Record<string, FilterParser>> = {
	is(value) {
		return readStates[value.toLowerCase()] ?? {hint: `is:${value} is not known: try is:unread, is:read or is:bookmarked`};
	},
	tag(value) {
		const wanted = normalizeTag(value);
		return (paper, {marks}) => paperTags(marks.get(paper.id)?.tags, paper.keywords).includes(wanted);
	},
	year: yearFilter,
	note(value) {
		// A case- and accent-insensitive substring of the paper's note.
		const wanted = foldNoteText(value);
		return (paper, {notes}) => {
			const note = notes.get(paper.id);
			return note !== undefined && foldNoteText(note).includes(wanted);
		};
	},
};

/**
 * Splits a query into words and filters. A token `prefix:value` with a known prefix is a filter
 * (all filters must hold); one with no value yet (`tag:` while typing) is left out; a malformed
 * one stays a word and adds a hint. Everything else, in order, is the words. Never throws.
 */
export function parseQueryFilters(query: string): ParsedQuery {
	const words: string[] = [];
	const filters: PaperFilter[] = [];
	const hints: string[] = [];
	for (const token of query.split(/\s+/)) {
		const match = /^([a-z]+):(.*)$/i.exec(token);
		const parser = match ? filterParsers[match[1]!.toLowerCase()] : undefined;
		if (!match || !parser) {
			if (token !== '') words.push(token);
			continue;
		}

		if (match[2] === '') {
			continue;
		}

		const parsed = parser(match[2]!);
		if (typeof parsed === 'function') {
			filters.push(parsed);
		} else {
			hints.push(parsed.hint);
			words.push(token);
		}
	}

	return {words: words.join(' '), filters, hints};
}

/** The papers (by index) that pass every filter, in the given order. */
export function applyFilters(
	matches: readonly number[],
	papers: readonly Paper[],
	filters: readonly PaperFilter[],
	context: FilterContext,
): readonly number[] {
	if (filters.length === 0) {
		return matches;
	}

	return matches.filter(index => filters.every(filter => filter(papers[index]!, context)));
}

/** The hits whose paper passes every filter, in their order (for a ranked answer, such as the CLI's search). */
export function filterHits<Hit extends {readonly index: number}>(
	hits: readonly Hit[],
	papers: readonly Paper[],
	filters: readonly PaperFilter[],
	context: FilterContext,
): Hit[] {
	return hits.filter(hit => filters.every(filter => filter(papers[hit.index]!, context)));
}
