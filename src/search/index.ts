export {createHighlighter, highlightSpans, type Highlighter} from './highlight-spans.js';
export {parseQuery, type ParsedQuery, type Presence, type QueryWord, type SearchField} from './parse-query.js';
export {
	buildSearchIndex,
	type BuildOptions,
	loadSearchIndex,
	serializeSearchIndex,
	FIELD_BOOSTS,
	type QueryMatches,
	type SearchIndex,
	type SerializedSearchIndex,
} from './search-index.js';
export {createQueryRunner, TOP_MATCH_COUNT, type QueryAnswer} from './query-runner.js';
export type {SearchWorkerRequest, SearchWorkerReply, SearchWorkerPaper} from './worker-protocol.js';
export {findSimilarPapers, similarityQuery, similarTo, type SimilarSource} from './similar-papers.js';
export type {TermStatistics} from './term-statistics.js';
export {createTitleFilter, type TitleFilter} from './title-filter.js';
export {createFingerprinter, type Fingerprinter} from './corpus-fingerprint.js';
export {
	cacheFileOf,
	evictOldEntries,
	loadOrBuildIndex,
	readCachedIndex,
	writeCachedIndex,
	resolveCacheDir,
	DEFAULT_CACHE_BYTES,
	uncachedPaperLimit,
	type CacheOptions,
	type IndexSource,
} from './index-cache.js';
