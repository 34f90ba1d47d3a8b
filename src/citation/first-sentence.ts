// Lowercased words that end with a period without ending the sentence.
const ABBREVIATIONS = new Set([
	'al',
	'approx',
	'cf',
	'dr',
	'e.g',
	'eq',
	'eqs',
	'etc',
	'fig',
	'figs',
	'i.e',
	'mr',
	'mrs',
	'ms',
	'no',
	'prof',
	'ref',
	'refs',
	'resp',
	'sec',
	'sect',
	'st',
	'vs',
	'viz',
	'w.r.t',
]);

// End punctuation with any closing quotes or brackets, then whitespace, then what may start a sentence.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(textBeforePeriod: string): boolean {
	const word = /(\S+)$/.exec(textBeforePeriod)?.[1] ?? '';
	const bare = word.replace(/^[("'“‘[]+/, '').toLowerCase();
	// A single capital is an initial ("J. Smith").
	return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word.replace(/^[("'“‘[]+/, ''));
}

/**
 * The first sentence of `text`, whitespace collapsed: up to the first `.`, `!` or `?`
 * that is followed by a space and a capital letter or digit, not counting abbreviations
 * ("e.g.", "et al.", "Fig."), initials ("J. Smith") or decimals ("3.5"). The whole text
 * when no sentence ends earlier.
 */
export function firstSentence(text: string): string {
	const collapsed = text.replace(/\s+/g, ' ').trim();
	for (const match of collapsed.matchAll(BOUNDARY)) {
		const start = match.index;
		const isPeriodOnly = match[0].startsWith('.') && !/[!?]/.test(match[0]);
		if (isPeriodOnly && endsWithAbbreviation(collapsed.slice(0, start))) {
			continue;
		}
		return collapsed.slice(0, start + match[0].length);
	}
	return collapsed;
}
