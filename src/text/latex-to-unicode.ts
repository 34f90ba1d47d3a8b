/** Accent commands and the combining mark each puts on the letter that follows. */
const ACCENTS: Readonly<Record<string, string>> = {
	'"': '\u0308',
	"'": '\u0301',
	'`': '\u0300',
	'^': '\u0302',
	'~': '\u0303',
	'=': '\u0304',
	'.': '\u0307',
	u: '\u0306',
	v: '\u030c',
	H: '\u030b',
	c: '\u0327',
	k: '\u0328',
	r: '\u030a',
};

/** Commands that stand for one character, in text or in math. */
const SYMBOLS: Readonly<Record<string, string>> = {
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	delta: 'δ',
	epsilon: 'ε',
	varepsilon: 'ε',
	zeta: 'ζ',
	eta: 'η',
	theta: 'θ',
	iota: 'ι',
	kappa: 'κ',
	lambda: 'λ',
	mu: 'μ',
	nu: 'ν',
	xi: 'ξ',
	pi: 'π',
	rho: 'ρ',
	sigma: 'σ',
	tau: 'τ',
	upsilon: 'υ',
	phi: 'φ',
	varphi: 'φ',
	chi: 'χ',
	psi: 'ψ',
	omega: 'ω',
	Gamma: 'Γ',
	Delta: 'Δ',
	Theta: 'Θ',
	Lambda: 'Λ',
	Xi: 'Ξ',
	Pi: 'Π',
	Sigma: 'Σ',
	Phi: 'Φ',
	Psi: 'Ψ',
	Omega: 'Ω',
	times: '×',
	cdot: '·',
	pm: '±',
	leq: '≤',
	le: '≤',
	geq: '≥',
	ge: '≥',
	neq: '≠',
	ne: '≠',
	approx: '≈',
	sim: '∼',
	infty: '∞',
	to: '→',
	rightarrow: '→',
	leftarrow: '←',
	in: '∈',
	sum: '∑',
	partial: '∂',
	nabla: '∇',
	ell: 'ℓ',
	ldots: '…',
	dots: '…',
	cdots: '⋯',
	ss: 'ß',
	o: 'ø',
	O: 'Ø',
	ae: 'æ',
	AE: 'Æ',
	oe: 'œ',
	OE: 'Œ',
	aa: 'å',
	AA: 'Å',
	l: 'ł',
	L: 'Ł',
	i: 'ı',
	textendash: '–',
	textemdash: '—',
	log: 'log',
	exp: 'exp',
	max: 'max',
	min: 'min',
};

/** Commands whose braced argument is kept as is: the markup goes, the text stays. */
const KEEP_ARGUMENT = new Set([
	'emph',
	'textbf',
	'textit',
	'texttt',
	'textsc',
	'textrm',
	'textsf',
	'mathrm',
	'mathbf',
	'mathit',
	'text',
	'url',
]);

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
	0: '⁰',
	1: '¹',
	2: '²',
	3: '³',
	4: '⁴',
	5: '⁵',
	6: '⁶',
	7: '⁷',
	8: '⁸',
	9: '⁹',
	'+': '⁺',
	'-': '⁻',
	n: 'ⁿ',
	i: 'ⁱ',
	T: 'ᵀ',
};
const SUBSCRIPTS: Readonly<Record<string, string>> = {
	0: '₀',
	1: '₁',
	2: '₂',
	3: '₃',
	4: '₄',
	5: '₅',
	6: '₆',
	7: '₇',
	8: '₈',
	9: '₉',
	'+': '₊',
	'-': '₋',
	i: 'ᵢ',
	j: 'ⱼ',
	k: 'ₖ',
	n: 'ₙ',
};

/** A `$…$` span as Pandoc reads it: no space just inside either `$`, and no digit right after the closing one. */
const INLINE_MATH = /(?<!\\)\$(?=\S)((?:[^$\\]|\\.)*?\S)\$(?!\d)/g;

/**
 * Turns the LaTeX that shows up in titles and abstracts (arXiv's above all) into Unicode, with a
 * small table: accents (`\"u`, `{\'e}`, `\c{c}`), symbol commands (`\alpha`, `\leq`, `\ss`),
 * markup whose argument is kept (`\emph{x}`, `\textbf{x}`), escaped specials (`\%`, `\&`, `\_`,
 * `\#`, `\$`), `--` and `---` as – and —, and inline math `$…$` whose every part converts
 * (letters, digits, operators, the symbols above, `^`/`_` of characters with a Unicode
 * super/subscript). Math with anything else (`$\mathcal{O}(n)$`, `$\frac{a}{b}$`) stays as
 * written, `$` signs and all; so do unknown commands. Braces left around converted text go.
 */
