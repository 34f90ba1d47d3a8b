import {describe, expect, it} from 'vitest';
import {citationKeys} from '../../src/citation/citation-key.js';
import type {Paper} from '../../src/types.js';

function paper(title: string, authors: readonly string[] = [], year?: number): Paper {
	return {id: title, title, abstract: '', authors, links: [], ...(year === undefined ? {} : {year})};
}

describe('citationKeys', () => {
	it.each([
		['the first author surname and the year', paper('Attention', ['Ashish Vaswani', 'Noam Shazeer'], 2017), 'vaswani2017'],
		['the part before the comma of a "Last, First" name', paper('T', ['van der Berg, Jan'], 2001), 'vanderberg2001'],
		['the surname before a Jr. suffix', paper('T', ['Martin Luther King Jr.'], 1963), 'king1963'],
		['the surname before ", Jr."', paper('T', ['Martin Luther King, Jr.'], 1963), 'king1963'],
		['accented letters folded to ASCII', paper('T', ['Paul Erdős'], 1947), 'erdos1947'],
		['letters that do not decompose folded to ASCII', paper('T', ['Jan Łukasiewicz', 'Kurt Gödel'], 1920), 'lukasiewicz1920'],
		['the first significant title word without authors', paper('The Art of Computer Programming', [], 1968), 'art1968'],
		['the first title word when all are stopwords', paper('On the', []), 'on'],
		['no year when the paper has none', paper('Deep Learning', []), 'deep'],
		['"paper" when nothing is usable', paper('深層学習', ['李明']), 'paper'],
		['punctuation dropped from the word', paper('"Why" Should I Trust You?', [], 2016), 'why2016'],
	])('uses %s', (_name, input, expected) => {
		expect(citationKeys([input])).toEqual([expected]);
	});

	it('suffixes every clashing key with a, b, c in input order', () => {
		const papers = [
			paper('One', ['A Smith'], 2020),
			paper('Two', ['B Jones'], 2020),
			paper('Three', ['C Smith'], 2020),
			paper('Four', ['D Smith'], 2020),
		];
		expect(citationKeys(papers)).toEqual(['smith2020a', 'jones2020', 'smith2020b', 'smith2020c']);
	});

	it('skips a suffixed key that another paper already has as its own', () => {
		const papers = [paper('Smith', []), paper('Smitha', []), paper('Smith', [])];
		expect(citationKeys(papers)).toEqual(['smithb', 'smitha', 'smithc']);
	});

	it('goes on to two-letter suffixes after z', () => {
		const keys = citationKeys(Array.from({length: 28}, (_unused, index) => paper(`Same ${index}`, ['X Same'], 1999)));
		expect(keys.slice(24)).toEqual(['same1999y', 'same1999z', 'same1999aa', 'same1999ab']);
		expect(new Set(keys).size).toBe(28);
	});

	it('makes only lowercase ASCII letters and digits', () => {
		const keys = citationKeys([paper('¿Qué? — ½ & {x}', ["O'Brien-Smith, Ann"], 2020), paper('ﬁnal ﬂow', [])]);
		expect(keys).toEqual(['obriensmith2020', 'final']);
	});

	it('reuses the entry key a paper kept from its BibTeX file, and generated keys avoid it', () => {
		const kept = {...paper('Attention', ['Ashish Vaswani'], 2017), citationKey: 'vaswani2017'};
		const keys = citationKeys([
			paper('Other', ['Jane Vaswani'], 2017),
			kept,
			{...paper('LoRA', ['Edward Hu'], 2021), citationKey: 'hu2021lora'},
		]);
		expect(keys).toEqual(['vaswani2017a', 'vaswani2017', 'hu2021lora']);
	});

	it('generates a key instead of a kept one BibTeX could not read back, or one an earlier paper took', () => {
		const keys = citationKeys([
			{...paper('A', ['Ann Lee'], 2020), citationKey: 'has space'},
			{...paper('B', ['Bo Kim'], 2021), citationKey: 'same'},
			{...paper('C', ['Cy Ng'], 2022), citationKey: 'same'},
		]);
		expect(keys).toEqual(['lee2020', 'same', 'ng2022']);
	});
});
