import type {SearchHit} from '../types.js';
import type {ParsedQuery} from './parse-query.js';
import type {QueryMatches, SearchIndex} from './search-index.js';

/** Matches the explorer asks for at first: what a keystroke needs is the rows on screen and the count. */
export const TOP_MATCH_COUNT = 500;

/** One query's answer: the best matches asked for, best first, and how many matched in all. */
export interface QueryAnswer {
	readonly hits: SearchHit[];
	readonly total: number;
}

/**
 * Answers the explorer's queries on `index`, one after another, remembering the last answer:
 * asking again for the same query (for all of its matches after the best few) ranks nothing anew,
 * and a query whose matches are sure to be among the last one's scores only those (`SearchIndex.rank`).
 * The search worker and an index in the main thread answer through it alike.
 */
export function createQueryRunner(index: SearchIndex): (query: string | ParsedQuery, limit?: number) => QueryAnswer {
	let last: {readonly query: string | ParsedQuery; readonly matches: QueryMatches} | undefined;
	return (query, limit = Number.POSITIVE_INFINITY) => {
		const matches = last?.query === query ? last.matches : index.rank(query, last?.matches);
		last = {query, matches};
		return {hits: matches.top(limit), total: matches.total};
	};
}
