import {afterAll, describe, expect, test} from 'vitest';
import {
	arxivPageUrl,
	describeNetworkError,
	fetchArxiv,
	fetchHfDaily,
	fetchSettings,
	FetchError,
	HttpClient,
	parseRetryAfter,
	RateLimiter,
	type WaitNotice,
} from '../../src/fetch/index.js';
import {answer, arxivPages, fetchFixture, startLoopbackServer, type Handler, type LoopbackServer} from './loopback-server.js';

const servers: LoopbackServer[] = [];
afterAll(async () => {
	await Promise.all(servers.map(async server => server.close()));
});

async function serve(handler: Handler): Promise<LoopbackServer> {
	const server = await startLoopbackServer(handler);
	servers.push(server);
	return server;
}

/** A client whose waits are recorded instead of slept, on a clock that the waits move forward. */
function recordingClient(gapMs: number, attempts = 4) {
	let clock = 0;
	const sleeps: number[] = [];
	const notices: WaitNotice[] = [];
	const client = new HttpClient({
		serviceName: 'arXiv',
		userAgent: 'paper-tui/0.0.0 (test)',
		timeoutMs: 2000,
		retry: {attempts, baseDelayMs: 2000, maxRetryAfterMs: 120_000},
		gapMs,
		now: () => clock,
		sleep: async milliseconds => {
			sleeps.push(milliseconds);
			clock += milliseconds;
		},
		onWait: notice => notices.push(notice),
	});
	return {client, sleeps, notices};
}

describe('HttpClient', () => {
	test('keeps the gap between an answer and the next request', async () => {
		const server = await serve((_request, response) => {
			answer(response, 200, 'ok');
		});
		const {client, sleeps, notices} = recordingClient(3000);
		await client.getText(server.origin);
		await client.getText(server.origin);
		expect(sleeps).toEqual([3000]);
		expect(notices).toEqual([{milliseconds: 3000, reason: 'gap'}]);
	});

	test('retries 503 and 5xx with doubling waits, then gives up with the number of tries', async () => {
		const server = await serve((_request, response) => {
			answer(response, 503, 'busy', {'Content-Type': 'text/plain'});
		});
		const {client, sleeps} = recordingClient(0);
		const failure = client.getText(server.origin);
		await expect(failure).rejects.toThrow(FetchError);
		await expect(failure).rejects.toThrow(
			`arXiv (${new URL(server.origin).host}) answered HTTP 503 Service Unavailable 4 times; nothing was changed`,
		);
		expect(sleeps).toEqual([2000, 4000, 8000]);
		expect(server.requests).toHaveLength(4);
	});

	test('waits what Retry-After asks when it is longer than the backoff', async () => {
		const server = await serve((_request, response, index) => {
			answer(response, index === 0 ? 429 : 200, 'text', {'Retry-After': '7'});
		});
		const {client, sleeps, notices} = recordingClient(0);
		expect(await client.getText(server.origin)).toBe('text');
		expect(sleeps).toEqual([7000]);
		expect(notices[0]).toEqual({milliseconds: 7000, reason: 'retry', failure: 'HTTP 429 Too Many Requests'});
	});

	test('does not wait for a Retry-After past its limit: it says when to come back', async () => {
		const server = await serve((_request, response) => {
			answer(response, 503, 'down', {'Retry-After': '3600'});
		});
		const {client, sleeps} = recordingClient(0);
		await expect(client.getText(server.origin)).rejects.toThrow(
			`${new URL(server.origin).host} answered HTTP 503 Service Unavailable and asks to wait 3600 s; try again later; nothing was changed`,
		);
		expect(sleeps).toEqual([]);
	});

	test('does not retry a 404', async () => {
		const server = await serve((_request, response) => {
			answer(response, 404, 'no');
		});
		const {client} = recordingClient(0);
		await expect(client.getText(server.origin)).rejects.toThrow(
			`arXiv (${new URL(server.origin).host}) answered HTTP 404 Not Found; nothing was changed`,
		);
		expect(server.requests).toHaveLength(1);
	});

	test('a refused connection fails at once: no retry, no wait', async () => {
		const closed = await startLoopbackServer(() => undefined);
		await closed.close();
		const {client, sleeps} = recordingClient(3000, 2);
		await expect(client.getText(closed.origin)).rejects.toThrow(
			`cannot reach ${new URL(closed.origin).host} (connection refused); nothing was changed`,
		);
		expect(sleeps).toEqual([]);
	});
});

