import {describe, expect, it} from 'vitest';
import {latexToUnicode} from '../../src/text/latex-to-unicode.js';

describe('latexToUnicode', () => {
	it.each([
		['accents in braces', String.raw`M{\"u}ller`, 'Müller'],
		['accents on a braced letter', String.raw`Erd\H{o}s and \"{a}`, 'Erdős and ä'],
		['an accent without braces', String.raw`Caf\'e`, 'Café'],
		['an accented dotless i', String.raw`Garc\'{\i}a`, 'García'],
		['letter accents', String.raw`\c{c}a and \v{s}`, 'ça and š'],
		['letters with their own command', String.raw`Stra\ss e, {\o}re`, 'Straße, øre'],
		['en and em dashes', 'pages 1--5 --- done', 'pages 1–5 — done'],
		['emphasis, keeping the space after it', String.raw`the \emph{new} way`, 'the new way'],
		['bold', String.raw`50\% of \textbf{data}`, '50% of data'],
		['escaped specials', String.raw`R\&D, a\_b, \#1, \$5`, 'R&D, a_b, #1, $5'],
		['greek letters in math', String.raw`$\alpha$-tuning and $\Omega$`, 'α-tuning and Ω'],
		['super- and subscripts in math', '$O(n^2)$ and $x_{12}$', 'O(n²) and x₁₂'],
		['relations in math', String.raw`$k \leq 3$`, 'k ≤3'],
		['protecting braces', '{BERT} and {{GPT}}', 'BERT and GPT'],
	])('converts %s', (_what, latex, unicode) => {
		expect(latexToUnicode(latex)).toBe(unicode);
	});

	it.each([
		['dollar amounts', 'costs $5 and $10'],
		['math it cannot convert, braces and all', String.raw`in $\mathcal{O}(n)$ time`],
		['a fraction', String.raw`$\frac{a}{b}$`],
		['a superscript with no Unicode form', '$x^{q}$'],
		['an unknown command with its argument', String.raw`\citep{smith} says`],
		['plain text', 'Attention Is All You Need'],
		['private-use characters', 'a \ue000 b'],
	])('leaves %s as written', (_what, text) => {
		expect(latexToUnicode(text)).toBe(text);
	});
});
