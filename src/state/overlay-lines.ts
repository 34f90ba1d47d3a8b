import wrapAnsi from 'wrap-ansi';
import {hardWrapStyledLine, hasLongWord} from '../text/wrap-styled-line.js';

/** Colour codes (SGR) at the start of a row, which a leading space may hide behind. */
const leadingSpace = /^((?:\u001B\[[\d;]*m)*) +/;
/** A row holding nothing but colour codes. */
const onlyCodes = /^(?:\u001B\[[\d;]*m)*$/;

/**
 * Wraps an overlay's text (which may carry colour codes) to `width` columns. Each line keeps
 * its own indentation; a row that continues a wrapped line never starts with the space the
 * line was broken at, even when the row before filled the width exactly.
 */
export function wrapOverlayLines(text: string, width: number): string[] {
	return text.split('\n').flatMap(line => {
		// wrap-ansi measures each word whole, which is quadratic for a 100 KB word: such lines are cut by cells.
		if (hasLongWord(line)) {
			return hardWrapStyledLine(line, width);
		}

		const [first = '', ...rest] = wrapAnsi(line, width, {hard: true, trim: false}).split('\n');
		// A row that held only the break's space is dropped with it.
		const continued = rest.map(row => row.replace(leadingSpace, '$1')).filter(row => !onlyCodes.test(row));
		return [first, ...continued];
	});
}
