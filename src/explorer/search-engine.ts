import {Worker} from 'node:worker_threads';
import type {Paper} from '../types.js';
import type {IndexProgress, SearchEngine, SearchResults} from '../services/index.js';
import {
	createFingerprinter,
	createHighlighter,
	createQueryRunner,
	createTitleFilter,
	findSimilarPapers,
	loadOrBuildIndex,
	parseQuery,
	type SearchIndex,
	type SearchWorkerReply,
	type SearchWorkerRequest,
	TOP_MATCH_COUNT,
} from '../search/index.js';

const noSpans = () => [];
/**
 * How long the main thread spends on one slice of papers (hashing them, or cloning them into a
 * message to the worker) before it turns, so that a key waits at most about this long.
 */
const sliceMs = 5;

/**
 * Calls `work(start, end)` on slices of `0..count` in turn, one slice per turn of the event loop,
 * each sized from the time the one before took so that it takes about `sliceMs`.
 */
async function inTimedSlices(count: number, work: (start: number, end: number) => void): Promise<void> {
	let size = 100;
	for (let start = 0; start < count;) {
		const end = Math.min(count, start + size);
		const startedAt = performance.now();
		work(start, end);
		const elapsed = performance.now() - startedAt;
		size = Math.max(20, Math.min(5000, Math.round(((end - start) * sliceMs) / Math.max(elapsed, 0.1))));
		start = end;
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/**
 * Ranked results for `query` from matching paper indices, best first, with highlighters from one
 * parse; `total` matches in all (`totalMatches` when `matches` holds fewer).
 */
function rankedResults(query: string, matches: readonly number[], total: number): SearchResults {
	const parsed = parseQuery(query);
	return {
		query,
		matches,
		...(total > matches.length ? {totalMatches: total} : {}),
		highlightTitle: createHighlighter(parsed, 'title'),
		highlightAbstract: createHighlighter(parsed, 'abstract'),
	};
}

/** How many matches to ask for: the best `top`, unless all are wanted. */
const limitFor = (options: {readonly all?: boolean} | undefined, top = TOP_MATCH_COUNT) => (options?.all === true ? undefined : top);

/** Ranked results of `query` from a query runner on an index in this thread. */
function resultsOf(runQuery: ReturnType<typeof createQueryRunner>, query: string, limit: number | undefined): SearchResults {
	const {hits, total} = runQuery(query, limit);
	return rankedResults(
		query,
		hits.map(hit => hit.index),
		total,
	);
}

/**
 * An engine over an index in this thread (a small corpus, or a prebuilt index): ready at once.
 * A query is answered with its best `topMatches` (default `TOP_MATCH_COUNT`) unless all are asked for.
 */
export function createIndexEngine(
	index: SearchIndex,
	papers: readonly Paper[],
	options: {readonly topMatches?: number} = {},
): SearchEngine {
	const runQuery = createQueryRunner(index);
	return {
		async run(query, runOptions) {
			return resultsOf(runQuery, query, limitFor(runOptions, options.topMatches));
		},
		watchProgress(listener) {
			listener(null);
			return () => {};
		},
		async similar(position, limit) {
			return findSimilarPapers(index, papers, position, limit).map(hit => hit.index);
		},
	};
}

interface QueuedQuery {
	readonly query: string;
	readonly limit: number | undefined;
	readonly resolve: (results: SearchResults | undefined) => void;
}

/**
 * An engine whose index is read from the cache (`cacheDir`; the worker is then sent no paper,
 * only their fingerprint) or built in a worker thread (`workerFile`, dist/search-worker.cjs),
 * which then writes it to the cache:
 * until it is ready, queries are answered by a title filter (`isTitlesOnly`); then one query
 * at a time runs in the worker, and a newer query replaces one still waiting (latest wins).
 * If the worker fails, the index is built in this thread instead.
 */
export function createWorkerEngine(papers: readonly Paper[], workerFile: string | URL, options: {cacheDir?: string} = {}): SearchEngine {
	const titleFilter = createTitleFilter(papers.map(paper => paper.title));
	const listeners = new Set<(progress: IndexProgress | null) => void>();
	let progress: IndexProgress | null = {done: 0, total: papers.length};
	let fallback: {readonly index: SearchIndex; readonly runQuery: ReturnType<typeof createQueryRunner>} | undefined;
	let inFlight: (QueuedQuery & {readonly id: number}) | undefined;
	let waiting: QueuedQuery | undefined;
	let nextId = 1;
	/** `similar` requests sent to the worker, by id: they run beside queries, never replacing one. */
	const similarWaiting = new Map<number, (matches: readonly number[] | undefined) => void>();

	const setProgress = (next: IndexProgress | null) => {
		progress = next;
		for (const listener of [...listeners]) listener(next);
	};

	const worker = new Worker(workerFile);
	// The explorer quits with process.exit; the worker must not keep a finished process alive.
	worker.unref();

	const send = () => {
		if (inFlight !== undefined || waiting === undefined) return;
		const next = waiting;
		waiting = undefined;
		if (fallback !== undefined) {
			next.resolve(resultsOf(fallback.runQuery, next.query, next.limit));
			return;
		}
		inFlight = {...next, id: nextId++};
		worker.postMessage({
			type: 'query',
			id: inFlight.id,
			query: next.query,
			...(next.limit === undefined ? {} : {limit: next.limit}),
		} satisfies SearchWorkerRequest);
	};

	const failOver = () => {
		if (fallback !== undefined) return;
		void worker.terminate();
		const {index} = loadOrBuildIndex(papers, {cacheDir: options.cacheDir});
		fallback = {index, runQuery: createQueryRunner(index)};
		if (inFlight !== undefined) {
			waiting ??= inFlight;
			inFlight = undefined;
		}
		setProgress(null);
		// Similar-paper requests the worker will never answer now: answer them here.
		for (const done of similarWaiting.values()) done(undefined);
		similarWaiting.clear();
		send();
	};

	worker.on('message', (reply: SearchWorkerReply) => {
		switch (reply.type) {
			case 'progress': {
				setProgress({done: reply.done, total: reply.total});
				break;
			}
			case 'ready': {
				setProgress(null);
				send();
				break;
			}
			case 'missing': {
				void sendPapers();
				break;
			}
			case 'results': {
				const similarDone = similarWaiting.get(reply.id);
				if (similarDone !== undefined) {
					similarWaiting.delete(reply.id);
					similarDone(Array.from(reply.matches));
					break;
				}
				if (inFlight?.id !== reply.id) break;
				const {query, resolve} = inFlight;
				inFlight = undefined;
				resolve(rankedResults(query, Array.from(reply.matches), reply.total ?? reply.matches.length));
				send();
				break;
			}
			case 'failed': {
				failOver();
				break;
			}
		}
	});
	worker.on('error', failOver);

	/** Sends the papers, then asks for the index to be built (or read from the cache). */
	const sendPapers = async () => {
		// In slices, so that cloning a large corpus into the worker never holds up a key for long.
		await inTimedSlices(papers.length, (start, end) => {
			const slice = papers.slice(start, end).map(({title, authors, abstract}) => ({title, authors, abstract}));
			worker.postMessage({type: 'add', papers: slice} satisfies SearchWorkerRequest);
		});
		worker.postMessage({
			type: 'build',
			...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
		} satisfies SearchWorkerRequest);
	};

	void (async () => {
		const {cacheDir} = options;
		if (cacheDir === undefined) {
			await sendPapers();
			return;
		}
		// A cached index needs no papers in the worker: first ask for it by the papers' fingerprint
		// (hashed here in slices, between keys); the papers follow only if it is missing.
		const fingerprinter = createFingerprinter();
		await inTimedSlices(papers.length, (start, end) => {
			fingerprinter.add(papers.slice(start, end));
		});
		worker.postMessage({
			type: 'open',
			cacheDir,
			paperCount: papers.length,
			fingerprint: fingerprinter.digest(),
		} satisfies SearchWorkerRequest);
	})();

	return {
		async run(query, runOptions) {
			if (progress !== null) {
				if (query.trim() === '')
					return {query, matches: papers.map((_paper, index) => index), highlightTitle: noSpans, highlightAbstract: noSpans};
				return {
					query,
					matches: titleFilter.matches(query),
					highlightTitle: title => titleFilter.highlight(query, title),
					highlightAbstract: noSpans,
					isTitlesOnly: true,
				};
			}
			return new Promise(resolve => {
				waiting?.resolve(undefined);
				waiting = {query, limit: limitFor(runOptions), resolve};
				send();
			});
		},
		watchProgress(listener) {
			listeners.add(listener);
			listener(progress);
			return () => listeners.delete(listener);
		},
		async similar(position, limit) {
			if (fallback !== undefined) return findSimilarPapers(fallback.index, papers, position, limit).map(hit => hit.index);
			if (progress !== null) return undefined;
			const id = nextId++;
			return new Promise(resolve => {
				similarWaiting.set(id, resolve);
				const {title, authors, abstract} = papers[position] ?? {title: '', authors: [], abstract: ''};
				worker.postMessage({type: 'similar', id, paper: {title, authors, abstract}, position, limit} satisfies SearchWorkerRequest);
			});
		},
	};
}
