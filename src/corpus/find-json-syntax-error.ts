import {cleanText} from '../text/clean-text.js';

/** The first place where a text stops being valid JSON, and why. */
export interface JsonSyntaxError {
	/** 0-based offset in UTF-16 code units. */
	readonly offset: number;
	readonly reason: string;
}

type Container = 'array' | 'object';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[\w$.+-]{1,20}/y;
const WHITESPACE = /[ \t\n\r]*/y;
const ESCAPABLE = new Set([...'"\\/bfnrt']);

/**
 * Finds the first syntax error in `text` read as one JSON value (RFC 8259, as `JSON.parse`
 * accepts it), or returns `undefined` when the text is valid JSON. Iterative, so deep nesting
 * cannot overflow the stack. Used after `JSON.parse` failed, to give every error a line and
 * column (Node 20's messages carry a position for some errors only).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	const stack: Container[] = [];
	let index = 0;
	for (;;) {
		index = skipWhitespace(text, index);
		const character = text[index];
		let valueEnd: number | JsonSyntaxError;
		if (character === '[' || character === '{') {
			const inside = skipWhitespace(text, index + 1);
			const closing = character === '[' ? ']' : '}';
			if (text[inside] === closing) {
				valueEnd = inside + 1;
			} else {
				stack.push(character === '[' ? 'array' : 'object');
				const valueStart = character === '[' ? inside : scanPropertyName(text, inside);
				if (typeof valueStart !== 'number') {
					return valueStart;
				}

				index = valueStart;
				continue;
			}
		} else {
			valueEnd = scanScalar(text, index);
		}

		if (typeof valueEnd !== 'number') {
			return valueEnd;
		}

		const next = closeContainers(text, valueEnd, stack);
		if (typeof next !== 'number') {
			return next;
		}

		if (stack.length === 0) {
			return next < text.length ? unexpected(text, next, 'nothing after the JSON value') : undefined;
		}

		index = next;
	}
}

/** Scans a string, number or literal; returns the offset after it. */
function scanScalar(text: string, index: number): number | JsonSyntaxError {
	const character = text[index] ?? '';
	if (character === '"') {
		return scanString(text, index);
	}

	if (character === '-' || (character >= '0' && character <= '9')) {
		NUMBER.lastIndex = index;
		const match = NUMBER.exec(text);
		return match ? index + match[0].length : unexpected(text, index, 'a number');
	}

	for (const literal of ['true', 'false', 'null']) {
		if (text.startsWith(literal, index)) {
			return index + literal.length;
		}
	}

	return unexpected(text, index, 'a value');
}

/** Scans `"name"` then `:`; returns the offset where the property value starts. */
function scanPropertyName(text: string, index: number): number | JsonSyntaxError {
	if (text[index] !== '"') {
		return unexpected(text, index, 'a double-quoted property name');
	}

	const afterName = scanString(text, index);
	if (typeof afterName !== 'number') {
		return afterName;
	}

	const colon = skipWhitespace(text, afterName);
	return text[colon] === ':' ? colon + 1 : unexpected(text, colon, "':' after the property name");
}

/** After a value: consumes closing brackets; stops after a `,` (and the next property name). */
function closeContainers(text: string, index: number, stack: Container[]): number | JsonSyntaxError {
	let position = skipWhitespace(text, index);
	for (let container = stack.at(-1); container !== undefined; container = stack.at(-1)) {
		const closing = container === 'array' ? ']' : '}';
		const character = text[position];
		if (character === closing) {
			stack.pop();
			position = skipWhitespace(text, position + 1);
		} else if (character === ',') {
			const next = skipWhitespace(text, position + 1);
			return container === 'array' ? next : scanPropertyName(text, next);
		} else {
			return unexpected(text, position, `',' or '${closing}'`);
		}
	}

	return position;
}

function scanString(text: string, start: number): number | JsonSyntaxError {
	let index = start + 1;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (code === 0x22) {
			return index + 1;
		}

		if (code < 0x20) {
			const what = code === 0x0a || code === 0x0d ? 'line break' : 'control character';
			return {offset: index, reason: `${what} inside a string; write it as an escape such as \\n or \\u00XX`};
		}

		if (code === 0x5c) {
			const escaped = text[index + 1] ?? '';
			const isUnicodeEscape = escaped === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(index + 2, index + 6));
			if (!isUnicodeEscape && !ESCAPABLE.has(escaped)) {
				return {offset: index, reason: `invalid escape ${JSON.stringify(`\\${escaped}`)} in a string`};
			}

			index += isUnicodeEscape ? 6 : 2;
			continue;
		}

		index++;
	}

	return {offset: start, reason: 'string is never closed (missing ")'};
}

function skipWhitespace(text: string, index: number): number {
	WHITESPACE.lastIndex = index;
	WHITESPACE.exec(text);
	return WHITESPACE.lastIndex;
}

function unexpected(text: string, offset: number, expected: string): JsonSyntaxError {
	if (offset >= text.length) {
		return {offset, reason: `unexpected end of input; expected ${expected}`};
	}

	WORD.lastIndex = offset;
	const character = text[offset]!;
	const isPrintable = cleanText(character) !== '';
	const codePoint = `U+${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
	const token = WORD.exec(text)?.[0] ?? (isPrintable ? character : codePoint);
	const hint = character === "'" ? '; JSON strings need double quotes' : '';
	return {offset, reason: `unexpected ${JSON.stringify(token)}; expected ${expected}${hint}`};
}
