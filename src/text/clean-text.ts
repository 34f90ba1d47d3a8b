const ESC = 0x1b;
const BEL = 0x07;
const CAN = 0x18;
const SUB = 0x1a;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;

/** 8-bit introducers of control strings whose payload runs until a string terminator: DCS, SOS, OSC, PM, APC. */
const C1_STRING_INTRODUCERS = new Set([0x90, 0x98, 0x9d, 0x9e, 0x9f]);

/** Characters after ESC that open a control string: OSC `]`, DCS `P`, SOS `X`, PM `^`, APC `_`. */
const ESC_STRING_INTRODUCERS = new Set([']', 'P', 'X', '^', '_']);

/**
 * Anything `cleanText` changes besides trimming: controls, bidi controls, surrogates, whitespace
 * other than a single space (the `\s` class minus U+0020), or two spaces in a row. Most text
 * has none, and one scan for them is several times faster than the full cleaning.
 */
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u00a0\u1680\u2000-\u200a\u2028-\u202f\u205f\u2066-\u2069\u3000\ud800-\udfff\ufeff]| {2}/;
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Returns `text` as one line of plain printable text that cannot make a terminal do anything:
 * removes ANSI/ECMA-48 escape sequences with their parameters (CSI, nF and two-character ESC
 * sequences), control strings with their payload (OSC, DCS, SOS, PM, APC, in 7-bit and 8-bit
 * form, terminated by BEL, ST or CAN/SUB, or by the end of the text), every other C0 control,
 * DEL, every C1 control (U+0080–U+009F) and the bidi override/isolate controls
 * (U+202A–U+202E, U+2066–U+2069); replaces lone surrogates with U+FFFD; turns every run of
 * whitespace (tabs and line breaks included) into one space and trims the ends.
 */
export function cleanText(text: string): string {
	if (!NEEDS_WORK.test(text)) {
		return text.trim();
	}

	const stripped = UNSAFE_CHARACTER.test(text) ? stripControls(text) : text;
	const wellFormed = SURROGATE.test(stripped) ? stripped.replace(LONE_SURROGATE, '\uFFFD') : stripped;
	return wellFormed.replace(/\s+/g, ' ').trim();
}

function stripControls(text: string): string {
	const kept: string[] = [];
	let runStart = 0;
	let index = 0;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		let next: number;
		if (code === ESC) {
			next = skipEscape(text, index + 1);
		} else if (code === C1_CSI) {
			next = skipControlSequence(text, index + 1);
		} else if (C1_STRING_INTRODUCERS.has(code)) {
			next = skipControlString(text, index + 1);
		} else if (isRemovedCharacter(code)) {
			next = index + 1;
		} else {
			index++;
			continue;
		}

		kept.push(text.slice(runStart, index));
		index = next;
		runStart = next;
	}

	kept.push(text.slice(runStart));
	return kept.join('');
}

/** Tab, LF, VT, FF and CR survive here and become spaces with the rest of the whitespace. */
function isRemovedCharacter(code: number): boolean {
	return (
		(code < 0x20 && (code < 0x09 || code > 0x0d)) ||
		(code >= 0x7f && code <= 0x9f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069)
	);
}

function skipEscape(text: string, index: number): number {
	if (index >= text.length) {
		return index;
	}

	const character = text[index]!;
	if (character === '[') {
		return skipControlSequence(text, index + 1);
	}

	if (ESC_STRING_INTRODUCERS.has(character)) {
		return skipControlString(text, index + 1);
	}

	let position = index;
	while (position < text.length && isIntermediateByte(text.charCodeAt(position))) {
		position++;
	}

	const final = text.charCodeAt(position);
	if (final >= 0x30 && final <= 0x7e) {
		return position + 1;
	}

	// A lone ESC (or ESC + intermediates) before a control or non-ASCII character: drop what
	// was seen and let the main loop judge the character itself.
	return position;
}

function skipControlSequence(text: string, index: number): number {
	let position = index;
	while (position < text.length) {
		const code = text.charCodeAt(position);
		if ((code >= 0x30 && code <= 0x3f) || isIntermediateByte(code)) {
			position++;
		} else if (code >= 0x40 && code <= 0x7e) {
			return position + 1;
		} else {
			return position;
		}
	}

	return position;
}

function skipControlString(text: string, index: number): number {
	let position = index;
	while (position < text.length) {
		const code = text.charCodeAt(position);
		if (code === BEL || code === C1_ST || code === CAN || code === SUB) {
			return position + 1;
		}

		if (code === ESC) {
			// ESC \ is the string terminator; any other ESC aborts the string and starts a new sequence.
			return text[position + 1] === '\\' ? position + 2 : position;
		}

		position++;
	}

	return position;
}

function isIntermediateByte(code: number): boolean {
	return code >= 0x20 && code <= 0x2f;
}
