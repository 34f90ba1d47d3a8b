import {describe, expect, it} from 'vitest';
import {cleanText} from '../../src/text/clean-text.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

/** Nothing a terminal would act on: no C0, DEL, C1 or bidi controls left. */
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const cases: ReadonlyArray<readonly [behaviour: string, input: string, expected: string]> = [
	['keeps plain text', 'Attention Is All You Need', 'Attention Is All You Need'],
	['keeps accents, CJK and emoji', 'Café 中文 🚀 naïve', 'Café 中文 🚀 naïve'],
	['trims and collapses spaces', '  a   b  ', 'a b'],
	['turns tabs and line breaks into single spaces', 'a\tb\nc\r\nd\u000b\u000ce', 'a b c d e'],
	['turns Unicode line and paragraph separators into spaces', 'a\u2028b\u2029c\u00a0d', 'a b c d'],
	['removes SGR colour sequences', `${ESC}[31mred${ESC}[0m text`, 'red text'],
	['removes clear screen and cursor home', `${ESC}[2J${ESC}[Hafter`, 'after'],
	['removes private-mode CSI (alternate screen)', `${ESC}[?1049hx${ESC}[?1049l`, 'x'],
	['removes CSI with intermediate bytes', `a${ESC}[1 qb`, 'ab'],
	['removes a window-title OSC ended by BEL', `before${ESC}]0;pwned${BEL}after`, 'beforeafter'],
	['removes a window-title OSC ended by ESC backslash', `before${ESC}]2;pwned${ST}after`, 'beforeafter'],
	['removes an OSC 52 clipboard write', `x${ESC}]52;c;ZWNobyBwd25lZA==${BEL}y`, 'xy'],
	['removes an OSC 8 hyperlink but keeps its label', `${ESC}]8;;https://evil.example${ST}label${ESC}]8;;${ST}`, 'label'],
	['swallows an unterminated OSC to the end, as a terminal would', `safe ${ESC}]0;never ends`, 'safe'],
	['ends an OSC at CAN', `a${ESC}]0;x\u0018b`, 'ab'],
	['ends an OSC at a new ESC and removes that sequence too', `a${ESC}]0;x${ESC}[31mb`, 'ab'],
	['removes DCS strings with payload', `a${ESC}P1$r0m${ST}b`, 'ab'],
	['removes APC, PM and SOS strings', `a${ESC}_apc${ST}b${ESC}^pm${ST}c${ESC}Xsos${ST}d`, 'abcd'],
	['removes 8-bit CSI with its parameters', 'a\u009b2Jb', 'ab'],
	['removes 8-bit OSC ended by 8-bit ST', 'a\u009d0;title\u009cb', 'ab'],
	['removes 8-bit OSC ended by BEL', 'a\u009d52;c;aGk=\u0007b', 'ab'],
	['removes 8-bit DCS, SOS, PM and APC strings', 'a\u0090x\u009cb\u0098x\u009cc\u009ex\u009cd\u009fx\u009ce', 'abcde'],
	['removes two-character ESC sequences (full reset)', `a${ESC}cb`, 'ab'],
	['removes ESC sequences with intermediates (charset, DECALN)', `a${ESC}(0b${ESC}#8c`, 'abc'],
	['removes a lone trailing ESC', `abc${ESC}`, 'abc'],
	['removes ESC before a non-ASCII character and keeps the character', `a${ESC}éb`, 'aéb'],
	['removes a CSI cut short by a line break, keeping the rest as text', `a${ESC}[3\n1mb`, 'a 1mb'],
	['removes NUL, BEL and backspace', 'a\u0000b\u0007c\u0008d', 'abcd'],
	[
		'removes every other C0 control',
		'a\u0001\u0002\u0003\u0004\u0005\u0006\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0019\u001c\u001d\u001e\u001fb',
		'ab',
	],
	['removes DEL', 'a\u007fb', 'ab'],
	['removes all other C1 controls', 'a\u0080\u0085\u008d\u009a\u009cb', 'ab'],
	['removes bidi overrides (Trojan Source)', 'access\u202e\u2066 // admin\u2069\u2066 level', 'access // admin level'],
	[
		'removes every bidi embedding, override and isolate control',
		'\u202ax\u202by\u202cz\u202dw\u202ev\u2066u\u2067t\u2068s\u2069',
		'xyzwvuts',
	],
	['replaces lone surrogates', 'a\ud800b\udc00c', 'a\ufffdb\ufffdc'],
	['keeps surrogate pairs', 'a😀b', 'a😀b'],
	['returns an empty string for controls only', `${ESC}[2J\u0000\u0007 \t`, ''],
	['cannot be tricked by nested sequences', `${ESC}${ESC}]0;t${BEL}${ESC}[${ESC}[2Jok`, 'ok'],
];

describe('cleanText', () => {
	it.each(cases)('%s', (_behaviour, input, expected) => {
		expect(cleanText(input)).toBe(expected);
	});

	it.each(cases)('leaves no terminal control: %s', (_behaviour, input) => {
		expect(cleanText(input)).not.toMatch(TERMINAL_CONTROL);
	});

	it('leaves no terminal control in any string of control-heavy characters', () => {
		const alphabet = [ESC, '[', ']', 'P', '\\', BEL, '\u009b', '\u009d', '\u009c', '\u0000', '\n', 'a', '0', ';', '\u202e', '\u0018'];
		let seed = 7;
		for (let round = 0; round < 2000; round++) {
			let input = '';
			for (let index = 0; index < 12; index++) {
				seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
				input += alphabet[seed % alphabet.length];
			}

			const cleaned = cleanText(input);
			expect(cleaned, JSON.stringify(input)).not.toMatch(TERMINAL_CONTROL);
			expect(cleaned).toBe(cleaned.trim());
			expect(cleaned).not.toMatch(/\s{2}/);
		}
	});
});
