import lunr from 'lunr';
import type {PostingLists} from './posting-lists.js';

/** Parts of Lunr 2.3.9 that its type definitions (@types/lunr 2.3.7) leave out. */
type Clause = lunr.Query.Clause & {readonly presence: lunr.Query.presence};
interface TokenSetStatics {
	fromArray(terms: string[]): lunr.TokenSet;
	fromClause(clause: lunr.Query.Clause): lunr.TokenSet;
}
const TokenSet = lunr.TokenSet as unknown as TokenSetStatics;

/** The papers a query matched, in the order `lunr.Index#query` meets them (before sorting). */
export interface ScoredPapers {
	/** Paper numbers, each once; `count` of them are used. */
	readonly papers: Int32Array;
	/** `scores[i]` is Lunr's score of `papers[i]`. */
	readonly scores: Float64Array;
	readonly count: number;
	/** The query held only prohibited clauses (or none): every paper not prohibited matched, with score 0. */
	readonly isNegated: boolean;
	/** Terms (numbers) and fields (numbers) whose postings matched, as `term * fieldCount + field`, in order. */
	readonly matchedTermFields: readonly number[];
}

/** A set of papers as Lunr's `lunr.Set` behaves: `complete` (every paper) or the flagged ones. */
type PaperSet = 'complete' | Uint8Array;

function intersect(a: PaperSet, b: PaperSet): PaperSet {
	if (a === 'complete') return b;
	if (b === 'complete') return a;
	const result = a.slice();
	for (let paper = 0; paper < b.length; paper++) result[paper]! &= b[paper]!;
	return result;
}

/** Buffers of one size reused across queries (a query runs to completion before the next one starts). */
interface Scratch {
	readonly isMatched: Uint8Array;
	readonly similarity: Float64Array;
	readonly matchOrder: Int32Array;
	/** Per paper, its position in the results, or -1. */
	readonly slot: Int32Array;
}
const scratchOf = new WeakMap<PostingLists, Scratch>();

function scratchFor(postings: PostingLists): Scratch {
	let scratch = scratchOf.get(postings);
	if (scratch === undefined) {
		const size = postings.documentCount * postings.fields.length;
		scratch = {
			isMatched: new Uint8Array(size),
			similarity: new Float64Array(size),
			matchOrder: new Int32Array(size),
			slot: new Int32Array(postings.documentCount).fill(-1),
		};
		scratchOf.set(postings, scratch);
	}
	return scratch;
}

const tokenSets = new WeakMap<PostingLists, lunr.TokenSet>();

/** The term numbers a clause stands for, as Lunr's token set intersection finds them. */
function expand(postings: PostingLists, clause: Clause): number[] {
	const hasWildcard = clause.wildcard !== lunr.Query.wildcard.NONE || clause.term.includes('*');
	if (!hasWildcard && !clause.editDistance) {
		const number = postings.termNumbers.get(clause.term);
		return number === undefined ? [] : [number];
	}
	let tokenSet = tokenSets.get(postings);
	if (tokenSet === undefined) {
		tokenSet = TokenSet.fromArray([...postings.terms].sort());
		tokenSets.set(postings, tokenSet);
	}
	return tokenSet
		.intersect(TokenSet.fromClause(clause))
		.toArray()
		.map(term => postings.termNumbers.get(term) ?? -1);
}

/**
 * Scores a query built with Lunr's own `lunr.Query` on posting lists, step by step as
 * `lunr.Index#query` (Lunr 2.3.9) scores it on the `lunr.Index` built from the same papers:
 * clause presence (required, prohibited), fields and boosts, wildcards and edit distances
 * through Lunr's `TokenSet`; per field a query vector, each paper field's dot product with it
 * (summed in term order) divided by its magnitude; the fields' scores summed in the order the
 * paper's fields matched. The search pipeline is empty: a clause's term is looked up as it is.
 * With `within` (a flag per paper), papers not flagged are skipped where they would be collected
 * and scored: every flagged paper gets the same score, in the same order, as without it.
 */
