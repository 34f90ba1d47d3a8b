import {describe, expect, it} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generate-corpus', () => {
	it('gives the same papers for the same seed and different ones for another seed', () => {
		const first = [...generatePapers(50, 7)];
		expect([...generatePapers(50, 7)]).toEqual(first);
		expect([...generatePapers(50, 8)].map(paper => paper.title)).not.toEqual(first.map(paper => paper.title));
	});

	it('has the shape of a real library: 8-15 word titles, 150-250 word abstracts, 1-8 authors, plausible years', () => {
		for (const paper of generatePapers(300, 3)) {
			expect(wordCount(paper.title)).toBeGreaterThanOrEqual(8);
			expect(wordCount(paper.title)).toBeLessThanOrEqual(15);
			expect(wordCount(paper.abstract)).toBeGreaterThanOrEqual(150);
			expect(wordCount(paper.abstract)).toBeLessThanOrEqual(250);
			expect(paper.authors.length).toBeGreaterThanOrEqual(1);
			expect(paper.authors.length).toBeLessThanOrEqual(8);
			expect(paper.year).toBeGreaterThanOrEqual(1990);
			expect(paper.year).toBeLessThanOrEqual(2026);
		}
	});

	it('draws words from a Zipf-like vocabulary: a few words are very common, most are rare', () => {
		const counts = new Map<string, number>();
		for (const paper of generatePapers(300, 3)) {
			for (const word of paper.abstract.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
		}
		const sorted = [...counts.values()].sort((a, b) => b - a);
		const total = sorted.reduce((sum, count) => sum + count, 0);
		// Rank 1 is about ten times rank 10 under Zipf with exponent ~1; a uniform draw would give ~1.
		expect(sorted[0]! / sorted[9]!).toBeGreaterThan(5);
		expect(sorted.filter(count => count === 1).length).toBeGreaterThan(counts.size / 4);
		expect(total).toBeGreaterThan(300 * 150);
	});
});
