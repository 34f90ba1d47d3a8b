import lunr from 'lunr';
import type {Paper, SearchHit} from '../types.js';
import {corpusFingerprint} from './corpus-fingerprint.js';
import {IntegerList} from './integer-list.js';
import {paperTermNumbers, type WordNumbers} from './paper-terms.js';
import {parseQuery, type ParsedQuery} from './parse-query.js';
import {planQuery, type QueryPlan} from './plan-query.js';
import {createPostingListsBuilder, type PostingLists} from './posting-lists.js';
import {matchPostings} from './search-postings.js';
import {narrowsPlan} from './narrow-plan.js';
import {rankMatches, type RankedMatches} from './ranked-matches.js';
import {loadTitleWords, serializeTitleWords, type SerializedTitleWords} from './serialize-titles.js';
import {scoreByTitle, type TitleWords} from './title-ranking.js';
import {loadPostingLists, serializePostingLists, type SerializedPostingLists} from './serialize-postings.js';
import {termStatisticsOf, type TermStatistics} from './term-statistics.js';
import {compactVocabulary, createVocabulary, loadCompactVocabulary, type CompactVocabulary, type Vocabulary} from './vocabulary.js';

/** Relative weight of a match in each field. */
export const FIELD_BOOSTS = {title: 8, authors: 4, abstract: 1} as const;

const FORMAT = 'paper-tui-search-index';
/** The index format's version: part of every cache key, so a new format never reads an old file. */
export const FORMAT_VERSION = 2;

/** A search index over one corpus: plain data plus functions, safe to build in a worker. */
export interface SearchIndex {
	/** Number of papers indexed; hits index into the same array. */
	readonly paperCount: number;
	/**
	 * Papers matching what the user typed, best first, at most `limit` of them. Never
	 * throws. A query with no words (blank, only operators or stop words) lists every
	 * paper not excluded by a `-word`, in corpus order.
	 */
	search(query: string | ParsedQuery, limit?: number): SearchHit[];
	/**
	 * Every paper matching what the user typed, scored, to be taken in rank order: the best few
	 * or all (`search` is `rank(query).top(limit)`). Given the answer to the query before
	 * (`previous`, from this index): when both plan the same clauses, that answer is this one;
	 * when the plans prove the new matches are among the previous ones (`narrowsPlan`) and those
	 * are a small part of the corpus, only they are scored. The same answer either way, sooner. Never throws.
	 */
	rank(query: string | ParsedQuery, previous?: QueryMatches): QueryMatches;
	/**
	 * The index as data for `loadSearchIndex`: plain JSON data, or with `'arrays'` its posting
	 * lists as the typed arrays themselves (for the cache's binary file, `encodeIndexFile`).
	 */
	serialize(arrays?: 'base64' | 'arrays'): SerializedSearchIndex;
	/** How many papers hold each term, and a word for each term: the document frequencies of "more like this" (see `findSimilarPapers`). */
	termStatistics(): TermStatistics;
}

/** A query's answer (`SearchIndex.rank`). */
export interface QueryMatches extends RankedMatches {
	/**
	 * How the previous answer was used (see `SearchIndex.rank`): `same plan` (it is this answer),
	 * `previous matches` (only its papers were scored), or `none`.
	 */
	readonly narrowedFrom: 'none' | 'same plan' | 'previous matches';
}

/**
 * The serialisable form of an index. `lunr` holds the posting lists (see `PostingLists`),
 * each array as base64 of its bytes (JSON-ready, for `serialize`) or as the typed array itself
 * (for the cache's binary file, `encodeIndexFile`).
 */
export interface SerializedSearchIndex {
	readonly format: typeof FORMAT;
	readonly version: typeof FORMAT_VERSION;
	readonly paperCount: number;
	readonly fingerprint: string;
	readonly lunr: SerializedPostingLists;
	readonly vocabulary: CompactVocabulary;
	readonly titles: SerializedTitleWords;
}

interface IndexData {
	readonly postings: PostingLists;
	readonly titles: TitleWords;
	readonly vocabulary: Vocabulary;
	readonly paperCount: number;
	readonly fingerprint: string;
}

function clampLimit(limit: number | undefined): number {
	if (limit === undefined || Number.isNaN(limit)) return Number.POSITIVE_INFINITY;
	return Math.max(0, Math.floor(limit));
}