describe('fetchArxiv', () => {
	test('asks for pages of at most 2,000, newest submissions first', () => {
		const url = new URL(arxivPageUrl('http://127.0.0.1:1/api/query', 'cat:cs.CL AND ti:"low rank"', 4000, 5000));
		expect(Object.fromEntries(url.searchParams)).toEqual({
			search_query: 'cat:cs.CL AND ti:"low rank"',
			sortBy: 'submittedDate',
			sortOrder: 'descending',
			start: '4000',
			max_results: '2000',
		});
	});

	test("goes page by page until the empty page, keeping arXiv's gap, and reports each page", async () => {
		const server = await serve(arxivPages);
		const {client, sleeps} = recordingClient(3000);
		const pages: Array<{page: number; papers: number}> = [];
		const papers = await fetchArxiv({query: 'ti:lora', max: 100}, `${server.origin}/api/query`, client, page => pages.push(page));
		expect(papers.map(paper => paper.arxivId)).toEqual(['2403.00004', '2403.00003', '2403.00002', '2402.00001']);
		expect(pages).toEqual([
			{page: 1, papers: 0},
			{page: 2, papers: 2},
			{page: 3, papers: 4},
		]);
		expect(sleeps).toEqual([3000, 3000]);
		expect(papers[3]).toMatchObject({
			arxivVersion: 3,
			journalRef: 'Proc. ACL 2024, pp. 1-12',
			updated: '2024-03-01T10:15:00Z',
			doi: '10.1234/lora.merge.2024',
		});
	});

	test('stops at the total the feed states', async () => {
		const server = await serve((_request, response) => {
			answer(response, 200, fetchFixture('arxiv-page-1.atom').replace('>10</opensearch:totalResults>', '>2</opensearch:totalResults>'));
		});
		const {client} = recordingClient(3000);
		expect(await fetchArxiv({query: 'ti:lora', max: 100}, server.origin, client)).toHaveLength(2);
		expect(server.requests).toHaveLength(1);
	});

	test('keeps a paper that moved onto the next page once', async () => {
		const server = await serve((request, response) => {
			const start = request.url.searchParams.get('start');
			answer(response, 200, fetchFixture(start === '0' ? 'arxiv-page-1.atom' : start === '2' ? 'arxiv-page-1.atom' : 'arxiv-empty.atom'));
		});
		const {client} = recordingClient(3000);
		expect(await fetchArxiv({query: 'ti:lora', max: 100}, server.origin, client)).toHaveLength(2);
	});

	test("refuses arXiv's error entry with arXiv's own words", async () => {
		const error = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format</id><title>Error</title><summary>malformed query</summary></entry></feed>`;
		const server = await serve((_request, response) => {
			answer(response, 200, error);
		});
		const {client} = recordingClient(3000);
		await expect(fetchArxiv({query: 'ti:(', max: 10}, server.origin, client)).rejects.toThrow(
			`arXiv (${new URL(server.origin).host}) sent a page that cannot be used: the arXiv API answered with an error: malformed query; nothing was changed`,
		);
	});
});

describe('fetchHfDaily', () => {
	test('asks for the day, and for the latest without one', async () => {
		const server = await serve((_request, response) => {
			answer(response, 200, fetchFixture('hf-daily.json'), {'Content-Type': 'application/json'});
		});
		const {client} = recordingClient(0);
		const {papers, skipped} = await fetchHfDaily('2024-03-01', server.origin, client);
		expect(papers.map(paper => paper.arxivId)).toEqual(['2106.09685', '2401.04088']);
		expect(skipped).toBe(1);
		await fetchHfDaily(undefined, server.origin, client);
		expect(server.requests.map(request => `${request.url.pathname}${request.url.search}`)).toEqual([
			'/api/daily_papers?date=2024-03-01',
			'/api/daily_papers',
		]);
	});

	test.each([
		['{"papers": [', /sent daily papers that cannot be used: invalid JSON \(.+\); nothing was changed$/],
		[
			'{"error": "Invalid date"}',
			/sent daily papers that cannot be used: expected a JSON array of papers, found object; nothing was changed$/,
		],
		[
			'[{"paper": {"id": "1"}}]',
			/sent daily papers that cannot be used: none of its 1 items is a paper with a title; nothing was changed$/,
		],
	])('refuses %s in one line naming Hugging Face', async (body, message) => {
		const server = await serve((_request, response) => {
			answer(response, 200, body, {'Content-Type': 'application/json'});
		});
		const failure = fetchHfDaily(undefined, server.origin, recordingClient(0).client);
		await expect(failure).rejects.toThrow(FetchError);
		await expect(failure).rejects.toThrow(
			new RegExp(`^Hugging Face \\(${new URL(server.origin).host.replace('.', '\\.')}\\) ${message.source.slice(0)}`),
		);
	});
});

describe('fetchSettings', () => {
	test('defaults to the services, and names the variable of a base URL that cannot be used', () => {
		expect(fetchSettings({}, '1.2.3')).toMatchObject({
			arxivUrl: 'https://export.arxiv.org/api/query',
			hfUrl: 'https://huggingface.co',
			timeoutMs: 30_000,
			retry: {attempts: 4, baseDelayMs: 2000},
		});
		expect(fetchSettings({}, '1.2.3').userAgent).toMatch(/^paper-tui\/1\.2\.3 \(.+\)$/);
		expect(fetchSettings({PAPER_TUI_HF_URL: 'http://127.0.0.1:8080/'}, '1').hfUrl).toBe('http://127.0.0.1:8080');
		expect(() => fetchSettings({PAPER_TUI_ARXIV_URL: 'export.arxiv.org'}, '1')).toThrow(
			'PAPER_TUI_ARXIV_URL must be an http(s) URL, not `export.arxiv.org`',
		);
		expect(() => fetchSettings({PAPER_TUI_FETCH_TIMEOUT_MS: '1s'}, '1')).toThrow(
			'PAPER_TUI_FETCH_TIMEOUT_MS must be a whole number of milliseconds, not `1s`',
		);
	});
});

describe('retry and pace helpers', () => {
	test('Retry-After is seconds or an HTTP date', () => {
		const now = Date.parse('2024-03-01T00:00:00Z');
		expect(parseRetryAfter('5', now)).toBe(5000);
		expect(parseRetryAfter('Fri, 01 Mar 2024 00:00:30 GMT', now)).toBe(30_000);
		expect(parseRetryAfter('Thu, 29 Feb 2024 00:00:30 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(null, now)).toBeUndefined();
	});

	test('the gap is counted from the last answer', () => {
		let clock = 1000;
		const limiter = new RateLimiter(3000, () => clock);
		expect(limiter.remaining()).toBe(0);
		limiter.answered();
		clock += 1200;
		expect(limiter.remaining()).toBe(1800);
		clock += 5000;
		expect(limiter.remaining()).toBe(0);
	});

	test('network failures are named in a few words', () => {
		const failure = (code: string) => Object.assign(new TypeError('fetch failed'), {cause: Object.assign(new Error(code), {code})});
		expect(describeNetworkError(failure('ENOTFOUND'))).toBe('host not found');
		expect(describeNetworkError(failure('ECONNREFUSED'))).toBe('connection refused');
		expect(
			describeNetworkError(
				new TypeError('fetch failed', {cause: new AggregateError([Object.assign(new Error('x'), {code: 'ENETUNREACH'})])}),
			),
		).toBe('network unreachable');
		expect(describeNetworkError(new TypeError('fetch failed'))).toBe('network error');
	});
});
