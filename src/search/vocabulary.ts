import {isWithinOneEdit} from './edit-distance.js';
import {fromSerializedArray, toSerializedArray, type SerializedArray} from './serialize-postings.js';

/** Every folded word of a corpus, sorted, with the index term each one was stored as. */
export interface Vocabulary {
	readonly words: readonly string[];
	/** `terms[i]` is the index term of `words[i]`. */
	readonly terms: readonly string[];
	/** How many papers hold each index term. */
	readonly paperCounts: ReadonlyMap<string, number>;
	/**
	 * Positions in `words` grouped by word length and first character, and by word length and
	 * second character (keys from `bucketKey`): the only words a typo lookup reads (`termsOfWordsNear`).
	 */
	readonly positionsByFirst: ReadonlyMap<number, readonly number[]>;
	readonly positionsBySecond: ReadonlyMap<number, readonly number[]>;
}

/** The key of the words of `length` code units whose code unit at a given place is `code`. */
const bucketKey = (length: number, code: number) => length * 0x1_00_00 + code;

/** The cached form: a term that is a prefix of its word is stored as its length. */
export interface SerializedVocabulary {
	readonly words: string[];
	readonly terms: (string | number)[];
	/** `paperCounts[i]` is the number of papers holding the term of `words[i]`. */
	readonly paperCounts: number[];
}

function fromSortedWords(words: readonly string[], terms: readonly string[], paperCounts: ReadonlyMap<string, number>): Vocabulary {
	const positionsByFirst = new Map<number, number[]>();
	const positionsBySecond = new Map<number, number[]>();
	const addTo = (buckets: Map<number, number[]>, key: number, position: number) => {
		const positions = buckets.get(key);
		if (positions === undefined) buckets.set(key, [position]);
		else positions.push(position);
	};
	words.forEach((word, position) => {
		addTo(positionsByFirst, bucketKey(word.length, word.charCodeAt(0)), position);
		if (word.length > 1) addTo(positionsBySecond, bucketKey(word.length, word.charCodeAt(1)), position);
	});
	return {words, terms, paperCounts, positionsByFirst, positionsBySecond};
}

/** Builds a vocabulary from folded word → index term and index term → number of papers. */
export function createVocabulary(termByWord: ReadonlyMap<string, string>, paperCounts: ReadonlyMap<string, number>): Vocabulary {
	const words = [...termByWord.keys()].sort();
	return fromSortedWords(
		words,
		words.map(word => termByWord.get(word) ?? word),
		paperCounts,
	);
}

/** The `limit` distinct terms held by the most papers, ties in term order. */
function mostCommon(vocabulary: Vocabulary, terms: ReadonlySet<string>, limit: number): string[] {
	const count = (term: string) => vocabulary.paperCounts.get(term) ?? 0;
	return [...terms].sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1)).slice(0, limit);
}

/** The `limit` most common index terms of words that start with `prefix`. */
export function termsOfWordsWithPrefix(vocabulary: Vocabulary, prefix: string, limit: number): string[] {
	const {words, terms} = vocabulary;
	let low = 0;
	let high = words.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((words[middle] ?? '') < prefix) low = middle + 1;
		else high = middle;
	}
	const found = new Set<string>();
	for (let position = low; position < words.length; position++) {
		if (!words[position]?.startsWith(prefix)) break;
		found.add(terms[position] ?? '');
	}
	return mostCommon(vocabulary, found, limit);
}

/**
 * The `limit` most common index terms of words within one edit of `word` (see `isWithinOneEdit`).
 * Such a word keeps `word`'s first character, so it is among the words of one length more, the
 * same or one less that start with it, unless the edit is at the first character: replaced (same
 * length, same second character), a character inserted before it (one longer, `word`'s first
 * character second), deleted (one shorter, starting with `word`'s second character) or swapped with
 * the second (same length, starting with `word`'s second character). Only those groups are read:
 * a few hundredths of a large vocabulary instead of every word of three lengths.
 */
export function termsOfWordsNear(vocabulary: Vocabulary, word: string, limit: number): string[] {
	const {words, terms, positionsByFirst, positionsBySecond} = vocabulary;
	const found = new Set<string>();
	const readGroup = (positions: readonly number[] | undefined) => {
		for (const position of positions ?? []) {
			if (isWithinOneEdit(word, words[position] ?? '')) found.add(terms[position] ?? '');
		}
	};
	const {length} = word;
	if (length < 2) {
		// No second character to group by (the search asks for words of MIN_TYPO_LENGTH letters or more).
		readGroup(words.flatMap((candidate, position) => (candidate.length <= 2 ? [position] : [])));
		return mostCommon(vocabulary, found, limit);
	}
	const first = word.charCodeAt(0);
	const second = word.charCodeAt(1);
	for (let candidateLength = length - 1; candidateLength <= length + 1; candidateLength++) {
		readGroup(positionsByFirst.get(bucketKey(candidateLength, first)));
	}
	readGroup(positionsBySecond.get(bucketKey(length, second)));
	readGroup(positionsByFirst.get(bucketKey(length - 1, second)));
	readGroup(positionsByFirst.get(bucketKey(length, second)));
	readGroup(positionsBySecond.get(bucketKey(length + 1, first)));
	return mostCommon(vocabulary, found, limit);
}

