import {describe, expect, it, vi} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';
import {narrowsPlan} from '../../src/search/narrow-plan.js';
import {parseQuery} from '../../src/search/parse-query.js';
import {planQuery} from '../../src/search/plan-query.js';
import {createQueryRunner} from '../../src/search/query-runner.js';
import {buildSearchIndex, indexPapers, type QueryMatches} from '../../src/search/search-index.js';
import type {Paper} from '../../src/types.js';
import {propertyRuns} from '../support/property-runs.js';
import {servedChannel} from './served-channel.js';

const generated = (count: number, seed: number): Paper[] =>
	[...generatePapers(count, seed)].map((paper, index) => ({...paper, id: `g${seed}-${index}`, links: []}));

/** Every prefix of `text`: what the search line holds as it is typed, one letter at a time. */
const typed = (text: string) => Array.from({length: text.length}, (_letter, end) => text.slice(0, end + 1));

const phrases = [
	'neural attention',
	'graph neural networks',
	'+language model -vision',
	'title:learning representations',
	'reinforcement learning policy',
	'generative diffusion',
	'authors:smith quantization',
	'+neural +network',
];

describe('the best matches of a query', () => {
	// Each paper three times, far apart: the copies score exactly alike, so the ranking has ties.
	const base = generated(400, 21);
	const papers = [...base, ...base, ...base].map((paper, index) => ({...paper, id: `copy${index}`}));
	const index = buildSearchIndex(papers);

	// Every third prefix of the phrases; test:unit takes 20 of them spread over all the phrases.
	const queries = phrases.flatMap(typed).filter((_query, position) => position % 3 === 0);
	const step = Math.max(1, Math.floor(queries.length / propertyRuns({full: queries.length, quick: 20})));
	it.each(queries.filter((_query, position) => position % step === 0))(
		'%j: the best k are the first k of the whole ranking, ties broken by paper number',
		query => {
			const all = index.search(query);
			const {total} = index.rank(query);
			expect(total).toBe(all.length);
			for (const k of [1, 2, 3, 10, 100, 500, all.length - 1, all.length]) {
				expect(index.search(query, k)).toEqual(all.slice(0, Math.max(0, k)));
			}
			// The first pair out of order (higher score first, then lower paper number), if any.
			const misordered = all.findIndex((hit, rank) => {
				const next = all[rank + 1];
				return next !== undefined && !(hit.score > next.score || (hit.score === next.score && hit.index < next.index));
			});
			expect(misordered === -1 ? [] : all.slice(misordered, misordered + 2)).toEqual([]);
		},
	);

	it('has ties to break (the comparison above is not vacuous)', () => {
		const all = index.search('neural attention');
		expect(all.length).toBeGreaterThan(500);
		expect(all.filter((hit, rank) => all[rank + 1]?.score === hit.score).length).toBeGreaterThan(100);
	});

	it('lists every paper in corpus order for an empty query, the best k being the first k papers', () => {
		expect(index.rank('').total).toBe(papers.length);
		expect(index.search('', 5).map(hit => hit.index)).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('narrowing a query to the previous answer', () => {
	// `npm run test:unit` types the phrases over the first (smallest) corpus; `npm test` over all three.
	const corpora = (
		[
			[77, 800],
			[3, 1_500],
			[12, 2_500],
		] satisfies Array<[seed: number, count: number]>
	).slice(0, propertyRuns({full: 3, quick: 1}));

	it.each(corpora)('corpus seed %i, %i papers: typing each phrase, every answer equals the one ranked from scratch', (seed, count) => {
		// Narrowed from answers of any size, so that every narrowing is tested (by default only small answers are).
		const index = buildSearchIndex(generated(count, seed), {narrowBelow: 1});
		const narrowed = {none: 0, 'same plan': 0, 'previous matches': 0};
		for (const phrase of phrases) {
			let previous: QueryMatches | undefined;
			for (const query of [...typed(phrase), `${phrase} `]) {
				const answer = index.rank(query, previous);
				const fresh = index.rank(query);
				expect(answer.total, query).toBe(fresh.total);
				expect(answer.top(Number.POSITIVE_INFINITY), query).toEqual(fresh.top(Number.POSITIVE_INFINITY));
				narrowed[answer.narrowedFrom]++;
				previous = answer;
			}
		}
		// Both kinds of narrowing happen often enough for the equalities above to test them.
		expect(narrowed['same plan']).toBeGreaterThan(10);
		expect(narrowed['previous matches']).toBeGreaterThan(10);
	});

	it('never narrows wrongly between any two queries (not only a query and its extension)', () => {
		// test:unit on 400 papers, npm test on 1,200.
		const index = buildSearchIndex(generated(propertyRuns({full: 1_200, quick: 400}), 5), {narrowBelow: 1});
		const queries = [
			...phrases,
			'neu',
			'neur',
			'neural',
			'neural ',
			'+neural',
			'+neural -graph',
			'-graph',
			'neural -graph',
			'title:neural',
			'title:neural -graph',
			'+title:neural +graph',
			'+title:neural +graph -model',
			'network',
			'zzzz',
			'',
		];
		const narrowed = {none: 0, 'same plan': 0, 'previous matches': 0};
		for (const first of queries) {
			const previous = index.rank(first);
			for (const second of queries) {
				const answer = index.rank(second, previous);
				expect(answer.top(Number.POSITIVE_INFINITY), `${first} → ${second}`).toEqual(index.rank(second).top(Number.POSITIVE_INFINITY));
				narrowed[answer.narrowedFrom]++;
			}
		}
		expect(narrowed['same plan']).toBeGreaterThanOrEqual(queries.length);
		expect(narrowed['previous matches']).toBeGreaterThan(10);
	});

	it('narrows when the word being typed grows or is finished, not when an optional word is added', () => {
		const {vocabulary} = indexPapers(generated(1_000, 9));
		const plan = (query: string) => planQuery(parseQuery(query), vocabulary);
		expect(narrowsPlan(plan('neural'), plan('neural '))).toBe(true);
		expect(narrowsPlan(plan('+neural'), plan('+neural -graph'))).toBe(true);
		expect(narrowsPlan(plan('neural'), plan('+neural network'))).toBe(true);
		expect(narrowsPlan(plan('neural '), plan('neural network'))).toBe(false);
		expect(narrowsPlan(plan('neural -graph'), plan('neural'))).toBe(false);
		expect(narrowsPlan(plan('neural'), plan('title:neural'))).toBe(true);
		expect(narrowsPlan(plan('title:neural'), plan('neural'))).toBe(false);
		expect(narrowsPlan(plan(''), plan('neural'))).toBe(false);
	});
});

it('by default narrows only from an answer holding a small part of the corpus, where it pays', () => {
	const papers = generated(1_000, 8);
	const narrowed = (index: ReturnType<typeof buildSearchIndex>) => index.rank('+neural', index.rank('neural')).narrowedFrom;
	const byDefault = buildSearchIndex(papers);
	expect(byDefault.rank('neural').total).toBeGreaterThan(100);
	expect(narrowed(byDefault)).toBe('none');
	expect(narrowed(buildSearchIndex(papers, {narrowBelow: 1}))).toBe('previous matches');
});

describe('the query runner (the worker’s and the in-thread engine’s)', () => {
	const papers = generated(1_000, 14);
	const index = buildSearchIndex(papers);

	it('answers the best matches and their number; asked again for all, ranks nothing anew and gives the same order', () => {
		const rank = vi.spyOn(index, 'rank');
		const runQuery = createQueryRunner(index);
		const best = runQuery('network', 20);
		expect(best.hits).toEqual(index.search('network', 20));
		expect(best.total).toBe(index.search('network').length);
		expect(best.total).toBeGreaterThan(20);
		const callsBefore = rank.mock.calls.length;
		const all = runQuery('network');
		expect(rank.mock.calls.length).toBe(callsBefore);
		expect(all.hits).toEqual(index.search('network'));
		expect(all.hits.slice(0, 20)).toEqual(best.hits);
		rank.mockRestore();
	});

	it('in the search worker: a limit sends the best matches and how many matched; the same query again sends all', () => {
		const {replies, send: deliver} = servedChannel();
		deliver({type: 'add', papers: papers.map(({title, authors, abstract}) => ({title, authors, abstract}))});
		deliver({type: 'build'});
		deliver({type: 'query', id: 1, query: 'neural attention', limit: 10});
		deliver({type: 'query', id: 2, query: 'neural attention'});
		const [best, all] = replies.filter(reply => reply.type === 'results');
		const expected = index.search('neural attention').map(hit => hit.index);
		expect(expected.length).toBeGreaterThan(10);
		expect(best).toEqual({type: 'results', id: 1, matches: Int32Array.from(expected.slice(0, 10)), total: expected.length});
		expect(all).toEqual({type: 'results', id: 2, matches: Int32Array.from(expected), total: expected.length});
	});
});
