import type {Paper, SearchHit} from '../types.js';
import {paperTerms, type TermCache} from './paper-terms.js';
import type {ParsedQuery} from './parse-query.js';
import type {SearchIndex} from './search-index.js';

/** How many of a paper's terms make up its "more like this" query. */
export const SIMILARITY_TERMS = 12;

/** A title word counts this many times as often as an abstract word when picking a paper's terms. */
export const TITLE_TERM_WEIGHT = 3;

/** Document frequencies of a corpus's title and abstract terms, and one word that stands for each term. */
export interface TermStatistics {
	readonly paperCount: number;
	/** How many papers hold each index term in their title or abstract. */
	readonly paperCounts: ReadonlyMap<string, number>;
	/** A folded word whose index term is the key: what a query must say to reach that term. */
	readonly wordOfTerm: ReadonlyMap<string, string>;
	/** Every word met, shared with `paperTerms` so that a paper's terms are read once. */
	readonly cache: TermCache;
}

const statisticsOf = new WeakMap<readonly Paper[], TermStatistics>();

/** Title and abstract terms of a paper, each with its weighted count (title words weigh `TITLE_TERM_WEIGHT`). */
function weightedTerms(paper: Paper, cache: TermCache): Map<string, number> {
	const fields = paperTerms(paper, cache);
	const counts = new Map<string, number>();
	for (const term of fields.title) counts.set(term, (counts.get(term) ?? 0) + TITLE_TERM_WEIGHT);
	for (const term of fields.abstract) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
}

/** Reads every paper's title and abstract once (memoised per papers array): the tf-idf's document frequencies. */
export function termStatistics(papers: readonly Paper[]): TermStatistics {
	const known = statisticsOf.get(papers);
	if (known !== undefined) return known;
	const cache: TermCache = new Map();
	const paperCounts = new Map<string, number>();
	for (const paper of papers) {
		for (const term of weightedTerms(paper, cache).keys()) paperCounts.set(term, (paperCounts.get(term) ?? 0) + 1);
	}
	const wordOfTerm = new Map<string, string>();
	for (const [word, term] of cache) if (term !== undefined && !wordOfTerm.has(term)) wordOfTerm.set(term, word);
	const statistics = {paperCount: papers.length, paperCounts, wordOfTerm, cache};
	statisticsOf.set(papers, statistics);
	return statistics;
}

/**
 * The paper's `SIMILARITY_TERMS` terms with the highest tf-idf (title words weighted), as one
 * query of optional words: terms no other paper holds are left out (they can find nothing).
 */
export function similarityQuery(paper: Paper, statistics: TermStatistics, termLimit = SIMILARITY_TERMS): ParsedQuery {
	const scored: Array<{word: string; score: number}> = [];
	for (const [term, count] of weightedTerms(paper, statistics.cache)) {
		const paperCount = statistics.paperCounts.get(term) ?? 0;
		const word = statistics.wordOfTerm.get(term);
		if (paperCount < 2 || word === undefined) continue;
		scored.push({word, score: count * Math.log(statistics.paperCount / paperCount)});
	}
	scored.sort((left, right) => right.score - left.score || (left.word < right.word ? -1 : 1));
	return {
		words: scored.slice(0, termLimit).map(({word}) => ({word, field: undefined, presence: 'optional' as const, isBeingTyped: false})),
	};
}

/**
 * The papers most like `papers[position]`, most similar first, at most `limit`, never the paper
 * itself: its top tf-idf terms run as one query on the index the program already has. Empty
 * for a position outside the corpus or a paper with no shared terms.
 */
export function findSimilarPapers(index: SearchIndex, papers: readonly Paper[], position: number, limit: number): SearchHit[] {
	const paper = papers[position];
	if (paper === undefined || limit <= 0) return [];
	const query = similarityQuery(paper, termStatistics(papers));
	if (query.words.length === 0) return [];
	return index
		.search(query, limit + 1)
		.filter(hit => hit.index !== position)
		.slice(0, limit);
}
