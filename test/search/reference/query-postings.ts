import type lunr from 'lunr';
import type {PostingLists} from '../../../src/search/posting-lists.js';
import {scorePostings} from '../../../src/search/score-postings.js';

type Metadata = Record<string, Record<string, Record<string, never>>>;

/** Whether `paper` is in the ascending `documents[start .. end]`. */
function holds(documents: Int32Array, start: number, end: number, paper: number): boolean {
	let low = start;
	let high = end;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (documents[middle]! < paper) low = middle + 1;
		else high = middle;
	}
	return low < end && documents[low] === paper;
}

/**
 * Runs a query built with Lunr's own `lunr.Query` on posting lists and answers as
 * `lunr.Index#query` answers on the `lunr.Index` built from the same papers (see
 * `scorePostings`): the same refs, scores and order, and match data naming the same terms
 * and fields (built when read; the index stores no positions, so each field's metadata is `{}`).
 */
export function queryPostings(postings: PostingLists, build: (query: lunr.Query) => void): lunr.Index.Result[] {
	const scored = scorePostings(postings, build);
	const fieldCount = postings.fields.length;
	const metadataOf = (paper: number): Metadata => {
		const metadata = Object.create(null) as Metadata;
		if (scored.isNegated) return metadata;
		for (const termField of scored.matchedTermFields) {
			const term = Math.floor(termField / fieldCount);
			const field = termField - term * fieldCount;
			const offsets = postings.offsets[field]!;
			if (!holds(postings.documents[field]!, offsets[term]!, offsets[term + 1]!, paper)) continue;
			const byField = (metadata[postings.terms[term]!] ??= Object.create(null) as Metadata[string]);
			byField[postings.fields[field]!] = Object.create(null) as Record<string, never>;
		}
		return metadata;
	};
	const results: lunr.Index.Result[] = [];
	for (let position = 0; position < scored.count; position++) {
		const paper = scored.papers[position]!;
		let metadata: Metadata | undefined;
		results.push({
			ref: String(paper),
			score: scored.scores[position]!,
			matchData: {
				get metadata() {
					metadata ??= metadataOf(paper);
					return metadata;
				},
			} as lunr.MatchData,
		});
	}
	// Stable, like Lunr's: equal scores keep the order the papers were met in.
	return results.sort((a, b) => b.score - a.score);
}