/** The vocabulary as plain JSON data. */
export function serializeVocabulary(vocabulary: Vocabulary): SerializedVocabulary {
	return {
		words: [...vocabulary.words],
		terms: vocabulary.terms.map((term, position) => {
			const word = vocabulary.words[position] ?? '';
			return word.startsWith(term) ? term.length : term;
		}),
		paperCounts: vocabulary.terms.map(term => vocabulary.paperCounts.get(term) ?? 0),
	};
}

/** Rebuilds a vocabulary from `serializeVocabulary` output; throws on a malformed value. */
export function loadVocabulary(value: unknown): Vocabulary {
	const candidate = value as Partial<Record<keyof SerializedVocabulary, unknown>> | null;
	const {words, terms, paperCounts} = candidate ?? {};
	if (
		!Array.isArray(words) ||
		!Array.isArray(terms) ||
		!Array.isArray(paperCounts) ||
		words.length !== terms.length ||
		words.length !== paperCounts.length
	) {
		throw new Error('`vocabulary` must hold `words`, `terms` and `paperCounts` arrays of equal length');
	}
	const countByTerm = new Map<string, number>();
	const expandedTerms = terms.map((term: unknown, position) => {
		const word: unknown = words[position];
		const paperCount: unknown = paperCounts[position];
		if (typeof word !== 'string') throw new Error(`\`vocabulary.words[${position}]\` is not a string`);
		if (typeof paperCount !== 'number') throw new Error(`\`vocabulary.paperCounts[${position}]\` is not a number`);
		let expanded: string;
		if (typeof term === 'number') expanded = word.slice(0, term);
		else if (typeof term === 'string') expanded = term;
		else throw new Error(`\`vocabulary.terms[${position}]\` is neither a string nor a length`);
		countByTerm.set(expanded, paperCount);
		return expanded;
	});
	return fromSortedWords(words as string[], expandedTerms, countByTerm);
}

/**
 * The vocabulary as compact data for the index file: the words joined by newlines, each
 * word's term as the length of the word's prefix it is (or -1, the term then being the next
 * of `otherTerms`), and the paper counts as an array (see `toSerializedArray`).
 */
export interface CompactVocabulary {
	readonly words: string;
	readonly termLengths: SerializedArray;
	readonly otherTerms: string;
	readonly paperCounts: SerializedArray;
}

/** The vocabulary as `CompactVocabulary` (arrays as base64 for JSON, or as they are for a binary file). */
export function compactVocabulary(vocabulary: Vocabulary, arrays: 'base64' | 'arrays'): CompactVocabulary {
	const otherTerms: string[] = [];
	const termLengths = Int32Array.from(vocabulary.words, (word, position) => {
		const term = vocabulary.terms[position] ?? '';
		if (word.startsWith(term)) return term.length;
		otherTerms.push(term);
		return -1;
	});
	return {
		words: vocabulary.words.join('\n'),
		termLengths: toSerializedArray(termLengths, arrays),
		otherTerms: otherTerms.join('\n'),
		paperCounts: toSerializedArray(
			Int32Array.from(vocabulary.terms, term => vocabulary.paperCounts.get(term) ?? 0),
			arrays,
		),
	};
}

/** Rebuilds a vocabulary from `compactVocabulary` output; throws an Error naming what is malformed. */
export function loadCompactVocabulary(value: unknown): Vocabulary {
	const data = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof CompactVocabulary, unknown>>;
	if (typeof data.words !== 'string' || typeof data.otherTerms !== 'string')
		throw new Error('`vocabulary` must hold `words` and `otherTerms` texts');
	const words = data.words === '' ? [] : data.words.split('\n');
	const otherTerms = data.otherTerms === '' ? [] : data.otherTerms.split('\n');
	const termLengths = fromSerializedArray(data.termLengths, 'vocabulary.termLengths');
	const paperCounts = fromSerializedArray(data.paperCounts, 'vocabulary.paperCounts');
	if (termLengths.length !== words.length || paperCounts.length !== words.length) {
		throw new Error('`vocabulary` must hold as many term lengths and paper counts as words');
	}
	let nextOther = 0;
	const countByTerm = new Map<string, number>();
	const terms = words.map((word, position) => {
		const length = termLengths[position]!;
		const term = length >= 0 ? word.slice(0, length) : otherTerms[nextOther++];
		if (term === undefined || length > word.length) throw new Error(`\`vocabulary\` has no term for word ${position}`);
		countByTerm.set(term, paperCounts[position]!);
		return term;
	});
	return fromSortedWords(words, terms, countByTerm);
}