function isParsedQuery(value: unknown): value is ParsedQuery {
	return typeof value === 'object' && value !== null && Array.isArray((value as ParsedQuery).words);
}

/**
 * Narrowing skips the papers outside the previous answer as their postings are read, at the cost of
 * a check per posting: it pays only when most are skipped, i.e. when the previous answer holds a
 * small part of the corpus (at 200k papers, narrowing from answers of half the papers was slower).
 */
const NARROW_BELOW = 0.1;

/** The plan each answer was ranked by, and the index data it came from (for narrowing). */
const plans = new WeakMap<QueryMatches, {readonly plan: QueryPlan; readonly data: IndexData}>();

function createSearchIndex(data: IndexData, narrowBelow = NARROW_BELOW): SearchIndex {
	let statistics: TermStatistics | undefined;
	const rank = (query: string | ParsedQuery, previous?: QueryMatches): QueryMatches => {
		try {
			const parsed = typeof query === 'string' ? parseQuery(query) : isParsedQuery(query) ? query : parseQuery('');
			const plan = planQuery(parsed, data.vocabulary);
			const before = previous === undefined ? undefined : plans.get(previous);
			if (previous !== undefined && before?.data === data && JSON.stringify(before.plan) === JSON.stringify(plan)) {
				// The same plan (a stop word or a letter too few to mean anything was typed): the same answer.
				const same: QueryMatches = {...previous, narrowedFrom: 'same plan'};
				plans.set(same, before);
				return same;
			}
			const isNarrowed =
				previous !== undefined &&
				before?.data === data &&
				previous.total <= data.paperCount * narrowBelow &&
				narrowsPlan(before.plan, plan);
			const matched = matchPostings(data.postings, plan, data.paperCount, isNarrowed ? previous.paperFlags(data.paperCount) : undefined);
			scoreByTitle(matched, plan, data.titles, data.vocabulary);
			const answer: QueryMatches = {...rankMatches(matched), narrowedFrom: isNarrowed ? 'previous matches' : 'none'};
			plans.set(answer, {plan, data});
			return answer;
		} catch {
			// Last line of defence: a search box must never crash the app.
			return {...rankMatches({papers: new Int32Array(0), scores: new Float64Array(0), count: 0}), narrowedFrom: 'none'};
		}
	};
	return {
		termStatistics() {
			statistics ??= termStatisticsOf(data.vocabulary, data.paperCount);
			return statistics;
		},
		paperCount: data.paperCount,
		search: (query, limit) => rank(query).top(clampLimit(limit)),
		rank,
		serialize: (arrays = 'base64') => ({
			format: FORMAT,
			version: FORMAT_VERSION,
			paperCount: data.paperCount,
			fingerprint: data.fingerprint,
			lunr: serializePostingLists(data.postings, arrays),
			vocabulary: compactVocabulary(data.vocabulary, arrays),
			titles: serializeTitleWords(data.titles, arrays),
		}),
	};
}

/** Options of `buildSearchIndex`. */
export interface BuildOptions {
	/** Called after every `progressEvery` papers (default 500) and once when all are added, before Lunr's final pass. */
	readonly onProgress?: (done: number, total: number) => void;
	readonly progressEvery?: number;
	/**
	 * The largest part of the corpus (0-1) a query's answer may hold for the next query to be
	 * narrowed to its papers (default 0.1; see `SearchIndex.rank`).
	 */
	readonly narrowBelow?: number;
}

/** The indexed fields in Lunr's order, and their boosts. */
const FIELDS = Object.keys(FIELD_BOOSTS) as Array<keyof typeof FIELD_BOOSTS>;

/**
 * The posting lists and vocabulary of papers by title, authors and abstract (see
 * `FIELD_BOOSTS`): the terms Lunr's tokenizer and stemmer make of them (`paperTermNumbers`),
 * weighted as `lunr.Builder` weighs them (see `PostingLists`).
 */
