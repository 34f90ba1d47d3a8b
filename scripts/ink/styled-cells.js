// Turns one line of Ink output (text, SGR sequences, OSC 8 hyperlinks) into terminal cells, so
// that two versions of a line can be compared column by column. Anything this module does not
// fully understand makes `parseLine` return undefined, and the caller rewrites the whole line.
import stringWidth from 'string-width';

// SGR (`ESC [ params m`), or an OSC 8 hyperlink (`ESC ] 8 ; params ; url` ended by BEL or ST).
const escapeSequence = /\u001B\[([0-9;]*)m|\u001B\]8;([^;\u0007\u001B]*);([^\u0007\u001B]*)(?:\u0007|\u001B\\)/g;
const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
const printableAscii = /^[\u0020-\u007E]*$/;
const unreliableCodePoint =
	/[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Mn}\p{Me}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}\u1160-\u11FF]/u;
let graphemes;
// Code points that can join a neighbour into one grapheme (marks, joiners, format characters,
// regional indicators, emoji modifiers, Hangul jamo, Prepend and SpacingMark letters). Text
// without any is one grapheme per code point, and skips the (slow) segmenter.
const mayJoinGraphemes =
	/[^\p{L}\p{N}\p{P}\p{S}\p{Zs}]|[\p{Regional_Indicator}\p{Emoji_Modifier}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0D4E\u0E33\u0EB3\uFF9E\uFF9F\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}]/u;

/** Wide ranges every terminal has agreed on since Markus Kuhn's wcwidth (xterm.js "Unicode 6" too). */
const classicWideRanges = [
	[0x1100, 0x115f],
	[0x2e80, 0x303e],
	[0x3041, 0x33ff],
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xa000, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6],
	[0x20000, 0x2fffd],
	[0x30000, 0x3fffd],
];

const isClassicWide = codePoint => classicWideRanges.some(([first, last]) => codePoint >= first && codePoint <= last);

/**
Width of a grapheme and whether every terminal agrees with it. Emoji, combining sequences,
recently assigned wide characters and the like are "unreliable": terminals disagree on their
width, so no column after them can be addressed with certainty.
*/
const measures = new Map();

function measureGrapheme(grapheme) {
	let measure = measures.get(grapheme);
	if (measure === undefined) {
		measure = measureUncached(grapheme);
		if (measures.size > 10_000) measures.clear();
		measures.set(grapheme, measure);
	}
	return measure;
}

function measureUncached(grapheme) {
	const width = Math.max(1, stringWidth(grapheme));
	const codePoint = grapheme.codePointAt(0);
	const isSingleCodePoint = grapheme.length === (codePoint > 0xffff ? 2 : 1);
	const isReliable = isSingleCodePoint && !unreliableCodePoint.test(grapheme) && (width === 2) === isClassicWide(codePoint);
	return {width, isReliable};
}

const styleFlags = [
	[1, 'bold'],
	[2, 'dim'],
	[3, 'italic'],
	[4, 'underline'],
	[5, 'blink'],
	[7, 'inverse'],
	[8, 'hidden'],
	[9, 'strikethrough'],
];
const flagOffCodes = new Map([
	[22, ['bold', 'dim']],
	[23, ['italic']],
	[24, ['underline']],
	[25, ['blink']],
	[27, ['inverse']],
	[28, ['hidden']],
	[29, ['strikethrough']],
]);
const defaultStyle = {
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
const styleKey = style =>
	[...styleFlags.filter(([, name]) => style[name]).map(([code]) => String(code)), style.foreground, style.background]
		.filter(part => part !== '')
		.join(';');

/** Reads an extended colour (`38;5;n` or `38;2;r;g;b`) at `index`; returns its parameters and length, or undefined. */
function readExtendedColour(parameters, index) {
	const isByte = text => /^\d{1,3}$/.test(text ?? '') && Number(text) <= 255;
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
function applySgr(style, parameterText) {
	const parameters = parameterText.split(';');
	for (let index = 0; index < parameters.length; index++) {
		const text = parameters[index];
		const code = text === '' ? 0 : Number(text);
		const flag = styleFlags.find(([flagCode]) => flagCode === code);
		if (code === 0) {
			Object.assign(style, defaultStyle);
		} else if (flag) {
			style[flag[1]] = true;
		} else if (flagOffCodes.has(code)) {
			for (const name of flagOffCodes.get(code)) style[name] = false;
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
export function parseLine(line) {
	const cells = [];
	let firstUnreliable = Number.POSITIVE_INFINITY;
	const style = {...defaultStyle};
	let key = '';
	let link = '';
	const pushText = text => {
		if (controlCharacter.test(text)) return false;
		if (printableAscii.test(text)) {
			for (const character of text) cells.push({character, key, link});
			return true;
		}
		const segments = mayJoinGraphemes.test(text)
			? Array.from((graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text), ({segment}) => segment)
			: text;
		for (const segment of segments) {
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
	let textStart = 0;
	for (const match of line.matchAll(escapeSequence)) {
		if (!pushText(line.slice(textStart, match.index))) return undefined;
		const [sequence, sgrParameters, , url] = match;
		if (sgrParameters !== undefined) {
			if (!applySgr(style, sgrParameters)) return undefined;
			key = styleKey(style);
		} else {
			link = url === '' ? '' : sequence;
		}
		textStart = match.index + sequence.length;
	}
	if (!pushText(line.slice(textStart))) return undefined;
	return {cells, firstUnreliable, endsOpen: key !== '' || link !== ''};
}
