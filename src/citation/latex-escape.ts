const LATEX_REPLACEMENTS: Readonly<Record<string, string>> = {
	'\\': '\\textbackslash{}',
	// Escaped braces as `\{` would still count towards BibTeX's brace balance, so a lone
	// brace in the text would swallow the rest of the file; the named forms stay balanced.
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
	// With the default OT1 font encoding LaTeX prints `<`, `>` and `|` as other glyphs.
	'<': '\\textless{}',
	'>': '\\textgreater{}',
	'|': '\\textbar{}',
};

// Either a TeX special, or the first character of a ligature (`--`, two backquotes, `''`,
// `,,`, `?` or `!` before a backquote), which gets an empty group so it prints as typed.
const SPECIAL_OR_LIGATURE = /[\\{}%&$#_^~<>|]|([-`',])(?=\1)|[?!](?=`)/g;

/**
 * Escapes plain text for a braced BibTeX field so that BibTeX, biber and LaTeX read back
 * exactly the characters given: TeX specials become commands, ligatures are broken,
 * whitespace runs collapse to one space, and non-ASCII stays as UTF-8.
 */
export function escapeLatex(text: string): string {
	const collapsed = text.replace(/\s+/g, ' ').trim();
	return collapsed.replace(SPECIAL_OR_LIGATURE, match => LATEX_REPLACEMENTS[match] ?? `${match}{}`);
}

/**
 * Makes a URL safe for a BibTeX `url` field, which biblatex reads verbatim: only the
 * characters that would break the field (braces, backslash, whitespace) are
 * percent-encoded, so `%`, `#`, `&`, `_` and `~` stay as they are and the link still works.
 */
export function escapeBibtexUrl(url: string): string {
	return url.trim().replace(/[{}\\\s]/g, character => {
		const bytes = new TextEncoder().encode(character);
		return Array.from(bytes, byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
	});
}
