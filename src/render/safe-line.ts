// Writes a line holding characters whose width terminals disagree on (emoji sequences, flags,
// combining marks: `isUnreliable` cells of ./styled-cells.js) so that the terminal's choice of
// width cannot move anything else: each such character is followed by an absolute column move
// (CHA) to where the frame puts the next one, and an emoji sequence is drawn as one character
// (its base) so that no terminal can draw it wider than the frame allows.
import {createCellWriter} from './cell-writer.js';
import {closeLink, cursorToColumn, eraseRow, resetStyle} from './escape-sequences.js';
import {clusterWidth} from '../text/wrap-text.js';
import type {ParsedLine} from './styled-cells.js';

// What makes a grapheme an emoji sequence: pictographs, flags' letters, ZWJ, variation selectors,
// keycaps, skin tones and tag characters (subdivision flags).
const emojiSequencePart =
	/\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|\u20E3|[\u{E0020}-\u{E007F}]/u;
const regionalIndicatorA = 0x1_f1_e6;
const isRegionalIndicator = (codePoint: number) => codePoint >= regionalIndicatorA && codePoint <= regionalIndicatorA + 25;

/**
What is drawn for an unreliable grapheme `width` columns wide: a flag as its two letters (`FR`);
any other emoji sequence (joined by ZWJ, with a variation selector, skin tone or keycap) as its
first code point padded with spaces to `width`, which no terminal draws wider than two columns;
anything else (one code point, a letter with marks) as it is.
*/
export function standIn(grapheme: string, width: number): string {
	const codePoints = [...grapheme];
	if (codePoints.length === 1 || !emojiSequencePart.test(grapheme)) return grapheme;
	const values = codePoints.map(codePoint => codePoint.codePointAt(0)!);
	if (values.length === 2 && values.every(isRegionalIndicator)) {
		return values.map(value => String.fromCodePoint(0x41 + value - regionalIndicatorA)).join('');
	}
	const base = codePoints[0]!;
	return base + ' '.repeat(Math.max(0, width - clusterWidth(base)));
}

/**
The bytes drawing a parsed line from column 0 (the cursor must be there): styles and hyperlinks
from a reset state, closed at the end; with `erasesRow` the row is erased first, so columns a
narrower-drawn character leaves are blank. Leaves the default style and no hyperlink open.
*/
export function safeLine({cells}: ParsedLine, {erasesRow = false}: {erasesRow?: boolean} = {}): string {
	let output = resetStyle + closeLink + (erasesRow ? eraseRow : '');
	const writer = createCellWriter();
	let isColumnUncertain = false;
	for (let column = 0; column < cells.length; column++) {
		const cell = cells[column]!;
		if (cell.character === '') continue;
		if (isColumnUncertain) {
			output += cursorToColumn(column);
			isColumnUncertain = false;
		}
		output += writer.enter(cell);
		if (cell.isUnreliable) {
			let width = 1;
			while (cells[column + width]?.character === '') width++;
			output += standIn(cell.character, width);
			isColumnUncertain = true;
		} else {
			output += cell.character;
		}
	}
	return output + writer.close();
}
