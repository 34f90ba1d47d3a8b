import lunr from 'lunr';
import {paperTerms, type TermCache} from '../../src/search/paper-terms.js';
import {FIELD_BOOSTS} from '../../src/search/search-index.js';
import type {Paper} from '../../src/types.js';

/**
 * The stock `lunr.Index` of papers, built the way the search index was built before its
 * compact posting lists: `lunr.Builder` fed the same terms (`paperTerms`) with an identity
 * tokenizer and an empty pipeline. The reference the posting lists must score exactly like.
 */
export function buildLunrReference(papers: readonly Paper[]): lunr.Index {
	const builder = new lunr.Builder();
	builder.tokenizer = ((terms: string[]) => terms) as unknown as typeof lunr.tokenizer;
	builder.ref('ref');
	for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, {boost});
	const cache: TermCache = new Map();
	papers.forEach((paper, position) => {
		builder.add({ref: String(position), ...paperTerms(paper, cache)});
	});
	return builder.build();
}
