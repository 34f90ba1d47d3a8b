import type {Theme} from 'cli-highlight';

function sgr(open: number, close: number): (text: string) => string {
	const start = `\u001B[${open}m`;
	const end = `\u001B[${close}m`;
	// A nested token closes with the same code: re-open this colour after it.
	return text => (text === '' ? '' : start + text.replaceAll(end, end + start) + end);
}

function plain(text: string): string {
	return text;
}

const FOREGROUND_RESET = 39;
const keyword = sgr(35, FOREGROUND_RESET);
const name = sgr(36, FOREGROUND_RESET);
const text = sgr(32, FOREGROUND_RESET);
const value = sgr(33, FOREGROUND_RESET);
const comment = sgr(90, FOREGROUND_RESET);
const title = sgr(1, 22);

/**
 * The colours of highlighted citations, in the 16 basic ANSI colours: entry types
 * magenta, keys bold, field and JSON key names cyan, strings green, numbers, literals and
 * macros yellow, comments grey. Every token is listed so cli-highlight's own
 * chalk-based defaults, which depend on how stdout was detected, never apply.
 */
export const citationTheme: Required<Theme> = {
	keyword,
	built_in: value,
	type: plain,
	literal: value,
	number: value,
	regexp: text,
	string: text,
	subst: plain,
	symbol: value,
	class: title,
	function: plain,
	title,
	params: plain,
	comment,
	doctag: comment,
	meta: comment,
	'meta-keyword': comment,
	'meta-string': comment,
	section: title,
	tag: keyword,
	name,
	attr: name,
	attribute: name,
	variable: value,
	'builtin-name': value,
	'selector-tag': plain,
	'selector-id': plain,
	'selector-class': plain,
	'selector-attr': plain,
	'selector-pseudo': plain,
	'template-tag': plain,
	'template-variable': plain,
	bullet: plain,
	code: plain,
	emphasis: plain,
	strong: plain,
	formula: plain,
	link: plain,
	quote: plain,
	addition: plain,
	deletion: plain,
	default: plain,
};
