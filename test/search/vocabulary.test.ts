import {describe, expect, it} from 'vitest';
import {isWithinOneEdit} from '../../src/search/edit-distance.js';
import {
	createVocabulary,
	loadVocabulary,
	serializeVocabulary,
	termsOfWordsNear,
	termsOfWordsWithPrefix,
} from '../../src/search/vocabulary.js';

const vocabulary = createVocabulary(
	new Map([
		['learning', 'learn'],
		['learners', 'learner'],
		['learn', 'learn'],
		['lead', 'lead'],
		['leap', 'leap'],
		['studies', 'studi'],
		['model', 'model'],
		['modal', 'modal'],
	]),
	new Map([
		['learn', 5],
		['learner', 2],
		['lead', 3],
		['leap', 1],
		['studi', 1],
		['model', 9],
		['modal', 1],
	]),
);

describe('termsOfWordsWithPrefix', () => {
	const cases: Array<[behaviour: string, prefix: string, limit: number, terms: string[]]> = [
		['finds the stems of every word starting with the prefix, most common first', 'lear', 10, ['learn', 'learner']],
		['finds a stem shorter than the prefix', 'learnin', 10, ['learn']],
		['keeps only the most common terms past the limit', 'lea', 2, ['learn', 'lead']],
		['finds nothing past the last word', 'zzz', 10, []],
		['finds nothing before the first word', 'aaa', 10, []],
	];
	it.each(cases)('%s: %j', (_behaviour, prefix, limit, terms) => {
		expect(termsOfWordsWithPrefix(vocabulary, prefix, limit)).toEqual(terms);
	});
});

describe('termsOfWordsNear', () => {
	it('finds the terms of words one edit away, most common first', () => {
		expect(termsOfWordsNear(vocabulary, 'modell', 10)).toEqual(['model']);
		expect(termsOfWordsNear(vocabulary, 'model', 10)).toEqual(['model', 'modal']);
		expect(termsOfWordsNear(vocabulary, 'modul', 1)).toEqual(['model']);
	});

	it('finds every word one edit away, an edit at the first letter included, as a scan of every word does', () => {
		// Words over three letters, so that many are one edit apart, each its own term.
		let state = 7;
		const next = (below: number) => {
			state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
			return state % below;
		};
		const randomWord = () => Array.from({length: 1 + next(7)}, () => 'abc'[next(3)]).join('');
		const words = new Set(Array.from({length: 600}, randomWord));
		const near = createVocabulary(new Map([...words].map(word => [word, word])), new Map([...words].map(word => [word, 1])));
		const scanned = (word: string) => [...words].filter(candidate => isWithinOneEdit(word, candidate)).sort();
		const edits = {first: 0, other: 0};
		for (const word of [...words, ...Array.from({length: 200}, randomWord)]) {
			const expected = scanned(word);
			expect(termsOfWordsNear(near, word, Number.POSITIVE_INFINITY).sort(), word).toEqual(expected);
			for (const found of expected) edits[found.charAt(0) === word.charAt(0) ? 'other' : 'first']++;
		}
		// Both kinds of neighbour are there to be found.
		expect(edits.first).toBeGreaterThan(100);
		expect(edits.other).toBeGreaterThan(100);
	});
});

describe('serializeVocabulary', () => {
	it('stores a stem that prefixes its word as a length and loads back the same', () => {
		const serialized = serializeVocabulary(vocabulary);
		expect(serialized.terms).toContain('studi'.length);
		const loaded = loadVocabulary(JSON.parse(JSON.stringify(serialized)));
		expect(loaded.words).toEqual(vocabulary.words);
		expect(loaded.terms).toEqual(vocabulary.terms);
		expect([...loaded.paperCounts].sort()).toEqual([...vocabulary.paperCounts].sort());
	});

	const cases: Array<[behaviour: string, value: unknown, message: string]> = [
		['arrays of different lengths', {words: ['a'], terms: [], paperCounts: []}, '`vocabulary`'],
		['a term that is neither a string nor a length', {words: ['a'], terms: [true], paperCounts: [1]}, '`vocabulary.terms[0]`'],
		['a word that is not a string', {words: [1], terms: ['a'], paperCounts: [1]}, '`vocabulary.words[0]`'],
		['a count that is not a number', {words: ['a'], terms: ['a'], paperCounts: ['1']}, '`vocabulary.paperCounts[0]`'],
		['no vocabulary at all', null, '`vocabulary`'],
	];
	it.each(cases)('rejects %s, naming the key', (_behaviour, value, message) => {
		expect(() => loadVocabulary(value)).toThrow(message);
	});
});
