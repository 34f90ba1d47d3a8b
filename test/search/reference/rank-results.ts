import type lunr from 'lunr';
import type {SearchHit} from '../../../src/types.js';
import type {WordPlan} from '../../../src/search/plan-query.js';

type MatchedTerms = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** How a paper matched one query word: through its own terms, or only through a typo. */
function matchOf(word: WordPlan, matched: MatchedTerms): 'direct' | 'typo' | undefined {
	let found: 'typo' | undefined;
	for (const term of Object.keys(matched)) {
		const fields = matched[term] ?? {};
		if (!word.fields.some(field => Object.hasOwn(fields, field))) continue;
		for (const clause of word.clauses) {
			if (term !== clause.term) continue;
			if (!clause.isTypo) return 'direct';
			found = 'typo';
		}
	}
	return found;
}

/**
 * Orders Lunr results: papers matching more query words first, then those needing fewer
 * typo corrections, then by Lunr's relevance, then corpus order. Papers missing a required
 * word are dropped. The score encodes that order: its integer part is the match tier and
 * its fraction Lunr's relevance squashed into [0, 1).
 */
export function rankResults(results: readonly lunr.Index.Result[], wanted: readonly WordPlan[]): SearchHit[] {
	const hits: SearchHit[] = [];
	for (const result of results) {
		const matched = result.matchData.metadata as MatchedTerms;
		let matchedWords = 0;
		let typoWords = 0;
		let isMissingRequired = false;
		for (const word of wanted) {
			const match = matchOf(word, matched);
			if (match === undefined) isMissingRequired ||= word.presence === 'required';
			else matchedWords++;
			if (match === 'typo') typoWords++;
		}
		if (isMissingRequired || matchedWords === 0) continue;
		const tier = matchedWords * (wanted.length + 1) + (wanted.length - typoWords);
		hits.push({index: Number(result.ref), score: tier + result.score / (1 + result.score)});
	}
	return hits.sort((a, b) => b.score - a.score || a.index - b.index);
}
