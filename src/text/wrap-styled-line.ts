import {graphemes} from './graphemes.js';
import {clusterWidth} from './wrap-text.js';

const styleSequence = /\u001B\[[\d;]*m/g;
/** A run of this many non-spaces is too long for word wrapping by wrap-ansi, which measures each word whole. */
const longWord = /[^\s]{257,}/;

/** Whether `line` holds a word too long to hand to a word wrapper that measures words whole. */
export function hasLongWord(line: string): boolean {
	return longWord.test(line);
}

/**
 * Cuts a line of text with SGR style sequences (`ESC[…m`) into lines of at most `width` cells,
 * by grapheme cluster, in time linear in its length. Each line is styled on its own: the styles
 * open at a cut are closed at the end of the line and opened again at the start of the next.
 */
export function hardWrapStyledLine(line: string, width: number): string[] {
	const maximum = Math.max(1, width);
	const lines: string[] = [];
	const openStyles: string[] = [];
	let current = '';
	let used = 0;
	const addText = (text: string): void => {
		for (const {segment} of graphemes(text)) {
			const segmentWidth = clusterWidth(segment);
			if (used + segmentWidth > maximum && used > 0) {
				lines.push(openStyles.length > 0 ? `${current}\u001B[0m` : current);
				current = openStyles.join('');
				used = 0;
			}

			current += segment;
			used += segmentWidth;
		}
	};

	let textStart = 0;
	for (const match of line.matchAll(styleSequence)) {
		addText(line.slice(textStart, match.index));
		current += match[0];
		if (match[0] === '\u001B[0m' || match[0] === '\u001B[m') {
			openStyles.length = 0;
		} else {
			openStyles.push(match[0]);
		}

		textStart = match.index + match[0].length;
	}

	addText(line.slice(textStart));
	lines.push(current);
	return lines;
}
