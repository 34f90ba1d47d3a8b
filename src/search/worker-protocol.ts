import type {Paper} from '../types.js';

/** The fields of a paper the index reads: what the explorer sends to the search worker. */
export type SearchWorkerPaper = Pick<Paper, 'title' | 'authors' | 'abstract'>;

/** A message to the search worker (`search-worker.ts`). */
export type SearchWorkerRequest =
	/**
	 * Load the cached index of papers known by their number and `corpusFingerprint` from
	 * `cacheDir`, before any paper is sent: replies `ready` (from the cache) or `missing`.
	 */
	| {readonly type: 'open'; readonly cacheDir: string; readonly paperCount: number; readonly fingerprint: string}
	/** The next papers of the corpus, in order (sent in slices before `build`). */
	| {readonly type: 'add'; readonly papers: readonly SearchWorkerPaper[]}
	/** Load the index of the papers added from `cacheDir`, or build it and write it there (once). */
	| {readonly type: 'build'; readonly cacheDir?: string}
	/**
	 * Answer one query; `id` comes back with the reply. With `limit`, only the best `limit` matches
	 * are sent (and how many matched); asking again for the same query (for more) ranks nothing anew.
	 */
	| {readonly type: 'query'; readonly id: number; readonly query: string; readonly limit?: number}
	/**
	 * The papers most like `paper` (the one at `position`, which the answer leaves out), at most
	 * `limit` (see `findSimilarPapers`); answered as `results`. The paper travels with the request:
	 * a worker that opened a cached index was never sent the papers.
	 */
	| {readonly type: 'similar'; readonly id: number; readonly paper: SearchWorkerPaper; readonly position: number; readonly limit: number};

/** A message from the search worker. */
export type SearchWorkerReply =
	| {readonly type: 'progress'; readonly done: number; readonly total: number}
	/** The index is ready: read from the cache, or built. */
	| {readonly type: 'ready'; readonly source: 'cache' | 'built'}
	/** `open` found no usable cached index: send the papers, then `build`. */
	| {readonly type: 'missing'}
	/**
	 * Matching paper indices, best first (for a `query` or a `similar` request); for a query, `total`
	 * says how many matched (more than `matches` holds when it asked for a `limit`).
	 */
	| {readonly type: 'results'; readonly id: number; readonly matches: Int32Array; readonly total?: number}
	| {readonly type: 'failed'; readonly message: string};
