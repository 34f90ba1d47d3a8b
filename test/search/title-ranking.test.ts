import {describe, expect, it} from 'vitest';
import {parseQuery} from '../../src/search/parse-query.js';
import {planQuery} from '../../src/search/plan-query.js';
import {buildSearchIndex, indexPapers} from '../../src/search/search-index.js';
import {searchPostings} from '../../src/search/search-postings.js';
import type {Paper} from '../../src/types.js';
import {fixturePaper} from './fixture-papers.js';

/** Titles in the order the search ranks them, and in the order Lunr's relevance alone would. */
function rankings(papers: readonly Paper[], query: string) {
	const {postings, vocabulary} = indexPapers(papers);
	const lunrOrder = searchPostings(postings, planQuery(parseQuery(query), vocabulary), papers.length);
	return {
		ranked: buildSearchIndex(papers)
			.search(query)
			.map(hit => papers[hit.index]?.title),
		byLunr: lunrOrder.map(hit => papers[hit.index]?.title),
	};
}

describe('ranking by the title', () => {
	const phrasePapers = [
		fixturePaper('Attention for neural nets', 'Weights.'),
		fixturePaper('Neural attention in very long titles about graph models and more', 'Weights.'),
		fixturePaper('Neural nets', 'Attention to attention, neural attention everywhere.'),
		fixturePaper('Unrelated', 'Nothing.'),
	];

	it('ranks a title holding the query words next to each other above titles where they are scattered', () => {
		const {ranked, byLunr} = rankings(phrasePapers, 'neural attention ');
		expect(ranked[0]).toBe('Neural attention in very long titles about graph models and more');
		// Lunr's relevance alone prefers the short title where the words are scattered.
		expect(byLunr[0]).toBe('Attention for neural nets');
		expect(ranked.slice(1)).toEqual(['Attention for neural nets', 'Neural nets']);
	});

	it('counts a phrase only in the order typed, with stop words in between ignored', () => {
		expect(rankings(phrasePapers, 'attention neural ').ranked[0]).toBe('Attention for neural nets');
		expect(rankings([fixturePaper('Learning of the rank', ''), fixturePaper('Rank learning', '')], 'learning rank ').ranked[0]).toBe(
			'Learning of the rank',
		);
	});

	const stemPapers = [
		fixturePaper('Generalization bounds', 'Theory.'),
		fixturePaper('Generative models of long text for many tasks', 'Sampling.'),
		fixturePaper('Theory', 'Generalization again.'),
	];

	it('ranks the word as typed above a word the stemmer reaches too far (generative is not Generalization)', () => {
		const {ranked, byLunr} = rankings(stemPapers, 'generative ');
		expect(byLunr[0]).toBe('Generalization bounds');
		expect(ranked[0]).toBe('Generative models of long text for many tasks');
		// Still found: the search matches stems, only the order prefers the close form.
		expect(ranked).toContain('Generalization bounds');
	});

	it('counts a prefix being typed as the word', () => {
		expect(rankings(stemPapers, 'genera').ranked.slice(0, 2).sort()).toEqual([
			'Generalization bounds',
			'Generative models of long text for many tasks',
		]);
	});

	it('keeps papers matching more query words first, whatever their titles', () => {
		const papers = [fixturePaper('Neural networks', 'Nothing.'), fixturePaper('Graphs', 'Neural attention.')];
		expect(rankings(papers, 'neural attention ').ranked).toEqual(['Graphs', 'Neural networks']);
	});
});
