import {tokenizeText} from './tokenize-text.js';

/** The fields a paper is indexed under. */
export type SearchField = 'title' | 'authors' | 'abstract';

/** How a query word constrains the results. */
export type Presence = 'optional' | 'required' | 'excluded';

/** One word of a query, folded the way the index folds words. */
export interface QueryWord {
	readonly word: string;
	/** The only field it may match in; `undefined` for any field. */
	readonly field: SearchField | undefined;
	readonly presence: Presence;
	/** The last word, with the cursor right after it: also matched as a prefix. */
	readonly isBeingTyped: boolean;
}

/** A query as the search and the highlighter understand it. */
export interface ParsedQuery {
	readonly words: readonly QueryWord[];
}

const FIELD_NAMES: ReadonlyMap<string, SearchField> = new Map([
	['title', 'title'],
	['abstract', 'abstract'],
	['authors', 'authors'],
	['author', 'authors'],
]);

const CHUNK = /\S+/gu;
const FIELD_PREFIX = /^([a-z]+):/iu;

/**
 * Reads what the user typed, never failing. Whitespace separates chunks; a chunk may
 * start with `+` (required) or `-` (excluded), then `title:`, `abstract:` or `authors:`
 * (restricts to that field); the rest is split into words like any text, so quotes,
 * `*`, `~`, `^`, unknown `foo:` prefixes and every other symbol are plain separators.
 */
export function parseQuery(query: string): ParsedQuery {
	const words: QueryWord[] = [];
	for (const chunk of query.matchAll(CHUNK)) {
		let body = chunk[0];
		let offset = chunk.index;
		const operator = body.charAt(0);
		const presence: Presence = operator === '+' ? 'required' : operator === '-' ? 'excluded' : 'optional';
		if (presence !== 'optional') {
			body = body.slice(1);
			offset += 1;
		}
		const fieldMatch = FIELD_PREFIX.exec(body);
		const field = fieldMatch === null ? undefined : FIELD_NAMES.get((fieldMatch[1] ?? '').toLowerCase());
		if (fieldMatch !== null && field !== undefined) {
			body = body.slice(fieldMatch[0].length);
			offset += fieldMatch[0].length;
		}
		for (const token of tokenizeText(body)) {
			const isBeingTyped = offset + token.end === query.length;
			words.push({word: token.word, field, presence, isBeingTyped});
		}
	}
	return {words};
}
