import type HighlightJs from 'highlight.js';

type LanguageFn = Parameters<typeof HighlightJs.registerLanguage>[1];
type Language = ReturnType<LanguageFn>;
type Mode = NonNullable<Language['contains']>[number];

const NAME = /[A-Za-z][\w:.+/-]*/;

/**
 * A highlight.js language definition for BibTeX: entry types (`@misc`) as keywords, the
 * citation key as a title, field names as attributes, braced and quoted values (nested
 * groups and TeX escapes included) as strings, numbers, `@string` macros as variables,
 * and `%` lines and `@comment` entries as comments. Never auto-detected.
 */
export const bibtexLanguage: LanguageFn = () => {
	// Modes are built afresh on every call because highlight.js compiles them in place.
	// A TeX command or escaped character is skipped whole, so `\{` does not open a group.
	const texEscape: Mode = {begin: /\\(?:[A-Za-z]+|.)/, relevance: 0};
	const nestedGroup: Mode = {begin: /\{/, end: /\}/, contains: ['self', texEscape], relevance: 0};
	const bracedValue: Mode = {className: 'string', begin: /\{/, end: /\}/, contains: [texEscape, nestedGroup]};
	const quotedValue: Mode = {className: 'string', begin: /"/, end: /"/, contains: [texEscape, nestedGroup]};
	const field: Mode = {
		begin: new RegExp(`${NAME.source}\\s*=`),
		returnBegin: true,
		end: /,|(?=[})])/,
		contains: [
			{className: 'attr', begin: new RegExp(`${NAME.source}(?=\\s*=)`)},
			bracedValue,
			quotedValue,
			{className: 'number', begin: /\b\d+\b/, relevance: 0},
			{className: 'variable', begin: NAME, relevance: 0},
		],
	};
	const entry: Mode = {
		className: 'keyword',
		begin: /@[A-Za-z]+(?=\s*[{(])/,
		starts: {
			begin: /[{(]/,
			end: /[})]/,
			contains: [{className: 'title', begin: /[^\s,={}()"#%~\\]+(?=\s*,)/}, field],
		},
	};
	const commentEntry: Mode = {className: 'comment', begin: /@comment\s*\{/, end: /\}/, contains: [nestedGroup]};
	const lineComment: Mode = {className: 'comment', begin: /%/, end: /$/, relevance: 0};
	return {
		name: 'BibTeX',
		aliases: ['bib'],
		case_insensitive: true,
		disableAutodetect: true,
		contains: [commentEntry, entry, lineComment],
	};
};