export function latexToUnicode(text: string): string {
	if (!/[\\${}]|--/.test(text)) {
		return text;
	}

	// What cannot be converted is set aside behind a private-use placeholder, so that nothing
	// later (brace removal, dashes) touches it, and put back as written at the end.
	const keptAsWritten: string[] = [];
	const keep = (written: string): string => {
		keptAsWritten.push(written);
		return String.fromCharCode(PLACEHOLDER_BASE + keptAsWritten.length - 1);
	};

	const withMath = text.replace(/[\ue000-\uf8ff]/g, keep).replace(INLINE_MATH, (span, inside: string) => convertMath(inside) ?? keep(span));
	const unknownKept = withMath.replace(UNKNOWN_COMMAND, (command, name: string) =>
		KEEP_ARGUMENT.has(name) || SYMBOLS[name] !== undefined || ACCENTS[name] !== undefined ? command : keep(command),
	);
	if (keptAsWritten.length > PLACEHOLDER_COUNT) {
		return text;
	}

	return convertText(unknownKept)
		.normalize('NFC')
		.replace(/[\ue000-\uf8ff]/g, placeholder => keptAsWritten[placeholder.charCodeAt(0) - PLACEHOLDER_BASE] ?? placeholder);
}

const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_COUNT = 0xf8ff - PLACEHOLDER_BASE + 1;
/** A command with its braced arguments, one level of nesting inside each. */
const UNKNOWN_COMMAND = /\\([A-Za-z]+)((?:\{(?:[^{}]|\{[^{}]*\})*\})*)/g;

function convertMath(inside: string): string | undefined {
	let failed = false;
	const converted = convertCommands(inside, () => {
		failed = true;
	})
		.replace(/([_^])(?:\{([^{}]*)\}|(.))/g, (whole, mark: string, braced: string | undefined, single: string | undefined) => {
			const table = mark === '^' ? SUPERSCRIPTS : SUBSCRIPTS;
			const characters = [...(braced ?? single ?? '')];
			if (characters.length === 0 || characters.some(character => table[character] === undefined)) {
				failed = true;
				return whole;
			}

			return characters.map(character => table[character]).join('');
		})
		.replace(/[{}]/g, '');
	return failed || /[\\^_]/.test(converted) ? undefined : converted;
}

function convertText(text: string): string {
	return convertCommands(text, () => {})
		.replace(/---/g, '—')
		.replace(/--/g, '–')
		.replace(/(?<!\\)[{}]/g, '')
		.replace(/\\([%&_#$])/g, '$1');
}

/** Replaces accent, symbol and markup commands; calls `onUnknown` for any other command, which stays. */
function convertCommands(text: string, onUnknown: () => void): string {
	return (
		text
			// Accents: \"u, \"{u}, {\"u}, \'{\i}, \c{c}, \v s.
			.replace(
				/\{?\\(["'`^~=.])\s*(?:\{\s*(\\i|\\j|[A-Za-z])\s*\}|(\\i|\\j|[A-Za-z]))\}?/g,
				(_, accent: string, braced?: string, bare?: string) => accentLetter(accent, braced ?? bare ?? ''),
			)
			.replace(/\{?\\([uvHckr])(?:\{\s*(\\i|[A-Za-z])\s*\}|\s+([A-Za-z]))\}?/g, (_, accent: string, braced?: string, bare?: string) =>
				accentLetter(accent, braced ?? bare ?? ''),
			)
			.replace(/\\([A-Za-z]+)(?:\{([^{}]*)\}|\s?)/g, (whole, name: string, argument: string | undefined) => {
				if (KEEP_ARGUMENT.has(name) && argument !== undefined) {
					return argument;
				}

				const symbol = SYMBOLS[name];
				if (symbol !== undefined) {
					return argument === undefined ? symbol : `${symbol}${argument}`;
				}

				onUnknown();
				return whole;
			})
	);
}

function accentLetter(accent: string, letter: string): string {
	const base = letter === '\\i' ? 'i' : letter === '\\j' ? 'j' : letter;
	return `${base}${ACCENTS[accent] ?? ''}`;
}
