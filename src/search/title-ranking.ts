import type {SearchHit} from '../types.js';
import {isCloseForm} from './close-form.js';
import type {QueryPlan, WordPlan} from './plan-query.js';
import type {Vocabulary} from './vocabulary.js';

/**
 * Each paper's title as the words it holds, stop words left out (positions in the
 * vocabulary's `words`): the title of paper `p` is `words[offsets[p] .. offsets[p + 1]]`.
 */
export interface TitleWords {
	readonly offsets: Int32Array;
	readonly words: Int32Array;
}

const vocabularyWordsOfTerm = new WeakMap<Vocabulary, Map<string, number[]>>();

/** Positions of the vocabulary's words stored as `term`. */
function wordsOfTerm(vocabulary: Vocabulary, term: string): readonly number[] {
	let byTerm = vocabularyWordsOfTerm.get(vocabulary);
	if (byTerm === undefined) {
		byTerm = new Map();
		for (const [position, wordTerm] of vocabulary.terms.entries()) {
			const positions = byTerm.get(wordTerm);
			if (positions === undefined) byTerm.set(wordTerm, [position]);
			else positions.push(position);
		}
		vocabularyWordsOfTerm.set(vocabulary, byTerm);
	}
	return byTerm.get(term) ?? [];
}

/**
 * The vocabulary words (positions) that stand for a query word in a title: words of its
 * non-typo terms that are close forms of it (`isCloseForm`), so `generative` is not found as
 * `Generalization`; none when the word may not match titles.
 */
function titleFormsOf(vocabulary: Vocabulary, word: WordPlan): Set<number> {
	const forms = new Set<number>();
	if (!word.fields.includes('title')) return forms;
	for (const clause of word.clauses) {
		if (clause.isTypo) continue;
		for (const position of wordsOfTerm(vocabulary, clause.term)) {
			if (isCloseForm(word.word, vocabulary.words[position] ?? '')) forms.add(position);
		}
	}
	return forms;
}

/**
 * Refines the scores of `hits` (from `searchPostings`; the integer part of a score is its
 * match tier) by the titles: within a tier, papers whose title holds every query word next to
 * each other in the query's order (a phrase; stop words between them do not count) come
 * first, then papers whose title holds more query words as they were typed (exact, prefix or
 * close forms, not the stemmer's reach), then by Lunr's relevance. The score keeps encoding
 * the order (ties by paper number). `scores[i]` is the score of paper `papers[i]`; the first
 * `count` are replaced.
 */
export function scoreByTitle(
	matched: {readonly papers: Int32Array; readonly scores: Float64Array; readonly count: number},
	plan: QueryPlan,
	titles: TitleWords,
	vocabulary: Vocabulary,
): void {
	const wordCount = plan.wanted.length;
	const {papers, scores, count} = matched;
	if (wordCount === 0 || count === 0) return;
	const forms = plan.wanted.map(word => titleFormsOf(vocabulary, word));
	const titleLevels = 2 * (wordCount + 1);
	for (let position = 0; position < count; position++) {
		const paper = papers[position]!;
		const start = titles.offsets[paper] ?? 0;
		const end = titles.offsets[paper + 1] ?? start;
		let wordsInTitle = 0;
		for (const wordForms of forms) {
			for (let word = start; word < end; word++) {
				if (wordForms.has(titles.words[word]!)) {
					wordsInTitle++;
					break;
				}
			}
		}
		let isPhrase = false;
		if (wordCount > 1 && wordsInTitle === wordCount) {
			for (let first = start; first + wordCount <= end && !isPhrase; first++) {
				isPhrase = forms.every((wordForms, offset) => wordForms.has(titles.words[first + offset]!));
			}
		}
		const score = scores[position]!;
		const tier = Math.floor(score);
		const level = (isPhrase ? wordCount + 1 : 0) + wordsInTitle;
		scores[position] = tier * titleLevels + level + (score - tier);
	}
}

/** `hits` ranked by `scoreByTitle`, best first. */
export function rankByTitle(hits: readonly SearchHit[], plan: QueryPlan, titles: TitleWords, vocabulary: Vocabulary): SearchHit[] {
	if (plan.wanted.length === 0 || hits.length === 0) return [...hits];
	const matched = {papers: Int32Array.from(hits, hit => hit.index), scores: Float64Array.from(hits, hit => hit.score), count: hits.length};
	scoreByTitle(matched, plan, titles, vocabulary);
	return hits
		.map((hit, position) => ({index: hit.index, score: matched.scores[position]!}))
		.sort((a, b) => b.score - a.score || a.index - b.index);
}
