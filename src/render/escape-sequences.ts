// The one place that knows the escape sequences a line of Ink output may hold and the few this
// renderer writes. A line is read as text, SGR sequences (`ESC [ params m`) and OSC 8 hyperlinks
// (`ESC ] 8 ; params ; url` ended by BEL or ST); anything else stays in the text, for the
// reader to refuse (styled-cells.ts) or to measure as Ink does (output.ts). An SGR sequence's
// parameters are read here too (`sgrEffects`): which attribute each turns on or off, and the
// colours, for the cells of styled-cells.ts and for what output.ts closes after a write.

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

/** The SGR attributes that are on or off: the parameter that turns each on, and the one that turns it off. */
export const sgrFlags = [
	{name: 'bold', on: 1, off: 22},
	{name: 'dim', on: 2, off: 22},
	{name: 'italic', on: 3, off: 23},
	{name: 'underline', on: 4, off: 24},
	{name: 'blink', on: 5, off: 25},
	{name: 'rapidBlink', on: 6, off: 25},
	{name: 'inverse', on: 7, off: 27},
	{name: 'hidden', on: 8, off: 28},
	{name: 'strikethrough', on: 9, off: 29},
	{name: 'overline', on: 53, off: 55},
] as const;

export type SgrFlag = (typeof sgrFlags)[number]['name'];

/** What one SGR parameter does (an extended colour's parameters together: `38;5;208`). */
export type SgrEffect =
	| {readonly type: 'reset'}
	| {readonly type: 'on'; readonly flag: SgrFlag}
	| {readonly type: 'off'; readonly flags: readonly SgrFlag[]}
	/** A colour as parameters (`31`, `38;5;208`, `48;2;1;2;3`); undefined for an extended colour that is malformed. */
	| {readonly type: 'colour'; readonly layer: 'foreground' | 'background'; readonly value: string | undefined}
	| {readonly type: 'default colour'; readonly layer: 'foreground' | 'background'}
	| {readonly type: 'unknown'};

const flagByOnCode = new Map<number, SgrFlag>(sgrFlags.map(({name, on}) => [on, name]));
const flagsByOffCode = new Map<number, SgrFlag[]>();
for (const {name, off} of sgrFlags) flagsByOffCode.set(off, [...(flagsByOffCode.get(off) ?? []), name]);

const isColourByte = (text: string | undefined) => /^\d{1,3}$/.test(text ?? '') && Number(text) <= 255;

/** The colour of an extended colour (`38;5;n`, `38;2;r;g;b`) starting at `index`, or undefined when it is malformed. */
function extendedColour(parameters: readonly string[], index: number): string | undefined {
	const mode = parameters[index + 1];
	if (mode === '5' && isColourByte(parameters[index + 2])) return `${parameters[index]};5;${Number(parameters[index + 2])}`;
	if (mode === '2' && [2, 3, 4].every(offset => isColourByte(parameters[index + offset]))) {
		return [parameters[index], '2', ...[2, 3, 4].map(offset => Number(parameters[index + offset]))].join(';');
	}
	return undefined;
}

/**
The effects of an SGR sequence's parameters (`token.parameters` of a style token: `1;38;5;208`),
in order. An empty parameter is 0, a reset. An extended colour takes the 2 parameters after it
when the next is 5, else 4 (`2;r;g;b`), whether or not they make a colour.
*/
export function sgrEffects(parameterText: string): SgrEffect[] {
	const parameters = parameterText.split(';');
	const effects: SgrEffect[] = [];
	for (let index = 0; index < parameters.length; index++) {
		const text = parameters[index]!;
		const code = text === '' ? 0 : Number(text);
		if (code === 0) {
			effects.push({type: 'reset'});
		} else if (flagByOnCode.has(code)) {
			effects.push({type: 'on', flag: flagByOnCode.get(code)!});
		} else if (flagsByOffCode.has(code)) {
			effects.push({type: 'off', flags: flagsByOffCode.get(code)!});
		} else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
			effects.push({type: 'colour', layer: 'foreground', value: String(code)});
		} else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
			effects.push({type: 'colour', layer: 'background', value: String(code)});
		} else if (code === 39 || code === 49) {
			effects.push({type: 'default colour', layer: code === 39 ? 'foreground' : 'background'});
		} else if (code === 38 || code === 48) {
			effects.push({type: 'colour', layer: code === 38 ? 'foreground' : 'background', value: extendedColour(parameters, index)});
			index += Number(parameters[index + 1]) === 5 ? 2 : 4;
		} else {
			effects.push({type: 'unknown'});
		}
	}
	return effects;
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
