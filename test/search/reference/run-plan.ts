// The reference path of the equivalence tests: a query plan run through Lunr's query results
// (`lunr.Index#query`, or `queryPostings` on posting lists) and ranked from Lunr's match data.
import lunr from 'lunr';
import type {SearchHit} from '../../../src/types.js';
import type {QueryPlan, WordPlan} from '../../../src/search/plan-query.js';
import {rankResults} from './rank-results.js';
import {addClauses} from '../../../src/search/search-postings.js';

/** Runs a query built with Lunr's `lunr.Query` on an index, as `lunr.Index#query` does (see `queryPostings`). */
export type QueryRunner = (build: (query: lunr.Query) => void) => lunr.Index.Result[];

/** Indices of the papers that hold any excluded word. */
function excludedPapers(runQuery: QueryRunner, excluded: readonly WordPlan[]): Set<number> {
	if (excluded.length === 0) return new Set();
	const results = runQuery(query => addClauses(query, excluded, lunr.Query.presence.OPTIONAL));
	return new Set(results.map(result => Number(result.ref)));
}

/**
 * Runs a query plan on an index whose document refs are paper indices (`runQuery`: Lunr's
 * query on it). With no wanted words it lists every paper not excluded, in corpus order, with score 0.
 */
export function runPlan(runQuery: QueryRunner, plan: QueryPlan, paperCount: number): SearchHit[] {
	if (plan.wanted.length === 0) {
		const excluded = excludedPapers(runQuery, plan.excluded);
		const hits: SearchHit[] = [];
		for (let paper = 0; paper < paperCount; paper++) {
			if (!excluded.has(paper)) hits.push({index: paper, score: 0});
		}
		return hits;
	}
	if (plan.wanted.every(word => word.clauses.length === 0)) return [];
	const results = runQuery(query => {
		addClauses(query, plan.wanted, lunr.Query.presence.OPTIONAL);
		addClauses(query, plan.excluded, lunr.Query.presence.PROHIBITED);
	});
	return rankResults(results, plan.wanted);
}
