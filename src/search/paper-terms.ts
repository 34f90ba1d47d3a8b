import type {Paper} from '../types.js';
import {compoundParts} from './compound-parts.js';
import {indexTerm} from './index-term.js';
import type {SearchField} from './parse-query.js';
import {tokenizeText} from './tokenize-text.js';

/** The searchable text of a paper: all the index reads. */
export type SearchableText = Pick<Paper, 'title' | 'authors' | 'abstract'>;

/** Folded word → its index term, or `undefined` for a stop word; shared across papers. */
export type TermCache = Map<string, string | undefined>;

/** The words met while indexing, numbered in order of first appearance (see `paperTermNumbers`). */
export interface WordNumbers {
	/** Folded word → its number. */
	readonly numbers: Map<string, number>;
	/** Word number → the number of its index term, or -1 for a stop word. */
	readonly terms: number[];
}

/** Calls `visit` with each folded word of `text`, then each compound part (`isPart`), in order. */
function forEachWord(text: string, visit: (word: string, isPart: boolean) => void): void {
	const tokens = tokenizeText(text);
	for (const token of tokens) visit(token.word, false);
	for (const part of compoundParts(text, tokens)) visit(part.word, true);
}

/** Each searchable text of a paper per field, in index order: the title, each author, the abstract. */
function forEachText(paper: SearchableText, visit: (field: SearchField, text: string) => void): void {
	visit('title', paper.title);
	for (const author of paper.authors) visit('authors', author);
	visit('abstract', paper.abstract);
}

/**
 * The index terms of each field of a paper, words and compound parts alike, ready for Lunr
 * with an empty pipeline. Records every word it meets in `cache`, which becomes the
 * vocabulary.
 */
export function paperTerms(paper: SearchableText, cache: TermCache): Record<SearchField, string[]> {
	const fields: Record<SearchField, string[]> = {title: [], authors: [], abstract: []};
	forEachText(paper, (field, text) => {
		forEachWord(text, word => {
			let term = cache.get(word);
			if (term === undefined && !cache.has(word)) {
				term = indexTerm(word);
				cache.set(word, term);
			}
			if (term !== undefined) fields[field].push(term);
		});
	});
	return fields;
}

/**
 * The same terms as `paperTerms`, in the same order, as numbers given by `numberOf` (called
 * once per distinct term, in order of first appearance); and `titleWords`, the numbers of the
 * title's words that are not stop words, in order (no compound parts). `words` records every
 * word met and becomes the vocabulary.
 */
export function paperTermNumbers(
	paper: Paper,
	words: WordNumbers,
	numberOf: (term: string) => number,
): Record<SearchField, number[]> & {titleWords: number[]} {
	const fields: Record<SearchField, number[]> & {titleWords: number[]} = {title: [], authors: [], abstract: [], titleWords: []};
	forEachText(paper, (field, text) => {
		const numbers = fields[field];
		forEachWord(text, (word, isPart) => {
			let wordNumber = words.numbers.get(word);
			if (wordNumber === undefined) {
				const term = indexTerm(word);
				wordNumber = words.terms.length;
				words.terms.push(term === undefined ? -1 : numberOf(term));
				words.numbers.set(word, wordNumber);
			}
			const termNumber = words.terms[wordNumber]!;
			if (termNumber === -1) return;
			numbers.push(termNumber);
			if (field === 'title' && !isPart) fields.titleWords.push(wordNumber);
		});
	});
	return fields;
}