export function scorePostings(postings: PostingLists, build: (query: lunr.Query) => void, within?: Uint8Array): ScoredPapers {
	const {fields, documentCount} = postings;
	const fieldCount = fields.length;
	const fieldNumber = new Map(fields.map((field, position) => [field, position]));
	const query = new lunr.Query([...fields]);
	build(query);

	const {isMatched, similarity, matchOrder, slot} = scratchFor(postings);
	let matchCount = 0;
	const queryVectors = fields.map(() => new Map<number, number>());
	const collected = new Set<number>();
	const requiredMatches: Array<PaperSet | undefined> = fields.map(() => undefined);
	const prohibited = new Uint8Array(documentCount);

	for (const clause of query.clauses as Clause[]) {
		const clauseFields = clause.fields.map(field => fieldNumber.get(field) ?? -1).filter(field => field >= 0);
		const isRequired = clause.presence === lunr.Query.presence.REQUIRED;
		const isProhibited = clause.presence === lunr.Query.presence.PROHIBITED;
		const clauseMatches = isRequired ? new Uint8Array(documentCount) : undefined;
		const expanded = expand(postings, clause);
		if (expanded.length === 0 && isRequired) {
			for (const field of clauseFields) requiredMatches[field] = new Uint8Array(documentCount);
		}
		for (const term of expanded) {
			for (const field of clauseFields) {
				const start = postings.offsets[field]![term]!;
				const end = postings.offsets[field]![term + 1]!;
				const documents = postings.documents[field]!;
				if (clauseMatches !== undefined) {
					for (let entry = start; entry < end; entry++) clauseMatches[documents[entry]!] = 1;
					requiredMatches[field] ??= 'complete';
				}
				if (isProhibited) {
					// Lunr keeps one set per field, and drops a paper prohibited in any field.
					for (let entry = start; entry < end; entry++) prohibited[documents[entry]!] = 1;
					continue;
				}
				const vector = queryVectors[field]!;
				vector.set(term, (vector.get(term) ?? 0) + (clause.boost ?? 1));
				const termField = term * fieldCount + field;
				if (collected.has(termField)) continue;
				collected.add(termField);
				for (let entry = start; entry < end; entry++) {
					if (within !== undefined && within[documents[entry]!] === 0) continue;
					const fieldRef = documents[entry]! * fieldCount + field;
					if (isMatched[fieldRef] === 0) {
						isMatched[fieldRef] = 1;
						matchOrder[matchCount++] = fieldRef;
					}
				}
			}
		}
		if (clauseMatches !== undefined && expanded.length > 0) {
			for (const field of clauseFields) requiredMatches[field] = intersect(requiredMatches[field] ?? 'complete', clauseMatches);
		}
	}

	let allRequired: PaperSet = 'complete';
	for (const required of requiredMatches) if (required !== undefined) allRequired = intersect(allRequired, required);

	// lunr.Vector#dot sums in ascending term number: adding each term's postings in that order
	// gives every paper field the same sum; then lunr.Vector#similarity divides by the magnitude.
	const magnitudes = queryVectors.map(vector => {
		let sumOfSquares = 0;
		for (const [, value] of [...vector].sort((a, b) => a[0] - b[0])) sumOfSquares += value * value;
		return Math.sqrt(sumOfSquares);
	});
	queryVectors.forEach((vector, field) => {
		const documents = postings.documents[field]!;
		const weights = postings.weights[field]!;
		for (const [term, value] of [...vector].sort((a, b) => a[0] - b[0])) {
			const end = postings.offsets[field]![term + 1]!;
			for (let entry = postings.offsets[field]![term]!; entry < end; entry++) {
				if (within !== undefined && within[documents[entry]!] === 0) continue;
				const fieldRef = documents[entry]! * fieldCount + field;
				similarity[fieldRef] = similarity[fieldRef]! + value * (weights[entry]! / 1000);
			}
		}
	});

	const isNegated = (query as lunr.Query & {isNegated(): boolean}).isNegated();
	const papers = new Int32Array(isNegated ? documentCount : matchCount);
	const scores = new Float64Array(papers.length);
	let count = 0;
	if (isNegated) {
		for (let paper = 0; paper < documentCount; paper++) {
			if ((allRequired === 'complete' || allRequired[paper] === 1) && prohibited[paper] === 0) papers[count++] = paper;
		}
	} else {
		// A paper's position in the results: where its first matching field put it.
		for (let position = 0; position < matchCount; position++) {
			const fieldRef = matchOrder[position]!;
			const paper = Math.floor(fieldRef / fieldCount);
			const fieldScore = similarity[fieldRef]! / magnitudes[fieldRef - paper * fieldCount]! || 0;
			if ((allRequired !== 'complete' && allRequired[paper] !== 1) || prohibited[paper] === 1) continue;
			const found = slot[paper]!;
			if (found === -1) {
				slot[paper] = count;
				papers[count] = paper;
				scores[count++] = fieldScore;
			} else scores[found] = scores[found]! + fieldScore;
		}
	}
	for (let position = 0; position < matchCount; position++) {
		const fieldRef = matchOrder[position]!;
		isMatched[fieldRef] = 0;
		similarity[fieldRef] = 0;
	}
	if (!isNegated) for (let position = 0; position < count; position++) slot[papers[position]!] = -1;
	return {papers, scores, count, isNegated, matchedTermFields: [...collected]};
}
