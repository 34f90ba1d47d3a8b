// The search worker's entry (bundled as dist/search-worker.cjs): builds the index of the papers it
// is sent, reporting progress, then answers queries one at a time. Runs in a worker thread so
// that building and querying never hold up a key.
import {parentPort} from 'node:worker_threads';
import type {Paper} from '../types.js';
import {readCachedIndex, writeCachedIndex} from './index-cache.js';
import {buildSearchIndex, type SearchIndex} from './search-index.js';
import {findSimilarPapers, termStatistics} from './similar-papers.js';
import type {SearchWorkerReply, SearchWorkerRequest} from './worker-protocol.js';

/** Answers requests from `port` (the explorer's side of the channel). */
export function serveSearch(port: {
	postMessage(message: SearchWorkerReply): void;
	on(event: 'message', listener: (message: SearchWorkerRequest) => void): void;
}): void {
	let index: SearchIndex | undefined;
	const papers: Paper[] = [];
	port.on('message', message => {
		try {
			if (message.type === 'add') {
				// Only the searchable fields cross the thread; the rest is not read by the index.
				for (const paper of message.papers) papers.push({...paper, id: '', links: []});
				return;
			}
			if (message.type === 'build') {
				const {cacheDir} = message;
				index = cacheDir === undefined ? undefined : readCachedIndex(papers, cacheDir);
				if (index !== undefined) {
					port.postMessage({type: 'ready', source: 'cache'});
				} else {
					index = buildSearchIndex(papers, {onProgress: (done, total) => port.postMessage({type: 'progress', done, total})});
					port.postMessage({type: 'ready', source: 'built'});
					// After `ready`: searching need not wait for the file (a query sent meanwhile waits for it).
					if (cacheDir !== undefined) writeCachedIndex(index, papers, cacheDir);
				}
				// The similar-papers statistics, read now rather than on the first `m` (a request sent meanwhile waits).
				termStatistics(papers);
				return;
			}
			if (message.type === 'similar') {
				const hits = index === undefined ? [] : findSimilarPapers(index, papers, message.position, message.limit);
				port.postMessage({type: 'results', id: message.id, matches: Int32Array.from(hits, hit => hit.index)});
				return;
			}
			const hits = index?.search(message.query) ?? [];
			const matches = Int32Array.from(hits, hit => hit.index);
			port.postMessage({type: 'results', id: message.id, matches});
		} catch (error) {
			port.postMessage({type: 'failed', message: error instanceof Error ? error.message : String(error)});
		}
	});
}

if (parentPort !== null) serveSearch(parentPort);
