// The one place that knows the escape sequences a line of Ink output may hold and the few this
// renderer writes. A line is read as text, SGR sequences (`ESC [ params m`) and OSC 8 hyperlinks
// (`ESC ] 8 ; params ; url` ended by BEL or ST); anything else stays in the text, for the
// reader to refuse (styled-cells.ts) or to measure as Ink does (output.ts).

/** SGR reset as this renderer writes it (`ESC [ m`). */
export const resetStyle = '\u001B[m';
/** The OSC 8 sequence that ends a hyperlink. */
export const closeLink = '\u001B]8;;\u001B\\';
/** EL 0: erase from the cursor to the end of the line. */
export const eraseEndOfLine = '\u001B[K';
/** EL 2: erase the whole row, the cursor staying where it is. */
export const eraseRow = '\u001B[2K';

/** CHA: moves the cursor to a 0-based column of its row. */
export const cursorToColumn = (column: number): string => `\u001B[${column + 1}G`;

/** An SGR sequence (its parameters in group 1) or an OSC 8 hyperlink (its parameters in group 2, its URL in group 3). */
const styleOrLink = /\u001B\[([0-9;]*)m|\u001B\]8;([^;\u0007\u001B]*);([^\u0007\u001B]*)(?:\u0007|\u001B\\)/g;

/** A piece of a line: text between sequences, an SGR sequence or an OSC 8 hyperlink sequence. */
export type LineToken =
	| {readonly type: 'text'; readonly text: string}
	| {readonly type: 'style'; readonly sequence: string; readonly parameters: string}
	| {readonly type: 'link'; readonly sequence: string; readonly url: string};

/**
The pieces of `line` in order: SGR and OSC 8 sequences, and the text between them (never empty).
A link token with an empty `url` closes the hyperlink open before it.
*/
export function* lineTokens(line: string): Generator<LineToken> {
	let textStart = 0;
	for (const match of line.matchAll(styleOrLink)) {
		if (match.index > textStart) yield {type: 'text', text: line.slice(textStart, match.index)};
		const [sequence, parameters, , url] = match;
		yield parameters === undefined ? {type: 'link', sequence, url: url!} : {type: 'style', sequence, parameters};
		textStart = match.index + sequence.length;
	}

	if (textStart < line.length) yield {type: 'text', text: line.slice(textStart)};
}

/** `line` without its SGR and OSC 8 sequences. */
export const withoutStyleOrLinks = (line: string): string => line.replaceAll(styleOrLink, '');

/** CNL: moves the cursor down `count` rows, to column 0 (never scrolls). */
export const cursorNextLines = (count: number): string => `\u001B[${count}E`;

/** Cursor to the top left, then erase the whole screen (CUP, ED 2). */
export const cleanScreen = '\u001B[H\u001B[2J';

/** The SGR sequence switching from style `fromKey` to `toKey` (both canonical parameter lists, '' for the default style). */
export function switchStyle(fromKey: string, toKey: string): string {
	if (toKey === '') return resetStyle;
	return fromKey === '' ? `\u001B[${toKey}m` : `\u001B[0;${toKey}m`;
}
