import lunr from 'lunr';
import type {SearchHit} from '../types.js';
import type {QueryPlan, WordPlan} from './plan-query.js';
import type {PostingLists} from './posting-lists.js';
import {scorePostings} from './score-postings.js';

/** Adds Lunr clauses for the words of a plan, with the given presence (exact terms, no pipeline). */
export function addClauses(query: lunr.Query, words: readonly WordPlan[], presence: lunr.Query.presence): void {
	for (const word of words) {
		for (const clause of word.clauses) {
			query.term(clause.term, {
				fields: [...word.fields],
				boost: clause.boost,
				presence,
				usePipeline: false,
			});
		}
	}
}

const DIRECT = 2;
const TYPO = 1;

/**
 * How each paper matched one query word: `DIRECT` through a term of its own in one of the
 * word's fields, `TYPO` only through a typo correction, else 0. The same as `rankResults`
 * reads from Lunr's match data: a paper's match data holds a clause's term in a field exactly
 * when the paper holds the term in that field.
 */
function wordMatches(postings: PostingLists, word: WordPlan): Uint8Array {
	const matches = new Uint8Array(postings.documentCount);
	for (const clause of word.clauses) {
		const term = postings.termNumbers.get(clause.term);
		if (term === undefined) continue;
		const kind = clause.isTypo ? TYPO : DIRECT;
		for (const fieldName of word.fields) {
			const field = postings.fields.indexOf(fieldName);
			if (field === -1) continue;
			const documents = postings.documents[field]!;
			const end = postings.offsets[field]![term + 1]!;
			for (let entry = postings.offsets[field]![term]!; entry < end; entry++) {
				const paper = documents[entry]!;
				if (matches[paper]! < kind) matches[paper] = kind;
			}
		}
	}
	return matches;
}

/** The papers a plan matched, each with its score (see `searchPostings`), in no particular order. */
export interface MatchedPapers {
	/** Paper numbers, each once; `count` of them are used. */
	readonly papers: Int32Array;
	/** `scores[i]` is the score of `papers[i]`: its match tier (integer part) plus Lunr's relevance squashed below 1. */
	readonly scores: Float64Array;
	readonly count: number;
}

/**
 * `searchPostings` without the sort. With `within` (a flag per paper), only flagged papers are
 * scored: the answer is the same whenever every paper the plan matches is flagged, because a
 * paper's score reads only its own postings (see `scorePostings`).
 */
export function matchPostings(postings: PostingLists, plan: QueryPlan, paperCount: number, within?: Uint8Array): MatchedPapers {
	if (plan.wanted.length === 0) {
		const excluded = new Uint8Array(paperCount);
		if (plan.excluded.length > 0) {
			const scored = scorePostings(postings, query => addClauses(query, plan.excluded, lunr.Query.presence.OPTIONAL));
			for (let position = 0; position < scored.count; position++) excluded[scored.papers[position]!] = 1;
		}
		const papers = new Int32Array(paperCount);
		let count = 0;
		for (let paper = 0; paper < paperCount; paper++) if (excluded[paper] === 0) papers[count++] = paper;
		return {papers, scores: new Float64Array(paperCount), count};
	}
	if (plan.wanted.every(word => word.clauses.length === 0)) return {papers: new Int32Array(0), scores: new Float64Array(0), count: 0};
	const scored = scorePostings(
		postings,
		query => {
			addClauses(query, plan.wanted, lunr.Query.presence.OPTIONAL);
			addClauses(query, plan.excluded, lunr.Query.presence.PROHIBITED);
		},
		within,
	);
	const matchesByWord = plan.wanted.map(word => wordMatches(postings, word));
	const wordCount = plan.wanted.length;
	const papers = new Int32Array(scored.count);
	const scores = new Float64Array(scored.count);
	let count = 0;
	for (let position = 0; position < scored.count; position++) {
		const paper = scored.papers[position]!;
		let matchedWords = 0;
		let typoWords = 0;
		let isMissingRequired = false;
		for (let word = 0; word < wordCount; word++) {
			const match = matchesByWord[word]![paper]!;
			if (match === 0) isMissingRequired ||= plan.wanted[word]!.presence === 'required';
			else matchedWords++;
			if (match === TYPO) typoWords++;
		}
		if (isMissingRequired || matchedWords === 0) continue;
		const tier = matchedWords * (wordCount + 1) + (wordCount - typoWords);
		const score = scored.scores[position]!;
		papers[count] = paper;
		scores[count++] = tier + score / (1 + score);
	}
	return {papers, scores, count};
}

/**
 * Runs a query plan on posting lists: the same hits, scores and order as `runPlan` on the
 * `lunr.Index` of the same papers (test/search/reference, proven in posting-lists.test.ts) (Lunr's query through `scorePostings`, ranked as
 * `rankResults` ranks), without building an object per matching paper until the hits.
 */
export function searchPostings(postings: PostingLists, plan: QueryPlan, paperCount: number): SearchHit[] {
	const {papers, scores, count} = matchPostings(postings, plan, paperCount);
	const hits: SearchHit[] = [];
	for (let position = 0; position < count; position++) hits.push({index: papers[position]!, score: scores[position]!});
	return plan.wanted.length === 0 ? hits : hits.sort((a, b) => b.score - a.score || a.index - b.index);
}
