import type {Paper} from '../types.js';
import {compoundParts} from './compound-parts.js';
import {indexTerm} from './index-term.js';
import type {SearchField} from './parse-query.js';
import {tokenizeText} from './tokenize-text.js';

/** Folded word → its index term, or `undefined` for a stop word; shared across papers. */
export type TermCache = Map<string, string | undefined>;

function termsOfText(text: string, cache: TermCache, terms: string[]): void {
	const tokens = tokenizeText(text);
	for (const part of [tokens, compoundParts(text, tokens)]) {
		for (const token of part) {
			let term = cache.get(token.word);
			if (term === undefined && !cache.has(token.word)) {
				term = indexTerm(token.word);
				cache.set(token.word, term);
			}
			if (term !== undefined) terms.push(term);
		}
	}
}

/**
 * The index terms of each field of a paper, words and compound parts alike, ready for Lunr
 * with an empty pipeline. Records every word it meets in `cache`, which becomes the
 * vocabulary.
 */
export function paperTerms(paper: Paper, cache: TermCache): Record<SearchField, string[]> {
	const fields: Record<SearchField, string[]> = {title: [], authors: [], abstract: []};
	termsOfText(paper.title, cache, fields.title);
	for (const author of paper.authors) termsOfText(author, cache, fields.authors);
	termsOfText(paper.abstract, cache, fields.abstract);
	return fields;
}
