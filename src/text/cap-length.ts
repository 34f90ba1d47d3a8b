import {graphemes} from './graphemes.js';

/** Longest paper or bookmark title kept, in characters (UTF-16 code units); a longer one is cut on load. */
export const MAX_TITLE_LENGTH = 2000;
/** Longest abstract kept, in characters (UTF-16 code units); a longer one is cut on load. */
export const MAX_ABSTRACT_LENGTH = 100_000;

/**
 * `text` unchanged when it has at most `maximum` UTF-16 code units; otherwise its start, cut on a
 * grapheme-cluster boundary and ending with `…`, `maximum` code units at most in all. Reads no
 * further into `text` than the cut.
 */
export function capLength(text: string, maximum: number): string {
	if (text.length <= maximum) {
		return text;
	}

	let end = 0;
	for (const {segment, index} of graphemes(text)) {
		if (index + segment.length > maximum - 1) {
			break;
		}

		end = index + segment.length;
	}

	return `${text.slice(0, end)}…`;
}
