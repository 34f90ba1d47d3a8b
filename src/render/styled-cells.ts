// Turns one line of Ink output (text, SGR sequences, OSC 8 hyperlinks) into terminal cells, so
// that two versions of a line can be compared column by column. Anything this module does not
// fully understand makes `parseLine` return undefined, and the caller rewrites the whole line.
import {graphemesOf, measureGrapheme} from './character-width.js';
import {lineTokens} from './escape-sequences.js';

/**
One terminal cell: its grapheme ('' for the second column of a wide character), its SGR style
as canonical parameters (`key`), the OSC 8 sequence that opened its hyperlink ('' outside one),
and whether terminals disagree on its character's width.
*/
export type Cell = {character: string; key: string; link: string; isUnreliable?: true};

/** A line as cells, the first cell whose column terminals disagree on, and whether it leaves a style or link open. */
export type ParsedLine = {cells: Cell[]; firstUnreliable: number; endsOpen: boolean};

type Style = {
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
	blink: boolean;
	inverse: boolean;
	hidden: boolean;
	strikethrough: boolean;
	foreground: string;
	background: string;
};
type StyleFlag = 'bold' | 'dim' | 'italic' | 'underline' | 'blink' | 'inverse' | 'hidden' | 'strikethrough';

const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
const printableAscii = /^[\u0020-\u007E]*$/;
const styleFlags: ReadonlyArray<readonly [number, StyleFlag]> = [
	[1, 'bold'],
	[2, 'dim'],
	[3, 'italic'],
	[4, 'underline'],
	[5, 'blink'],
	[7, 'inverse'],
	[8, 'hidden'],
	[9, 'strikethrough'],
];
const flagOffCodes = new Map<number, StyleFlag[]>([
	[22, ['bold', 'dim']],
	[23, ['italic']],
	[24, ['underline']],
	[25, ['blink']],
	[27, ['inverse']],
	[28, ['hidden']],
	[29, ['strikethrough']],
]);
const defaultStyle: Style = {
	bold: false,
	dim: false,
	italic: false,
	underline: false,
	blink: false,
	inverse: false,
	hidden: false,
	strikethrough: false,
	foreground: '',
	background: '',
};

/** The canonical SGR parameters of a style, e.g. `1;31`; the empty string is the default style. */
const styleKey = (style: Style) =>
	[...styleFlags.filter(([, name]) => style[name]).map(([code]) => String(code)), style.foreground, style.background]
		.filter(part => part !== '')
		.join(';');

/** Reads an extended colour (`38;5;n` or `38;2;r;g;b`) at `index`; returns its parameters and length, or undefined. */
function readExtendedColour(parameters: readonly string[], index: number): {value: string; length: number} | undefined {
	const isByte = (text: string | undefined) => /^\d{1,3}$/.test(text ?? '') && Number(text) <= 255;
	const mode = parameters[index + 1];
	if (mode === '5' && isByte(parameters[index + 2])) {
		return {value: `${parameters[index]};5;${Number(parameters[index + 2])}`, length: 3};
	}
	if (mode === '2' && [2, 3, 4].every(offset => isByte(parameters[index + offset]))) {
		const [red, green, blue] = [2, 3, 4].map(offset => Number(parameters[index + offset]));
		return {value: `${parameters[index]};2;${red};${green};${blue}`, length: 5};
	}
	return undefined;
}

/** Applies one SGR parameter list to `style` in place; false when a parameter is not supported. */
function applySgr(style: Style, parameterText: string): boolean {
	const parameters = parameterText.split(';');
	for (let index = 0; index < parameters.length; index++) {
		const text = parameters[index]!;
		const code = text === '' ? 0 : Number(text);
		const flag = styleFlags.find(([flagCode]) => flagCode === code);
		if (code === 0) {
			Object.assign(style, defaultStyle);
		} else if (flag) {
			style[flag[1]] = true;
		} else if (flagOffCodes.has(code)) {
			for (const name of flagOffCodes.get(code)!) style[name] = false;
		} else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
			style.foreground = String(code);
		} else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
			style.background = String(code);
		} else if (code === 39) {
			style.foreground = '';
		} else if (code === 49) {
			style.background = '';
		} else if (code === 38 || code === 48) {
			const colour = readExtendedColour(parameters, index);
			if (!colour) return false;
			style[code === 38 ? 'foreground' : 'background'] = colour.value;
			index += colour.length - 1;
		} else {
			return false;
		}
	}
	return true;
}

/**
Parses a line into cells `{character, key, link}`: `key` is the SGR style, `link` the
OSC 8 sequence that opened the cell's hyperlink ('' outside one); a wide character is followed
by a continuation cell whose character is ''. A character whose width terminals disagree on has
`isUnreliable: true`. Returns `{cells, firstUnreliable, endsOpen}`
(`firstUnreliable`: the first cell whose column no terminal guarantees; `endsOpen`: the line
leaves a style or hyperlink open), or undefined when the line holds control characters or
escape sequences other than SGR and OSC 8.
*/
export function parseLine(line: string): ParsedLine | undefined {
	const cells: Cell[] = [];
	let firstUnreliable = Number.POSITIVE_INFINITY;
	const style = {...defaultStyle};
	let key = '';
	let link = '';
	const pushText = (text: string) => {
		if (controlCharacter.test(text)) return false;
		if (printableAscii.test(text)) {
			for (const character of text) cells.push({character, key, link});
			return true;
		}
		for (const segment of graphemesOf(text)) {
			if (segment.length === 1 && segment >= ' ' && segment <= '~') {
				cells.push({character: segment, key, link});
				continue;
			}
			const {width, isReliable} = measureGrapheme(segment);
			if (isReliable) {
				cells.push({character: segment, key, link});
			} else {
				firstUnreliable = Math.min(firstUnreliable, cells.length);
				cells.push({character: segment, key, link, isUnreliable: true});
			}
			for (let column = 1; column < width; column++) {
				cells.push({character: '', key, link});
			}
		}
		return true;
	};
	for (const token of lineTokens(line)) {
		if (token.type === 'text') {
			if (!pushText(token.text)) return undefined;
		} else if (token.type === 'style') {
			if (!applySgr(style, token.parameters)) return undefined;
			key = styleKey(style);
		} else {
			link = token.url === '' ? '' : token.sequence;
		}
	}
	return {cells, firstUnreliable, endsOpen: key !== '' || link !== ''};
}
