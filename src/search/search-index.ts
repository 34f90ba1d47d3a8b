import lunr from 'lunr';
import type {Paper, SearchHit} from '../types.js';
import {corpusFingerprint} from './corpus-fingerprint.js';
import {paperTerms, type TermCache} from './paper-terms.js';
import {parseQuery, type ParsedQuery} from './parse-query.js';
import {planQuery} from './plan-query.js';
import {runPlan} from './run-plan.js';
import {createVocabulary, loadVocabulary, serializeVocabulary, type SerializedVocabulary, type Vocabulary} from './vocabulary.js';

/** Relative weight of a match in each field. */
export const FIELD_BOOSTS = {title: 8, authors: 4, abstract: 1} as const;

const FORMAT = 'paper-tui-search-index';
/** The index format's version: part of every cache key, so a new format never reads an old file. */
export const FORMAT_VERSION = 1;

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
	/** The index as plain JSON data, for `loadSearchIndex`. */
	serialize(): SerializedSearchIndex;
}

/** The JSON-ready form of an index, as written to a cache file. */
export interface SerializedSearchIndex {
	readonly format: typeof FORMAT;
	readonly version: typeof FORMAT_VERSION;
	readonly paperCount: number;
	readonly fingerprint: string;
	readonly lunr: object;
	readonly vocabulary: SerializedVocabulary;
}

interface IndexData {
	readonly lunrIndex: lunr.Index;
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

function createSearchIndex(data: IndexData): SearchIndex {
	return {
		paperCount: data.paperCount,
		search(query, limit) {
			try {
				const parsed = typeof query === 'string' ? parseQuery(query) : isParsedQuery(query) ? query : parseQuery('');
				const plan = planQuery(parsed, data.vocabulary);
				return runPlan(data.lunrIndex, plan, data.paperCount).slice(0, clampLimit(limit));
			} catch {
				// Last line of defence: a search box must never crash the app.
				return [];
			}
		},
		serialize: () => ({
			format: FORMAT,
			version: FORMAT_VERSION,
			paperCount: data.paperCount,
			fingerprint: data.fingerprint,
			lunr: data.lunrIndex.toJSON(),
			vocabulary: serializeVocabulary(data.vocabulary),
		}),
	};
}

/** Options of `buildSearchIndex`. */
export interface BuildOptions {
	/** Called after every `progressEvery` papers (default 500) and once when all are added, before Lunr's final pass. */
	readonly onProgress?: (done: number, total: number) => void;
	readonly progressEvery?: number;
}

/** Indexes papers by title, authors and abstract (see `FIELD_BOOSTS`). */
export function buildSearchIndex(papers: readonly Paper[], options: BuildOptions = {}): SearchIndex {
	const {onProgress, progressEvery = 500} = options;
	const builder = new lunr.Builder();
	// Fields arrive as finished index terms (see `paperTerms`) and the pipeline is empty; in
	// Lunr 2.3.9 `add` only uses tokens as object keys, so plain strings skip a wrapper each.
	builder.tokenizer = ((terms: string[]) => terms) as unknown as typeof lunr.tokenizer;
	builder.ref('ref');
	for (const [field, boost] of Object.entries(FIELD_BOOSTS)) builder.field(field, {boost});
	const cache: TermCache = new Map();
	const paperCounts = new Map<string, number>();
	papers.forEach((paper, position) => {
		const fields = paperTerms(paper, cache);
		builder.add({ref: String(position), ...fields});
		const distinctTerms = new Set<string>();
		for (const terms of Object.values(fields)) for (const term of terms) distinctTerms.add(term);
		for (const term of distinctTerms) paperCounts.set(term, (paperCounts.get(term) ?? 0) + 1);
		if (onProgress !== undefined && (position + 1) % progressEvery === 0 && position + 1 < papers.length)
			onProgress(position + 1, papers.length);
	});
	onProgress?.(papers.length, papers.length);
	const termByWord = new Map<string, string>();
	for (const [word, term] of cache) if (term !== undefined) termByWord.set(word, term);
	return createSearchIndex({
		lunrIndex: builder.build(),
		vocabulary: createVocabulary(termByWord, paperCounts),
		paperCount: papers.length,
		fingerprint: corpusFingerprint(papers),
	});
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
	const fingerprint = corpusFingerprint(papers);
	if (value.paperCount !== papers.length || value.fingerprint !== fingerprint) {
		throw new Error('search index cache: built from different papers (`fingerprint` differs)');
	}
	let lunrIndex: lunr.Index;
	try {
		lunrIndex = lunr.Index.load(lunrData);
	} catch (error) {
		throw new Error(`search index cache: \`lunr\` is malformed (${String(error)})`, {cause: error});
	}
	return createSearchIndex({
		lunrIndex,
		vocabulary: loadVocabulary(value.vocabulary),
		paperCount: papers.length,
		fingerprint,
	});
}
