import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

/** The recorded responses the fetch tests serve, in `test/fixtures/fetch/` (and the daily papers of `test/fixtures/papers/`). */
export function fetchFixture(name: string): string {
	const directory = name === 'hf-daily.json' ? '../fixtures/papers/' : '../fixtures/fetch/';
	return readFileSync(new URL(`${directory}${name}`, import.meta.url), 'utf8');
}

/** One request the server received: its URL and headers, when it came, and when its answer was sent in full. */
export interface ReceivedRequest {
	readonly url: URL;
	readonly headers: IncomingMessage['headers'];
	/** `performance.now()` when the request arrived. */
	readonly receivedAt: number;
	/** `performance.now()` when the whole answer was handed to the operating system; undefined while unanswered. */
	finishedAt: number | undefined;
}

/** Answers a request; `index` counts from 0. Not answering (never calling `end`) stalls the client. */
export type Handler = (request: ReceivedRequest, response: ServerResponse, index: number) => void;

/** A real HTTP server on 127.0.0.1, on a free port, for one test. */
export interface LoopbackServer {
	/** `http://127.0.0.1:<port>` */
	readonly origin: string;
	readonly requests: ReceivedRequest[];
	/** Resolves when the server has received `count` requests in all. */
	waitForRequests(count: number): Promise<void>;
	close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 that records every request and answers with `handler`. */
export async function startLoopbackServer(handler: Handler): Promise<LoopbackServer> {
	const requests: ReceivedRequest[] = [];
	const waiters: Array<{count: number; resolve: () => void}> = [];
	const server: Server = createServer((incoming, response) => {
		const request: ReceivedRequest = {
			url: new URL(incoming.url ?? '/', 'http://127.0.0.1'),
			headers: incoming.headers,
			receivedAt: performance.now(),
			finishedAt: undefined,
		};
		requests.push(request);
		response.on('finish', () => {
			request.finishedAt = performance.now();
		});
		handler(request, response, requests.length - 1);
		for (const waiter of waiters.filter(candidate => requests.length >= candidate.count)) {
			waiters.splice(waiters.indexOf(waiter), 1);
			waiter.resolve();
		}
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		async waitForRequests(count) {
			if (requests.length >= count) {
				return;
			}

			await new Promise<void>(resolve => waiters.push({count, resolve}));
		},
		async close() {
			server.closeAllConnections();
			await new Promise<void>(resolve => server.close(() => resolve()));
		},
	};
}

/** Sends `body` with `status` and `headers`. */
export function answer(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
	response.writeHead(status, {'Content-Type': 'application/atom+xml; charset=utf-8', ...headers});
	response.end(body);
}

/**
 * An arXiv API stand-in: answers by `start`, the two recorded pages (`start` 0 and 2) and then
 * the empty page.
 */
export const arxivPages: Handler = (request, response) => {
	const start = Number(request.url.searchParams.get('start') ?? '0');
	answer(response, 200, fetchFixture(start === 0 ? 'arxiv-page-1.atom' : start === 2 ? 'arxiv-page-2.atom' : 'arxiv-empty.atom'));
};
