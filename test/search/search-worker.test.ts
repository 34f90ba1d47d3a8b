import {describe, expect, test} from 'vitest';
import {buildSearchIndex} from '../../src/search/search-index.js';
import {findSimilarPapers} from '../../src/search/similar-papers.js';
import type {Paper} from '../../src/types.js';
import {loadBuiltinCorpus} from './builtin-corpus.js';
import {servedChannel} from './served-channel.js';

const searchable = ({title, authors, abstract}: Paper) => ({title, authors, abstract});

describe('the search worker answers similar-paper requests', () => {
	const papers = loadBuiltinCorpus();

	test('with the same papers, in the same order, as in this thread; a query and a similar request keep their ids', () => {
		const {replies, send} = servedChannel();
		send({type: 'add', papers: papers.map(({title, authors, abstract}) => ({title, authors, abstract}))});
		send({type: 'build'});
		send({type: 'similar', id: 7, paper: searchable(papers[12]!), position: 12, limit: 6});
		send({type: 'query', id: 8, query: 'lora'});
		const results = replies.filter(reply => reply.type === 'results');
		const expected = findSimilarPapers(buildSearchIndex(papers), papers, 12, 6).map(hit => hit.index);
		expect(expected).toHaveLength(6);
		expect(results[0]).toEqual({type: 'results', id: 7, matches: Int32Array.from(expected)});
		expect(results[1]?.id).toBe(8);
	});

	test('before the index is built, a similar request is answered with nothing', () => {
		const {replies, send} = servedChannel();
		send({type: 'similar', id: 1, paper: searchable(papers[0]!), position: 0, limit: 5});
		expect(replies).toEqual([{type: 'results', id: 1, matches: new Int32Array()}]);
	});
});
