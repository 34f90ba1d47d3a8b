// The search worker's requests (see worker-protocol.ts), served; its entry is search-worker.ts.
import type {Paper} from '../types.js';
import {readCachedIndex, readCachedIndexOf, writeCachedIndex} from './index-cache.js';
import {createQueryRunner} from './query-runner.js';
import {buildSearchIndex, type SearchIndex} from './search-index.js';
import {similarTo} from './similar-papers.js';
import type {SearchWorkerReply, SearchWorkerRequest} from './worker-protocol.js';

/**
 * A built index is written to the cache once no query has come for this long: writing takes
 * a few hundred ms at 10k papers, and the query the explorer sends at `ready` (and the
 * user's typing) must not wait for it.
 */
const WRITE_WHEN_IDLE_MS = 300;

/** Answers requests from `port` (the explorer's side of the channel). */
export function serveSearch(port: {
	postMessage(message: SearchWorkerReply, transfer?: ArrayBuffer[]): void;
	on(event: 'message', listener: (message: SearchWorkerRequest) => void): void;
}): void {
	let index: SearchIndex | undefined;
	let runQuery: ReturnType<typeof createQueryRunner> | undefined;
	const papers: Paper[] = [];
	let pendingWrite: (() => void) | undefined;
	let writeTimer: NodeJS.Timeout | undefined;
	const writeWhenIdle = () => {
		if (pendingWrite === undefined) return;
		clearTimeout(writeTimer);
		writeTimer = setTimeout(() => {
			const write = pendingWrite;
			pendingWrite = undefined;
			write?.();
		}, WRITE_WHEN_IDLE_MS);
	};
	port.on('message', message => {
		try {
			if (message.type === 'add') {
				// Only the searchable fields cross the thread; the rest is not read by the index.
				for (const paper of message.papers) papers.push({...paper, id: '', links: []});
				return;
			}
			if (message.type === 'open') {
				index = readCachedIndexOf(message, message.cacheDir);
				runQuery = index === undefined ? undefined : createQueryRunner(index);
				port.postMessage(index === undefined ? {type: 'missing'} : {type: 'ready', source: 'cache'});
				return;
			}
			if (message.type === 'build') {
				const {cacheDir} = message;
				index = cacheDir === undefined ? undefined : readCachedIndex(papers, cacheDir);
				if (index !== undefined) {
					runQuery = createQueryRunner(index);
					port.postMessage({type: 'ready', source: 'cache'});
					return;
				}
				index = buildSearchIndex(papers, {onProgress: (done, total) => port.postMessage({type: 'progress', done, total})});
				runQuery = createQueryRunner(index);
				port.postMessage({type: 'ready', source: 'built'});
				if (cacheDir !== undefined) {
					const built = index;
					pendingWrite = () => writeCachedIndex(built, papers, cacheDir);
					writeWhenIdle();
				}
				return;
			}
			if (message.type === 'similar') {
				const hits = index === undefined ? [] : similarTo(index, message.paper, message.position, message.limit);
				const matches = Int32Array.from(hits, hit => hit.index);
				port.postMessage({type: 'results', id: message.id, matches}, [matches.buffer]);
				return;
			}
			const {hits, total} = runQuery?.(message.query, message.limit) ?? {hits: [], total: 0};
			const matches = Int32Array.from(hits, hit => hit.index);
			port.postMessage({type: 'results', id: message.id, matches, total}, [matches.buffer]);
			writeWhenIdle();
		} catch (error) {
			port.postMessage({type: 'failed', message: error instanceof Error ? error.message : String(error)});
		}
	});
}
