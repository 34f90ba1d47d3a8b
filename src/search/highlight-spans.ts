import type {Span} from '../types.js';
import {isCloseForm} from './close-form.js';
import {compoundParts} from './compound-parts.js';
import {isWithinOneEdit} from './edit-distance.js';
import {indexTerm} from './index-term.js';
import {parseQuery, type ParsedQuery, type SearchField} from './parse-query.js';
import {MAX_WORDS, MIN_PREFIX_LENGTH, MIN_TYPO_LENGTH} from './plan-query.js';
import {tokenizeText} from './tokenize-text.js';

/** Finds the highlighted ranges of one text for a fixed query. */
export type Highlighter = (text: string) => Span[];

interface WordMatcher {
	readonly word: string;
	readonly term: string | undefined;
	readonly isPrefix: boolean;
	readonly allowsTypo: boolean;
}

function mergeSpans(spans: Span[]): Span[] {
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Span[] = [];
	for (const span of spans) {
		const previous = merged.at(-1);
		if (previous !== undefined && span.start <= previous.end) {
			merged[merged.length - 1] = {start: previous.start, end: Math.max(previous.end, span.end)};
		} else {
			merged.push(span);
		}
	}
	return merged;
}

/**
 * Prepares highlighting for one query, to apply to many texts (the visible titles and the
 * abstract on screen). A word of the text, or a part of a compound like `LoRA` in
 * `LoRAMoE`, is highlighted when it matches a query word as the search matches it: same
 * index term (stem) and a close form of it (`isCloseForm`: `generative` does not light up
 * `Generalization`), starting with the word being typed (3+ letters), or one edit away
 * (5+ letters). Excluded words are not highlighted; with `field`, words restricted to
 * another field are not either. Needs no index, so it runs wherever the text is drawn.
 * Takes the query as typed, or as parsed once for the search too.
 */
export function createHighlighter(query: string | ParsedQuery, field?: SearchField): Highlighter {
	const matchers: WordMatcher[] = (typeof query === 'string' ? parseQuery(query) : query).words
		.filter(word => word.presence !== 'excluded')
		.filter(word => field === undefined || word.field === undefined || word.field === field)
		.slice(0, MAX_WORDS)
		.map(word => ({
			word: word.word,
			term: indexTerm(word.word),
			isPrefix: word.isBeingTyped && word.word.length >= MIN_PREFIX_LENGTH,
			allowsTypo: word.word.length >= MIN_TYPO_LENGTH,
		}));
	const termOfWord = new Map<string, string | undefined>();
	const termOf = (word: string) => {
		if (!termOfWord.has(word)) termOfWord.set(word, indexTerm(word));
		return termOfWord.get(word);
	};
	const isMatch = (word: string) => {
		const term = termOf(word);
		if (term === undefined) return false;
		return matchers.some(
			matcher =>
				(term === matcher.term && isCloseForm(matcher.word, word)) ||
				(matcher.isPrefix && word.startsWith(matcher.word)) ||
				(matcher.allowsTypo && isWithinOneEdit(matcher.word, word)),
		);
	};
	return text => {
		if (matchers.length === 0) return [];
		const tokens = tokenizeText(text);
		const spans: Span[] = [];
		for (const token of [...tokens, ...compoundParts(text, tokens)]) {
			if (isMatch(token.word)) spans.push({start: token.start, end: token.end});
		}
		return mergeSpans(spans);
	};
}

/** The sorted, non-overlapping ranges of `text` that `query` matches (see `createHighlighter`). */
export function highlightSpans(query: string, text: string, field?: SearchField): Span[] {
	return createHighlighter(query, field)(text);
}
