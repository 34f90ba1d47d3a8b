import {cleanText} from '../text/clean-text.js';

const PREVIEW_LENGTH = 40;

/**
 * Returns a short, printable, one-line description of a text for an error message: cleaned
 * with `cleanText`, cut to 40 characters with an ellipsis, in double quotes.
 */
export function quoteSnippet(text: string): string {
	const cleaned = cleanText(text);
	const cut = cleaned.length > PREVIEW_LENGTH ? `${cleaned.slice(0, PREVIEW_LENGTH - 1)}…` : cleaned;
	return `"${cut}"`;
}

/**
 * Describes a parsed JSON value by its kind for an error message, with a preview of scalars:
 * `a string ("20x4")`, `a number (42)`, `a boolean (true)`, `null`, `an array`, `an object`.
 */
export function describeValue(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return 'an array';
	}

	switch (typeof value) {
		case 'string': {
			return `a string (${quoteSnippet(value)})`;
		}

		case 'number':
		case 'boolean': {
			return `a ${typeof value} (${String(value)})`;
		}

		case 'object': {
			return 'an object';
		}

		default: {
			return typeof value;
		}
	}
}