export function indexPapers(
	papers: readonly Paper[],
	options: BuildOptions = {},
): {postings: PostingLists; vocabulary: Vocabulary; titles: TitleWords} {
	const {onProgress, progressEvery = 500} = options;
	const builder = createPostingListsBuilder(
		FIELDS,
		FIELDS.map(field => FIELD_BOOSTS[field]),
	);
	const words: WordNumbers = {numbers: new Map(), terms: []};
	const titleOffsets = new Int32Array(papers.length + 1);
	const titleWords = new IntegerList();
	papers.forEach((paper, position) => {
		const fields = paperTermNumbers(paper, words, builder.numberOf);
		builder.add(FIELDS.map(field => fields[field]));
		for (const word of fields.titleWords) titleWords.push(word);
		titleOffsets[position + 1] = titleWords.length;
		if (onProgress !== undefined && (position + 1) % progressEvery === 0 && position + 1 < papers.length)
			onProgress(position + 1, papers.length);
	});
	onProgress?.(papers.length, papers.length);
	const {postings, paperCounts} = builder.finish();
	const termByWord = new Map<string, string>();
	for (const [word, number] of words.numbers) {
		const term = words.terms[number]!;
		if (term !== -1) termByWord.set(word, postings.terms[term]!);
	}
	const paperCountByTerm = new Map(postings.terms.map((term, number) => [term, paperCounts[number]!]));
	const vocabulary = createVocabulary(termByWord, paperCountByTerm);
	// Title words by their place in the (sorted) vocabulary.
	const positionOf = new Map(vocabulary.words.map((word, position) => [word, position]));
	const placeOfNumber = new Int32Array(words.terms.length);
	for (const [word, number] of words.numbers) placeOfNumber[number] = positionOf.get(word) ?? -1;
	const titleWordPlaces = titleWords.toArray().map(number => placeOfNumber[number]!);
	return {postings, vocabulary, titles: {offsets: titleOffsets, words: titleWordPlaces}};
}

/**
 * Indexes papers by title, authors and abstract (see `indexPapers`), held as compact posting
 * lists instead of Lunr's object per posting, and queried with Lunr's query semantics.
 */
export function buildSearchIndex(papers: readonly Paper[], options: BuildOptions = {}): SearchIndex {
	return createSearchIndex(
		{...indexPapers(papers, options), paperCount: papers.length, fingerprint: corpusFingerprint(papers)},
		options.narrowBelow,
	);
}

/** The index as plain JSON data, for `loadSearchIndex` (same as `index.serialize()`). */
export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
	return index.serialize();
}

/**
 * Rebuilds an index from `serializeSearchIndex` output (e.g. parsed from a cache file).
 * Throws an Error saying what is wrong when the value is malformed, from another format
 * version or Lunr version, or was built from different papers; rebuild in that case.
 */
export function loadSearchIndex(serialized: unknown, papers: readonly Paper[]): SearchIndex {
	return loadSearchIndexOf(serialized, {paperCount: papers.length, fingerprint: corpusFingerprint(papers)});
}

/**
 * `loadSearchIndex` for papers known only by their number and `corpusFingerprint`: a search
 * needs no papers once their index exists.
 */
export function loadSearchIndexOf(serialized: unknown, corpus: {readonly paperCount: number; readonly fingerprint: string}): SearchIndex {
	const value = (typeof serialized === 'object' && serialized !== null ? serialized : {}) as Partial<
		Record<keyof SerializedSearchIndex, unknown>
	>;
	if (value.format !== FORMAT || value.version !== FORMAT_VERSION) {
		throw new Error(`search index cache: expected \`format\` ${FORMAT} version ${FORMAT_VERSION}`);
	}
	const lunrData = value.lunr as {version?: unknown} | null | undefined;
	if (typeof lunrData !== 'object' || lunrData === null || lunrData.version !== lunr.version) {
		throw new Error(`search index cache: \`lunr\` is missing or not from Lunr ${lunr.version}`);
	}
	const {paperCount, fingerprint} = corpus;
	if (value.paperCount !== paperCount || value.fingerprint !== fingerprint) {
		throw new Error('search index cache: built from different papers (`fingerprint` differs)');
	}
	let postings: PostingLists;
	try {
		postings = loadPostingLists(lunrData, FIELDS, paperCount);
	} catch (error) {
		throw new Error(`search index cache: \`lunr\` is malformed (${String(error)})`, {cause: error});
	}
	const vocabulary = loadCompactVocabulary(value.vocabulary);
	let titles: TitleWords;
	try {
		titles = loadTitleWords(value.titles, paperCount, vocabulary.words.length);
	} catch (error) {
		throw new Error(`search index cache: \`titles\` is malformed (${String(error)})`, {cause: error});
	}
	return createSearchIndex({
		postings,
		titles,
		vocabulary,
		paperCount,
		fingerprint,
	});
}
