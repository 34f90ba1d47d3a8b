// Turns one line of Ink output (text, SGR sequences, OSC 8 hyperlinks) into terminal cells, so
// that two versions of a line can be compared column by column. Anything this module does not
// fully understand makes `parseLine` return undefined, and the caller rewrites the whole line.
import {graphemesOf, measureGrapheme} from './character-width.js';
import {lineTokens, sgrEffects, sgrFlags, type SgrFlag} from './escape-sequences.js';

/**
One terminal cell: its grapheme ('' for the second column of a wide character), its SGR style
as canonical parameters (`key`), the OSC 8 sequence that opened its hyperlink ('' outside one),
and whether terminals disagree on its character's width.
*/
export type Cell = {character: string; key: string; link: string; isUnreliable?: true};

/** A line as cells, the first cell whose column terminals disagree on, and whether it leaves a style or link open. */
export type ParsedLine = {cells: Cell[]; firstUnreliable: number; endsOpen: boolean};

/** The attributes a cell's style carries; a line that turns on another (rapid blink, overline) is not read. */
const carriedFlags = ['bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough'] as const;
type CarriedFlag = (typeof carriedFlags)[number];
const isCarried = (flag: SgrFlag): flag is CarriedFlag => (carriedFlags as readonly SgrFlag[]).includes(flag);

type Style = Record<CarriedFlag, boolean> & {foreground: string; background: string};

const controlCharacter = /[\u0000-\u001F\u007F-\u009F]/;
const printableAscii = /^[\u0020-\u007E]*$/;
/** The carried flags with the SGR parameter that turns each on, in the order of a style key. */
const keyFlags = sgrFlags.filter(({name}) => isCarried(name)) as ReadonlyArray<{name: CarriedFlag; on: number}>;
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
	[...keyFlags.filter(({name}) => style[name]).map(({on}) => String(on)), style.foreground, style.background]
		.filter(part => part !== '')
		.join(';');

/** Applies one SGR parameter list to `style` in place; false when a parameter is not supported. */
function applySgr(style: Style, parameterText: string): boolean {
	for (const effect of sgrEffects(parameterText)) {
		if (effect.type === 'reset') {
			Object.assign(style, defaultStyle);
		} else if (effect.type === 'on') {
			if (!isCarried(effect.flag)) return false;
			style[effect.flag] = true;
		} else if (effect.type === 'off') {
			const carried = effect.flags.filter(isCarried);
			if (carried.length === 0) return false;
			for (const flag of carried) style[flag] = false;
		} else if (effect.type === 'colour') {
			if (effect.value === undefined) return false;
			style[effect.layer] = effect.value;
		} else if (effect.type === 'default colour') {
			style[effect.layer] = '';
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
