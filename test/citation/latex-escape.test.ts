import {describe, expect, it} from 'vitest';
import {escapeBibtexUrl, escapeLatex} from '../../src/citation/latex-escape.js';

describe('escapeLatex', () => {
	it.each([
		['plain text unchanged', 'Deep Learning', 'Deep Learning'],
		['TeX specials escaped with a backslash', '50% & $5 #1 a_b', '50\\% \\& \\$5 \\#1 a\\_b'],
		['braces as named commands so they never unbalance a field', '{x', '\\textbraceleft{}x'],
		['a backslash as a command', 'a\\b', 'a\\textbackslash{}b'],
		['caret and tilde as commands', 'x^2 ~y', 'x\\textasciicircum{}2 \\textasciitilde{}y'],
		['OT1 glyph swaps as commands', '<|>', '\\textless{}\\textbar{}\\textgreater{}'],
		['dash ligatures broken', 'a--b---c', 'a-{}-b-{}-{}-c'],
		['quote ligatures broken', "``x''", "`{}`x'{}'"],
		['Spanish ligatures broken', '?` !`', '?{}` !{}`'],
		['a single hyphen and apostrophe unchanged', "state-of-the-art isn't", "state-of-the-art isn't"],
		['non-ASCII left as UTF-8', 'Café 😀', 'Café 😀'],
		['whitespace collapsed and trimmed', ' a \n\t b ', 'a b'],
	])('leaves %s', (_name, input, expected) => {
		expect(escapeLatex(input)).toBe(expected);
	});
});

describe('escapeBibtexUrl', () => {
	it.each([
		['URL specials kept, since the url field is verbatim', 'https://x.org/a_b%20c?q=1&r=~x#f', 'https://x.org/a_b%20c?q=1&r=~x#f'],
		['braces percent-encoded', 'https://x.org/{id}', 'https://x.org/%7Bid%7D'],
		['a backslash percent-encoded', 'https://x.org/a\\b', 'https://x.org/a%5Cb'],
		['inner whitespace percent-encoded and outer trimmed', ' https://x.org/a b\t', 'https://x.org/a%20b'],
	])('leaves %s', (_name, input, expected) => {
		expect(escapeBibtexUrl(input)).toBe(expected);
	});
});
