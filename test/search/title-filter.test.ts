import {describe, expect, it} from 'vitest';
import {createTitleFilter} from '../../src/search/title-filter.js';

const titles = ['Neural Networks for Graphs', 'Graph Attention Networks', 'A Survey of Reinforcement Learning', 'İstanbul Neural Atlas'];

describe('createTitleFilter', () => {
	const filter = createTitleFilter(titles);

	it('keeps the titles holding every word, case-insensitively, in corpus order', () => {
		expect(filter.matches('network')).toEqual([0, 1]);
		expect(filter.matches('GRAPH net')).toEqual([0, 1]);
		expect(filter.matches('graph attention')).toEqual([1]);
		expect(filter.matches('neural')).toEqual([0, 3]);
		expect(filter.matches('quantum')).toEqual([]);
	});

	it('ignores operators and field prefixes, and leaves out excluded words', () => {
		expect(filter.matches('title:survey +learning')).toEqual([2]);
		expect(filter.matches('graph -attention')).toEqual([0, 1]);
	});

	it('highlights each occurrence of each word, merged, and nothing when lower-casing changes the length', () => {
		expect(filter.highlight('net graph', 'Neural Networks for Graphs')).toEqual([
			{start: 7, end: 10},
			{start: 20, end: 25},
		]);
		expect(filter.highlight('neural', 'İstanbul Neural Atlas')).toEqual([]);
	});
});
