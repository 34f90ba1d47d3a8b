import type {Paper} from '../types.js';
import {citationKeys} from './citation-key.js';
import {escapeBibtexUrl, escapeLatex} from './latex-escape.js';
import {primaryLink} from './primary-link.js';

export {citationKeys} from './citation-key.js';

const SAFE_KEY = /^[A-Za-z0-9][\w:.+-]*$/;

function protectedTitle(title: string): string {
	const escaped = escapeLatex(title);
	// A group that opens with a backslash is a BibTeX "special character", whose letters
	// change case after all; a leading empty group keeps the whole title protected.
	return escaped.startsWith('\\') ? `{{{}${escaped}}}` : `{{${escaped}}}`;
}

function authorList(authors: readonly string[]): string {
	return (
		authors
			.map(author => escapeLatex(author))
			.filter(author => author !== '')
			// "and" inside a name would split it into two people; a braced name is read whole.
			.map(author => (/\sand\s/i.test(author) ? `{${author}}` : author))
			.join(' and ')
	);
}

/**
 * One `@misc` entry for `paper` under `key` (no trailing newline): `title` in double
 * braces so its capitalisation survives any style, then `author`, `year`, `doi`, `eprint` and
 * `archiveprefix` (the arXiv id), `url` (the primary link, read verbatim by biblatex), `keywords` (the source's keywords and the
 * user's tags, comma separated) and `abstract` when present. Every text field
 * is escaped so that BibTeX and biber read back exactly the paper's text; non-ASCII stays
 * UTF-8. Throws a RangeError when `key` is not a safe citation key.
 */
export function toBibtexEntry(paper: Paper, key: string): string {
	if (!SAFE_KEY.test(key)) {
		throw new RangeError(`Citation key \`${key}\` must be ASCII letters, digits and _:.+- only`);
	}
	const fields: Array<[string, string]> = [['title', protectedTitle(paper.title)]];
	const authors = authorList(paper.authors);
	if (authors !== '') {
		fields.push(['author', `{${authors}}`]);
	}
	if (paper.year !== undefined && Number.isInteger(paper.year)) {
		fields.push(['year', `{${paper.year}}`]);
	}
	if (paper.doi !== undefined) {
		fields.push(['doi', `{${escapeBibtexUrl(paper.doi)}}`]);
	}
	if (paper.arxivId !== undefined) {
		fields.push(['eprint', `{${escapeBibtexUrl(paper.arxivId)}}`], ['archiveprefix', '{arXiv}']);
	}
	const link = primaryLink(paper);
	if (link !== undefined && link.trim() !== '') {
		fields.push(['url', `{${escapeBibtexUrl(link)}}`]);
	}
	if (paper.keywords !== undefined && paper.keywords.length > 0) {
		fields.push(['keywords', `{${escapeLatex(paper.keywords.join(', '))}}`]);
	}
	const abstract = escapeLatex(paper.abstract);
	if (abstract !== '') {
		fields.push(['abstract', `{${abstract}}`]);
	}
	const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
	return `@misc{${key},\n${body}\n}`;
}

/** A BibTeX file for `papers`, one entry each in order under unique keys from `citationKeys` (a paper's own entry key when it kept one), ending with a newline. */
export function toBibtex(papers: readonly Paper[]): string {
	const keys = citationKeys(papers);
	return papers.map((paper, index) => toBibtexEntry(paper, keys[index] ?? `paper${index}`)).join('\n\n') + (papers.length > 0 ? '\n' : '');
}
