import {serveSearch} from '../../src/search/serve-search.js';
import type {SearchWorkerReply, SearchWorkerRequest} from '../../src/search/worker-protocol.js';

/** The search worker's request handler on an in-memory channel: what it would post back to the explorer. */
export function servedChannel() {
	const replies: SearchWorkerReply[] = [];
	let deliver: (message: SearchWorkerRequest) => void = () => {};
	serveSearch({
		postMessage: reply => replies.push(reply),
		on: (_event, listener) => {
			deliver = listener;
		},
	});
	return {replies, send: (message: SearchWorkerRequest) => deliver(message)};
}
