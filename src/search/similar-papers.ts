import type {Paper, SearchHit} from '../types.js';
import type {TermStatistics} from './term-statistics.js';
import {paperTerms, type TermCache} from './paper-terms.js';
import type {ParsedQuery} from './parse-query.js';
import type {SearchIndex} from './search-index.js';

/** What "more like this" reads of a paper: its searchable text. */
export type SimilarSource = Pick<Paper, 'title' | 'authors' | 'abstract'>;

/** How many of a paper's terms make up its "more like this" query. */
export const SIMILARITY_TERMS = 12;

/** A title word counts this many times as often as an abstract word when picking a paper's terms. */
export const TITLE_TERM_WEIGHT = 3;

/** Title and abstract terms of a paper, each with its weighted count (title words weigh `TITLE_TERM_WEIGHT`). */
function weightedTerms(paper: SimilarSource, cache: TermCache): Map<string, number> {
	const fields = paperTerms(paper, cache);
	const counts = new Map<string, number>();
	for (const term of fields.title) counts.set(term, (counts.get(term) ?? 0) + TITLE_TERM_WEIGHT);
	for (const term of fields.abstract) counts.set(term, (counts.get(term) ?? 0) + 1);
	return counts;
}

/**
 * The paper's `SIMILARITY_TERMS` terms with the highest tf-idf (title words weighted), as one
 * query of optional words: terms no other paper holds are left out (they can find nothing).
 */
export function similarityQuery(paper: SimilarSource, statistics: TermStatistics, termLimit = SIMILARITY_TERMS): ParsedQuery {
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
 * The papers most like `paper` (the one at `position`, which is never listed), most similar
 * first, at most `limit`: its top tf-idf terms (document frequencies from the index, see
 * `SearchIndex.termStatistics`) run as one query on the index the program already has. Empty
 * for a paper with no terms other papers share, or a limit of 0.
 */
export function similarTo(index: SearchIndex, paper: SimilarSource, position: number, limit: number): SearchHit[] {
	if (limit <= 0) return [];
	const query = similarityQuery(paper, index.termStatistics());
	if (query.words.length === 0) return [];
	return index
		.search(query, limit + 1)
		.filter(hit => hit.index !== position)
		.slice(0, limit);
}

/** `similarTo` for `papers[position]`; empty for a position outside the corpus. */
export function findSimilarPapers(index: SearchIndex, papers: readonly Paper[], position: number, limit: number): SearchHit[] {
	const paper = papers[position];
	return paper === undefined ? [] : similarTo(index, paper, position, limit);
}
