const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** What the next call of `JsonArrayElements.next` found. */
export type JsonArrayElement =
	/** The next element's source text (a JSON value, maybe with whitespace around it), for `JSON.parse`. */
	| {readonly kind: 'element'; readonly text: string}
	/** The closing bracket, with nothing but whitespace after it. */
	| {readonly kind: 'end'}
	/** Something a JSON array cannot hold here (an unclosed string, a missing value, text after the array): parse the text whole for the error. */
	| {readonly kind: 'malformed'};

/**
 * Splits a text whose first character (after whitespace) is `[` into its top-level elements, one
 * at a time and without parsing them, so that a large JSON array is parsed an element at a time:
 * memory holds the text and the papers made so far, never the whole parsed document beside them.
 * It only finds where each element ends (strings, escapes and nesting); whether an element is
 * valid JSON is for `JSON.parse` to say.
 */
export class JsonArrayElements {
	readonly #text: string;
	#position: number;
	#isDone = false;

	/** `text` must start, after whitespace, with `[` (see `startsJsonArray`). */
	constructor(text: string) {
		this.#text = text;
		const first = skipWhitespace(text, skipWhitespace(text, 0) + 1);
		// The first element starts there; an empty array's closing bracket is found by the first `next`.
		this.#position = text.charCodeAt(first) === CLOSE_BRACKET ? first : skipWhitespace(text, 0) + 1;
	}

	/** How far into the text the elements found so far reach (UTF-16 code units). */
	get position(): number {
		return this.#position;
	}

	next(): JsonArrayElement {
		if (this.#isDone) return {kind: 'malformed'};
		const text = this.#text;
		const start = this.#position;
		if (text.charCodeAt(start) === CLOSE_BRACKET) {
			this.#isDone = true;
			return skipWhitespace(text, start + 1) === text.length ? {kind: 'end'} : {kind: 'malformed'};
		}

		let depth = 0;
		let index = start;
		for (; index < text.length; index++) {
			const code = text.charCodeAt(index);
			if (code === QUOTE) {
				index = closingQuote(text, index);
				if (index === -1) break;
			} else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
				depth++;
			} else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
				if (depth === 0) break;
				depth--;
			} else if (code === COMMA && depth === 0) {
				break;
			}
		}

		if (index === -1 || index >= text.length) {
			this.#isDone = true;
			return {kind: 'malformed'};
		}

		const element = text.slice(start, index);
		// After a comma comes the next element; a closing bracket is found by the next call.
		this.#position = text.charCodeAt(index) === COMMA ? index + 1 : index;
		if (text.charCodeAt(index) === CLOSE_BRACE) {
			this.#isDone = true;
			return {kind: 'malformed'};
		}

		return {kind: 'element', text: element};
	}
}

/** Whether `text`, after whitespace, starts a JSON array. */
export function startsJsonArray(text: string): boolean {
	return text.charCodeAt(skipWhitespace(text, 0)) === OPEN_BRACKET;
}

/** The index of the quote that closes the string opened at `open`, or -1 when it is not closed. */
function closingQuote(text: string, open: number): number {
	for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
		let backslashes = 0;
		while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
		if (backslashes % 2 === 0) return quote;
	}

	return -1;
}

/** The index of the first character at or after `index` that is not JSON whitespace. */
function skipWhitespace(text: string, index: number): number {
	let position = index;
	for (;;) {
		const code = text.charCodeAt(position);
		if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return position;
		position++;
	}
}
