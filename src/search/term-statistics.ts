import type {TermCache} from './paper-terms.js';
import type {Vocabulary} from './vocabulary.js';

/** Document frequencies of a corpus's index terms, and one word that stands for each term. */
export interface TermStatistics {
	readonly paperCount: number;
	/** How many papers hold each index term (in any field). */
	readonly paperCounts: ReadonlyMap<string, number>;
	/** A folded word whose index term is the key: what a query must say to reach that term. */
	readonly wordOfTerm: ReadonlyMap<string, string>;
	/** Folded word → index term, from the vocabulary and then every word met since (see `paperTerms`). */
	readonly cache: TermCache;
}

/**
 * The statistics an index already holds in its vocabulary: no paper is read again, so a worker
 * that opened a cached index (and was never sent the papers) has them too.
 */
export function termStatisticsOf(vocabulary: Vocabulary, paperCount: number): TermStatistics {
	const wordOfTerm = new Map<string, string>();
	// Every word the index met, with its term: a paper's words are then looked up, not stemmed again.
	const cache: TermCache = new Map();
	vocabulary.words.forEach((word, position) => {
		const term = vocabulary.terms[position];
		if (term === undefined) return;
		cache.set(word, term);
		if (!wordOfTerm.has(term)) wordOfTerm.set(term, word);
	});
	return {paperCount, paperCounts: vocabulary.paperCounts, wordOfTerm, cache};
}
