import lunr from 'lunr';
import {describe, expect, it} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';
import {indexTerm} from '../../src/search/index-term.js';
import {parseQuery} from '../../src/search/parse-query.js';
import {planQuery} from '../../src/search/plan-query.js';
import {queryPostings} from './reference/query-postings.js';
import {runPlan} from './reference/run-plan.js';
import {searchPostings} from '../../src/search/search-postings.js';
import {buildSearchIndex, indexPapers} from '../../src/search/search-index.js';
import {rankByTitle} from '../../src/search/title-ranking.js';
import type {Paper, SearchHit} from '../../src/types.js';
import {propertyRuns} from '../support/property-runs.js';
import {loadBuiltinCorpus} from './builtin-corpus.js';
import {FIXTURE_PAPERS} from './fixture-papers.js';
import {buildLunrReference} from './lunr-reference.js';

/** One clause of a raw Lunr query, by the word it stems from. */
interface ClauseSpec {
	readonly word: string;
	readonly fields?: string[];
	readonly boost?: number;
	readonly presence?: 'required' | 'prohibited';
	readonly wildcard?: boolean;
	readonly editDistance?: number;
}

const presences = {required: lunr.Query.presence.REQUIRED, prohibited: lunr.Query.presence.PROHIBITED};

/** Builds the clauses with Lunr's own `lunr.Query#term`, as the search does. */
const queryOf = (clauses: readonly ClauseSpec[]) => (query: lunr.Query) => {
	for (const clause of clauses) {
		query.term(clause.wildcard ? clause.word : (indexTerm(clause.word) ?? clause.word), {
			usePipeline: false,
			...(clause.fields === undefined ? {} : {fields: clause.fields}),
			...(clause.boost === undefined ? {} : {boost: clause.boost}),
			...(clause.presence === undefined ? {} : {presence: presences[clause.presence]}),
			...(clause.wildcard ? {wildcard: lunr.Query.wildcard.TRAILING} : {}),
			...(clause.editDistance === undefined ? {} : {editDistance: clause.editDistance}),
		} as Parameters<lunr.Query['term']>[1]);
	}
};

/** Each result's matched terms and fields, sorted: the part of Lunr's match data the ranking reads. */
const matchedTermsOf = (results: lunr.Index.Result[]) =>
	results.map(result =>
		Object.entries(result.matchData.metadata)
			.map(([term, fields]) => `${term}:${Object.keys(fields).sort().join(',')}`)
			.sort(),
	);

function expectSameResults(
	actual: readonly {ref: string | number; score: number}[],
	expected: readonly {ref: string | number; score: number}[],
) {
	expect(actual.map(result => result.ref)).toEqual(expected.map(result => result.ref));
	// Every score within 1e-9 of the reference's: the first one that is not, if any.
	const far = actual.findIndex((result, position) => !(Math.abs(result.score - (expected[position]?.score ?? Number.NaN)) <= 1e-9));
	expect(far === -1 ? undefined : {position: far, actual: actual[far]?.score, expected: expected[far]?.score}).toBeUndefined();
}

const rawQueries: Array<[name: string, clauses: ClauseSpec[]]> = [
	['one word', [{word: 'learning'}]],
	['a rare word', [{word: 'bayes'}]],
	['several words', [{word: 'neural'}, {word: 'network'}, {word: 'graph'}]],
	['a required word and an optional one', [{word: 'neural', presence: 'required'}, {word: 'learning'}]],
	['a required word nobody has', [{word: 'zebrafinch', presence: 'required'}, {word: 'learning'}]],
	['a prohibited word', [{word: 'learning'}, {word: 'neural', presence: 'prohibited'}]],
	['only a prohibited word (negated query)', [{word: 'learning', presence: 'prohibited'}]],
	['a word restricted to titles', [{word: 'learning', fields: ['title']}, {word: 'model'}]],
	[
		'a required word in one field, prohibited in another',
		[
			{word: 'model', fields: ['title'], presence: 'required'},
			{word: 'graph', fields: ['abstract'], presence: 'prohibited'},
		],
	],
	[
		'boosts, and the same term twice in different fields',
		[
			{word: 'model', boost: 0.5},
			{word: 'model', fields: ['abstract'], boost: 2},
			{word: 'attention', boost: 0.2},
		],
	],
	['a trailing wildcard', [{word: 'lea', wildcard: true}]],
	['an edit distance', [{word: 'nerual', editDistance: 1}, {word: 'graph'}]],
];

const userQueries = [
	'learning',
	'neural network',
	'graph neural networks',
	'atten',
	'generat',
	'netwrok ',
	'+neural -graph model',
	'title:learning model',
	'authors:hinton',
	'-learning',
	'reinforcement learning policy ',
	'lora',
	'transformer attention',
	'diffusion models',
	'+language -vision',
	'quantiz',
	'reasoning about programs',
];

const generatedCount = propertyRuns({full: 1_000, quick: 400});

const corpora: Array<[name: string, papers: () => readonly Paper[]]> = [
	['the fixture corpus', () => FIXTURE_PAPERS],
	['the built-in corpus', loadBuiltinCorpus],
	[
		// 1,000 papers in `npm test`, the first 400 of them in `npm run test:unit`.
		`a generated corpus of ${generatedCount.toLocaleString('en')} papers`,
		() => [...generatePapers(generatedCount, 5)].map((paper, index) => ({...paper, id: `g${index}`, links: []})),
	],
];

describe.each(corpora)('posting lists score like a stock lunr.Index on %s', (_name, papersOf) => {
	const papers = papersOf();
	const reference = buildLunrReference(papers);
	const {postings, vocabulary, titles} = indexPapers(papers);

	it.each(rawQueries)('Lunr query: %s', (_query, clauses) => {
		const expected = reference.query(queryOf(clauses));
		const actual = queryPostings(postings, queryOf(clauses));
		expectSameResults(actual, expected);
		expect(matchedTermsOf(actual)).toEqual(matchedTermsOf(expected));
	});

	it.each(userQueries)('planned query %j: the same papers, order and scores', query => {
		const plan = planQuery(parseQuery(query), vocabulary);
		const expected = runPlan(build => reference.query(build), plan, papers.length);
		const asResults = (hits: SearchHit[]) => hits.map(hit => ({ref: hit.index, score: hit.score}));
		expectSameResults(asResults(runPlan(build => queryPostings(postings, build), plan, papers.length)), asResults(expected));
		expectSameResults(asResults(searchPostings(postings, plan, papers.length)), asResults(expected));
	});

	const index = buildSearchIndex(papers);
	it.each(userQueries)('planned query %j: the best k, picked without sorting the rest, are the first k of the stock ranking', query => {
		const plan = planQuery(parseQuery(query), vocabulary);
		const ranked = rankByTitle(
			runPlan(build => reference.query(build), plan, papers.length),
			plan,
			titles,
			vocabulary,
		);
		const asResults = (hits: SearchHit[]) => hits.map(hit => ({ref: hit.index, score: hit.score}));
		expect(index.rank(query).total).toBe(ranked.length);
		for (const k of [0, 1, 2, 7, 50, ranked.length - 1, ranked.length, ranked.length + 5]) {
			expectSameResults(asResults(index.search(query, k)), asResults(ranked.slice(0, Math.max(0, k))));
		}
	});

	it('finds something for most queries (the comparison is not vacuous)', () => {
		const found = rawQueries.filter(([, clauses]) => queryPostings(postings, queryOf(clauses)).length > 0);
		expect(found.length).toBeGreaterThanOrEqual(papers.length > 100 ? rawQueries.length - 2 : 3);
	});
});
