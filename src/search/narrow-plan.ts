import type {QueryPlan, WordPlan} from './plan-query.js';

/** The (term, field) pairs a word's clauses look up: a paper matches the word when it holds one. */
function termFields(words: readonly WordPlan[]): Set<string> {
	const pairs = new Set<string>();
	for (const word of words) for (const clause of word.clauses) for (const field of word.fields) pairs.add(`${field}\u0000${clause.term}`);
	return pairs;
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
	for (const pair of small) if (!large.has(pair)) return false;
	return true;
}

/**
 * Whether every paper `next` matches is sure to be among those `previous` matched, read from
 * the plans alone (what `matchPostings` matches: a paper holding a term of at least one wanted
 * word, of every required word, and of no excluded word). True when both plans rank words and:
 * `next` excludes every (term, field) `previous` excluded; each required word of `previous` has
 * a required word in `next` whose terms are among its terms; and the terms of all of `next`'s
 * wanted words are among those of `previous`'s, or one required word of `next` has its terms
 * there. Typing on at the end of the last word (`neu` → `neur`) or finishing it (`neural` →
 * `neural `) usually passes; adding an optional word never does (it widens the answer).
 */
export function narrowsPlan(previous: QueryPlan, next: QueryPlan): boolean {
	if (previous.wanted.length === 0 || next.wanted.length === 0) return false;
	if (!isSubset(termFields(previous.excluded), termFields(next.excluded))) return false;
	const nextRequired = next.wanted.filter(word => word.presence === 'required').map(word => termFields([word]));
	for (const word of previous.wanted) {
		if (word.presence !== 'required') continue;
		const pairs = termFields([word]);
		if (!nextRequired.some(required => isSubset(required, pairs))) return false;
	}
	const previousWanted = termFields(previous.wanted);
	return isSubset(termFields(next.wanted), previousWanted) || nextRequired.some(required => isSubset(required, previousWanted));
}
