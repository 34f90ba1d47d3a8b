import type {Paper} from '../types.js';
import {compoundParts} from './compound-parts.js';
import {indexTerm} from './index-term.js';
import type {SearchField} from './parse-query.js';
import {tokenizeText} from './tokenize-text.js';

/** Folded word → its index term, or `undefined` for a stop word; shared across papers. */
export type TermCache = Map<string, string | undefined>;

/** Folded word → the number of its index term (see `paperTermNumbers`), or -1 for a stop word. */
export type TermNumberCache = Map<string, number>;

/** Calls `visit` with each folded word of `text`, then each compound part, in order. */
function forEachWord(text: string, visit: (word: string) => void): void {
	const tokens = tokenizeText(text);
	for (const token of tokens) visit(token.word);
	for (const part of compoundParts(text, tokens)) visit(part.word);
}

/** Each searchable text of a paper per field, in index order: the title, each author, the abstract. */
function forEachText(paper: Paper, visit: (field: SearchField, text: string) => void): void {
	visit('title', paper.title);
	for (const author of paper.authors) visit('authors', author);
	visit('abstract', paper.abstract);
}

/**
 * The index terms of each field of a paper, words and compound parts alike, ready for Lunr
 * with an empty pipeline. Records every word it meets in `cache`, which becomes the
 * vocabulary.
 */
export function paperTerms(paper: Paper, cache: TermCache): Record<SearchField, string[]> {
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
 * once per distinct term, in order of first appearance). `cache` maps each word met to its
 * term's number (-1 for a stop word) and becomes the vocabulary.
 */
export function paperTermNumbers(paper: Paper, cache: TermNumberCache, numberOf: (term: string) => number): Record<SearchField, number[]> {
	const fields: Record<SearchField, number[]> = {title: [], authors: [], abstract: []};
	forEachText(paper, (field, text) => {
		const numbers = fields[field];
		forEachWord(text, word => {
			let number = cache.get(word);
			if (number === undefined) {
				const term = indexTerm(word);
				number = term === undefined ? -1 : numberOf(term);
				cache.set(word, number);
			}
			if (number !== -1) numbers.push(number);
		});
	});
	return fields;
}
