import type {Paper} from '../types.js';
import {transliterateLatin} from '../text/latin-letters.js';

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const TITLE_STOPWORDS = new Set([
	'a',
	'an',
	'and',
	'at',
	'by',
	'for',
	'from',
	'in',
	'is',
	'of',
	'on',
	'the',
	'to',
	'toward',
	'towards',
	'via',
	'with',
]);
const MAX_WORD_LENGTH = 24;

function asciiWord(text: string): string {
	return transliterateLatin(text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, ''))
		.replace(/[^a-z0-9]/g, '')
		.slice(0, MAX_WORD_LENGTH);
}

function surname(author: string): string {
	// "Last, First" names the surname first; otherwise it is the last word before any "Jr.".
	const [beforeComma = '', afterComma] = author.split(',', 2);
	if (afterComma !== undefined && !NAME_SUFFIXES.has(asciiWord(afterComma))) {
		return asciiWord(beforeComma);
	}
	const words = beforeComma
		.split(/\s+/)
		.map(asciiWord)
		.filter(word => word !== '');
	while (words.length > 1 && NAME_SUFFIXES.has(words.at(-1) ?? '')) {
		words.pop();
	}
	return words.at(-1) ?? '';
}

function firstTitleWord(title: string): string {
	const words = title
		.split(/[\s\-–—:/]+/)
		.map(asciiWord)
		.filter(word => word !== '');
	return words.find(word => !TITLE_STOPWORDS.has(word)) ?? words[0] ?? '';
}

function baseKey(paper: Paper): string {
	const firstAuthor = paper.authors.find(author => author.trim() !== '');
	const stem = (firstAuthor === undefined ? '' : surname(firstAuthor)) || firstTitleWord(paper.title) || 'paper';
	const year = paper.year !== undefined && Number.isInteger(paper.year) && paper.year > 0 ? String(paper.year) : '';
	return stem + year;
}

/** `a`…`z`, then `aa`, `ab`, … */
function letterSuffix(index: number): string {
	let suffix = '';
	for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
		suffix = String.fromCharCode(97 + ((rest - 1) % 26)) + suffix;
	}
	return suffix;
}

/** A key a source file gave that BibTeX reads back as is: ASCII letters, digits and `_:.+-`. */
const REUSABLE_KEY = /^[A-Za-z0-9][\w:.+-]*$/;

/**
 * One citation key per paper, in order. A paper that kept the key of its source file (a BibTeX
 * entry key) gets that key when it is ASCII letters, digits and `_:.+-` and no earlier paper took
 * it. Every other paper gets the first author's surname (else the first significant title word,
 * else `paper`) folded to lowercase ASCII letters and digits, then the year; keys that would
 * clash all get a suffix `a`, `b`, `c`… in input order, and none takes a kept key, so every key
 * is unique.
 */
export function citationKeys(papers: readonly Paper[]): string[] {
	const kept = new Set<string>();
	const reused = papers.map(paper => {
		const key = paper.citationKey;
		if (key === undefined || !REUSABLE_KEY.test(key) || kept.has(key)) {
			return undefined;
		}
		kept.add(key);
		return key;
	});
	const bases = papers.map((paper, index) => (reused[index] === undefined ? baseKey(paper) : undefined));
	const counts = new Map<string, number>();
	for (const base of bases) {
		if (base !== undefined) {
			counts.set(base, (counts.get(base) ?? 0) + 1);
		}
	}
	const taken = new Set([...kept, ...bases.filter(base => base !== undefined && counts.get(base) === 1 && !kept.has(base))]);
	const nextSuffix = new Map<string, number>();
	return bases.map((base, position) => {
		if (base === undefined) {
			return reused[position]!;
		}
		if (counts.get(base) === 1 && !kept.has(base)) {
			return base;
		}
		let index = nextSuffix.get(base) ?? 0;
		let key = base + letterSuffix(index);
		while (taken.has(key)) {
			index += 1;
			key = base + letterSuffix(index);
		}
		nextSuffix.set(base, index + 1);
		taken.add(key);
		return key;
	});
}
