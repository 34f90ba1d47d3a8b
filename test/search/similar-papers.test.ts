import {describe, expect, it} from 'vitest';
import type {Paper} from '../../src/types.js';
import {buildSearchIndex} from '../../src/search/search-index.js';
import {paperTerms} from '../../src/search/paper-terms.js';
import {findSimilarPapers, similarityQuery} from '../../src/search/similar-papers.js';
import {loadBuiltinCorpus} from './builtin-corpus.js';

const papers = loadBuiltinCorpus();
const index = buildSearchIndex(papers);
const statistics = index.termStatistics();

/**
 * A paper's topic words: the stems of its title and abstract (stop words are never stems) that
 * at most a tenth of the corpus holds. Words every paper of this corpus shares ("language",
 * "model") say nothing about a topic: with them, any five papers would "share a topic".
 */
function topicWords(paper: Paper): Set<string> {
	const fields = paperTerms(paper, new Map());
	return new Set([...fields.title, ...fields.abstract].filter(term => (statistics.paperCounts.get(term) ?? 0) <= papers.length / 10));
}

/** Twenty fixed papers spread over the corpus. */
const sample = Array.from({length: 20}, (_unused, step) => (step * 4) % papers.length);

/** Share of the listed papers (over the whole sample) that have a topic word in common with the paper they were listed for. */
function sharedTopicRate(listFor: (position: number) => readonly number[]): number {
	let shared = 0;
	let listed = 0;
	for (const position of sample) {
		const words = topicWords(papers[position]!);
		for (const other of listFor(position)) {
			listed++;
			if ([...topicWords(papers[other]!)].some(word => words.has(word))) shared++;
		}
	}
	return listed === 0 ? 0 : shared / listed;
}

const similarTop5 = (position: number) => findSimilarPapers(index, papers, position, 5).map(hit => hit.index);
/** The first five other papers in corpus order: what a list that ignores similarity would show. */
const corpusOrderTop5 = (position: number) =>
	papers
		.map((_paper, other) => other)
		.filter(other => other !== position)
		.slice(0, 5);
/** Five other papers picked by a fixed stride: a stand-in for a random list. */
const strideTop5 = (position: number) => [1, 2, 3, 4, 5].map(step => (position + step * 13) % papers.length);

describe('similar papers on the built-in corpus', () => {
	it('lists five papers for each sampled paper, never the paper itself', () => {
		for (const position of sample) {
			const found = similarTop5(position);
			expect(found).toHaveLength(5);
			expect(found).not.toContain(position);
			expect(new Set(found).size).toBe(5);
		}
	});

	it('shares a topic word with the paper in at least 90% of the top-5 entries', () => {
		expect(sharedTopicRate(similarTop5)).toBeGreaterThanOrEqual(0.9);
	});

	it('uses a measure that fails lists made without similarity (corpus order, a fixed stride)', () => {
		expect(sharedTopicRate(corpusOrderTop5)).toBeLessThan(0.9);
		expect(sharedTopicRate(strideTop5)).toBeLessThan(0.9);
	});

	it('lists papers that also speak of forgetting for the catastrophic forgetting paper', () => {
		const position = papers.findIndex(paper => paper.title.startsWith('Understanding Catastrophic Forgetting'));
		const texts = similarTop5(position).map(other => `${papers[other]!.title} ${papers[other]!.abstract}`);
		expect(texts.filter(text => /forgetting/i.test(text)).length).toBeGreaterThanOrEqual(2);
	});
});

describe('similarityQuery', () => {
	const small: Paper[] = [
		{id: 'a', title: 'Sparse experts routing', abstract: 'Routing tokens to sparse experts. Sparse models.', authors: [], links: []},
		{id: 'b', title: 'Dense retrieval', abstract: 'Sparse experts help retrieval.', authors: [], links: []},
		{id: 'c', title: 'Prompt tuning', abstract: 'Soft prompts and routing of prompts.', authors: [], links: []},
		{id: 'd', title: 'Unique zebra', abstract: 'Nothing shared here at all, zebra.', authors: [], links: []},
	];
	const smallStatistics = buildSearchIndex(small).termStatistics();

	it('takes title-weighted terms other papers hold, best tf-idf first, as optional words', () => {
		const query = similarityQuery(small[0]!, smallStatistics);
		expect(query.words.map(word => word.word)).toEqual(['sparse', 'experts', 'routing']);
		expect(query.words.every(word => word.presence === 'optional' && word.field === undefined && !word.isBeingTyped)).toBe(true);
	});

	it('leaves out terms only the paper itself holds', () => {
		expect(similarityQuery(small[3]!, smallStatistics).words).toEqual([]);
		expect(findSimilarPapers(buildSearchIndex(small), small, 3, 5)).toEqual([]);
	});

	it('returns nothing for a position outside the corpus or a limit of 0', () => {
		const smallIndex = buildSearchIndex(small);
		expect(findSimilarPapers(smallIndex, small, 9, 5)).toEqual([]);
		expect(findSimilarPapers(smallIndex, small, 0, 0)).toEqual([]);
		expect(findSimilarPapers(smallIndex, small, 0, 5).map(hit => small[hit.index]!.id)).toEqual(['b', 'c']);
	});
});
