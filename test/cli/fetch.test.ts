import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {buildChildEnvironment} from '../support/child-env.js';
import {answer, arxivPages, fetchFixture, startLoopbackServer, type Handler, type LoopbackServer} from '../fetch/loopback-server.js';
import {cliPath, linesOf, parseJson, runCli, stackTraceLine, temporaryDirectory, type PaperJson} from './run-cli.js';

/** arXiv asks for 3 s between requests; the product keeps it, and so these tests wait it out. */
const ARXIV_GAP_MS = 3000;
/** Short waits for the retries and timeouts, so the tests stay fast (the gap between arXiv requests has no such setting). */
const FAST = {PAPER_TUI_FETCH_BACKOFF_MS: '10', PAPER_TUI_FETCH_TIMEOUT_MS: '1000'};

const servers: LoopbackServer[] = [];
// Closed after the file, not after each test: the tests of a block run at the same time.
afterAll(async () => {
	await Promise.all(servers.splice(0).map(async server => server.close()));
});

async function serve(handler: Handler): Promise<LoopbackServer> {
	const server = await startLoopbackServer(handler);
	servers.push(server);
	return server;
}

const arxivEnv = (server: LoopbackServer, extra: Record<string, string> = {}) => ({
	PAPER_TUI_ARXIV_URL: `${server.origin}/api/query`,
	...FAST,
	...extra,
});
const hfEnv = (server: LoopbackServer, extra: Record<string, string> = {}) => ({PAPER_TUI_HF_URL: server.origin, ...FAST, ...extra});

/** The papers of a JSON Lines corpus file. */
function corpusLines(file: string): Array<Record<string, unknown>> {
	return linesOf(readFileSync(file, 'utf8')).map(line => JSON.parse(line) as Record<string, unknown>);
}

/** The gap between the end of one answer and the next request, as the server saw them. */
function gapBefore(server: LoopbackServer, index: number): number {
	return server.requests[index]!.receivedAt - server.requests[index - 1]!.finishedAt!;
}

describe.concurrent('fetch arxiv against a loopback server', () => {
	it('fetches two pages, newest first, at least 3 s apart, with the query passed through and a User-Agent', async () => {
		const server = await serve(arxivPages);
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		const result = await runCli(['fetch', 'arxiv', 'cat:cs.CL AND ti:lora', '--max', '4', '-o', file], {env: arxivEnv(server)});
		expect(result.stderr).toBe('paper-tui: 4 fetched from arXiv; open it with paper-tui --corpus FILE\n');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${file}\n`);
		expect(server.requests).toHaveLength(2);
		expect(gapBefore(server, 1)).toBeGreaterThanOrEqual(ARXIV_GAP_MS);
		expect(server.requests.map(request => Object.fromEntries(request.url.searchParams))).toEqual([
			{search_query: 'cat:cs.CL AND ti:lora', sortBy: 'submittedDate', sortOrder: 'descending', start: '0', max_results: '4'},
			{search_query: 'cat:cs.CL AND ti:lora', sortBy: 'submittedDate', sortOrder: 'descending', start: '2', max_results: '2'},
		]);
		expect(server.requests[0]!.url.pathname).toBe('/api/query');
		expect(server.requests[0]!.headers['user-agent']).toMatch(/^paper-tui\/\d+\.\d+\.\d+ \(.+\)$/);
		expect(corpusLines(file).map(paper => paper['arxivId'])).toEqual(['2403.00004', '2403.00003', '2403.00002', '2402.00001']);
	}, 20_000);

	it('writes a corpus that --corpus opens with the arXiv version, journal reference and updated time', async () => {
		const server = await serve(arxivPages);
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		await runCli(['fetch', 'arxiv', 'ti:lora', '--max', '4', '-o', file], {env: arxivEnv(server)});
		const shown = await runCli(['--corpus', file, 'show', 'lora-merging-without-interference', '--json']);
		expect(shown.code).toBe(0);
		const paper = parseJson<Record<string, unknown>>(shown);
		expect(Object.keys(paper)).toEqual([
			'id',
			'title',
			'authors',
			'year',
			'doi',
			'arxivId',
			'arxivVersion',
			'journalRef',
			'updated',
			'links',
			'keywords',
			'abstract',
		]);
		expect(paper).toMatchObject({
			doi: '10.1234/lora.merge.2024',
			arxivId: '2402.00001',
			arxivVersion: 3,
			journalRef: 'Proc. ACL 2024, pp. 1-12',
			updated: '2024-03-01T10:15:00Z',
			links: ['https://arxiv.org/abs/2402.00001', 'https://doi.org/10.1234/lora.merge.2024', 'http://arxiv.org/pdf/2402.00001v3'],
		});
		const text = await runCli(['--corpus', file, 'show', 'rank-adaptive-lora-for-scaled-fine-tuning']);
		expect(text.stdout).toContain('Rank-Adaptive LoRA for α-Scaled Fine-Tuning\n');
		const merged = await runCli(['--corpus', file, 'show', 'lora-merging-without-interference']);
		expect(merged.stdout).toContain(
			'\narXiv 2402.00001v3 · DOI 10.1234/lora.merge.2024 · Proc. ACL 2024, pp. 1-12 ·\nupdated 2024-03-01\n',
		);
	}, 20_000);

	it('stops at an empty page', async () => {
		const server = await serve((request, response) => {
			answer(response, 200, fetchFixture(request.url.searchParams.get('start') === '0' ? 'arxiv-page-1.atom' : 'arxiv-empty.atom'));
		});
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		const result = await runCli(['fetch', 'arxiv', 'ti:lora', '-o', file], {env: arxivEnv(server)});
		expect(result.code).toBe(0);
		expect(server.requests.map(request => request.url.searchParams.get('start'))).toEqual(['0', '2']);
		expect(server.requests[0]!.url.searchParams.get('max_results')).toBe('200');
		expect(gapBefore(server, 1)).toBeGreaterThanOrEqual(ARXIV_GAP_MS);
		expect(corpusLines(file)).toHaveLength(2);
	}, 20_000);

	it('stops at the first paper submitted before --since, without asking for another page', async () => {
		const server = await serve(arxivPages);
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		const result = await runCli(['fetch', 'arxiv', 'ti:lora', '--since', '2024-03-04', '-o', file], {env: arxivEnv(server)});
		expect(result.code).toBe(0);
		expect(server.requests).toHaveLength(1);
		expect(corpusLines(file).map(paper => paper['arxivId'])).toEqual(['2403.00004']);
	});

	it('retries a 503, waiting the 3 s gap, and then succeeds', async () => {
		const server = await serve((request, response, index) => {
			if (index === 0) {
				answer(response, 503, 'Service Unavailable', {'Content-Type': 'text/plain'});
			} else {
				arxivPages(request, response, index);
			}
		});
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		const result = await runCli(['fetch', 'arxiv', 'ti:lora', '--max', '2', '-o', file], {env: arxivEnv(server)});
		expect(result.code).toBe(0);
		expect(server.requests).toHaveLength(2);
		expect(server.requests[1]!.url.searchParams.get('start')).toBe('0');
		expect(gapBefore(server, 1)).toBeGreaterThanOrEqual(ARXIV_GAP_MS);
		expect(corpusLines(file)).toHaveLength(2);
	}, 20_000);

	it('refuses a body that is not an Atom feed: one line naming arXiv, nothing written, exit 1', async () => {
		const server = await serve((_request, response) => {
			answer(response, 200, fetchFixture('not-a-feed.html'), {'Content-Type': 'text/html'});
		});
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		writeFileSync(file, '{"title": "Kept"}\n');
		const result = await runCli(['fetch', 'arxiv', 'ti:lora', '-o', file], {env: arxivEnv(server)});
		expect(result.code).toBe(1);
		const host = new URL(server.origin).host;
		expect(linesOf(result.stderr)).toHaveLength(1);
		expect(result.stderr).toMatch(
			new RegExp(`^paper-tui: arXiv \\(${host}\\) sent a page that cannot be used: invalid XML: .+; nothing was changed\\n$`),
		);
		expect(result.stderr).not.toMatch(stackTraceLine);
		expect(readFileSync(file, 'utf8')).toBe('{"title": "Kept"}\n');
		expect(server.requests).toHaveLength(1);
	});

	it('says which host it could not reach when the connection is refused, exit 1, nothing written', async () => {
		const closed = await startLoopbackServer(() => undefined);
		await closed.close();
		const directory = temporaryDirectory();
		const result = await runCli(['fetch', 'arxiv', 'ti:lora'], {env: {...arxivEnv(closed), PAPER_TUI_DATA_DIR: directory}});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`paper-tui: cannot reach ${new URL(closed.origin).host} (connection refused); nothing was changed\n`);
		expect(result.stdout).toBe('');
		expect(readdirSync(directory)).toEqual([]);
	});

	it('leaves the previous file byte for byte when killed while the second page stalls', async () => {
		const server = await serve((request, response, index) => {
			if (index === 0) {
				arxivPages(request, response, index);
			}
			// The second request is never answered.
		});
		const directory = temporaryDirectory();
		const file = path.join(directory, 'lora.jsonl');
		const before = `${JSON.stringify({id: 'kept', title: 'Kept Paper', abstract: 'Already here.', authors: [], links: []})}\n`;
		writeFileSync(file, before);
		const child = spawn(process.execPath, [cliPath, 'fetch', 'arxiv', 'ti:lora', '--max', '4', '--append', '-o', file], {
			env: buildChildEnvironment(process.env, directory, {PAPER_TUI_ARXIV_URL: `${server.origin}/api/query`}),
			stdio: 'ignore',
		});
		const exited = new Promise<NodeJS.Signals | null>(resolve => child.on('exit', (_code, signal) => resolve(signal)));
		await server.waitForRequests(2);
		child.kill('SIGKILL');
		expect(await exited).toBe('SIGKILL');
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(readdirSync(directory).filter(name => name.startsWith('lora.jsonl'))).toEqual(['lora.jsonl']);
	}, 20_000);
});

describe.concurrent('fetch hf-daily against a loopback server', () => {
	it('writes the day into the data folder by default and prints its path', async () => {
		const server = await serve((_request, response) => {
			answer(response, 200, fetchFixture('hf-daily.json'), {'Content-Type': 'application/json'});
		});
		const dataDirectory = temporaryDirectory();
		const result = await runCli(['fetch', 'hf-daily', '--date', '2024-03-01'], {env: hfEnv(server, {PAPER_TUI_DATA_DIR: dataDirectory})});
		expect(result.code).toBe(0);
		const file = path.join(dataDirectory, 'fetched', 'hf-daily-2024-03-01.jsonl');
		expect(result.stdout).toBe(`${file}\n`);
		expect(linesOf(result.stderr)).toEqual([
			'paper-tui: skipped 1 daily item without a title',
			'paper-tui: 2 fetched from Hugging Face; open it with paper-tui --corpus FILE',
		]);
		expect(server.requests.map(request => `${request.url.pathname}${request.url.search}`)).toEqual(['/api/daily_papers?date=2024-03-01']);
		const listed = await runCli(['--corpus', file, 'list', '--json']);
		expect(parseJson<PaperJson[]>(listed).map(paper => paper.title)).toEqual([
			'LoRA: Low-Rank Adaptation of Large Language Models',
			'Mixtral of Experts',
		]);
	});

	it('honours Retry-After on a 429 before trying again', async () => {
		const server = await serve((_request, response, index) => {
			if (index === 0) {
				answer(response, 429, 'Too Many Requests', {'Content-Type': 'text/plain', 'Retry-After': '1'});
			} else {
				answer(response, 200, fetchFixture('hf-daily.json'), {'Content-Type': 'application/json'});
			}
		});
		const file = path.join(temporaryDirectory(), 'daily.jsonl');
		const result = await runCli(['fetch', 'hf-daily', '-o', file], {env: hfEnv(server)});
		expect(result.code).toBe(0);
		expect(server.requests).toHaveLength(2);
		expect(gapBefore(server, 1)).toBeGreaterThanOrEqual(1000);
		expect(server.requests[0]!.url.search).toBe('');
		expect(corpusLines(file)).toHaveLength(2);
	});

	it('gives up on a response slower than the timeout after the stated number of tries, exit 1', async () => {
		const server = await serve(() => undefined);
		const file = path.join(temporaryDirectory(), 'daily.jsonl');
		const result = await runCli(['fetch', 'hf-daily', '-o', file], {env: hfEnv(server)});
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(
			`paper-tui: Hugging Face (${new URL(server.origin).host}) gave no answer within 1 s (4 tries); nothing was changed\n`,
		);
		expect(server.requests).toHaveLength(4);
		expect(existsSync(file)).toBe(false);
	});

	it('adds only the papers the file does not have with --append', async () => {
		const server = await serve((request, response) => {
			if (request.url.pathname === '/api/daily_papers') {
				answer(response, 200, fetchFixture('hf-daily.json'), {'Content-Type': 'application/json'});
			} else {
				arxivPages(request, response, 0);
			}
		});
		const file = path.join(temporaryDirectory(), 'mine.jsonl');
		const env = {...arxivEnv(server), ...hfEnv(server)};
		expect((await runCli(['fetch', 'hf-daily', '-o', file], {env})).code).toBe(0);
		const first = readFileSync(file, 'utf8');
		const again = await runCli(['fetch', 'hf-daily', '-o', file, '--append'], {env});
		expect(linesOf(again.stderr).at(-1)).toBe(
			'paper-tui: 2 fetched from Hugging Face, 0 new; 2 in the file; open it with paper-tui --corpus FILE',
		);
		expect(readFileSync(file, 'utf8')).toBe(first);
		const more = await runCli(['fetch', 'arxiv', 'ti:lora', '--max', '2', '-o', file, '--append'], {env});
		expect(more.code).toBe(0);
		expect(more.stderr).toContain('2 fetched from arXiv, 2 new; 4 in the file');
		expect(corpusLines(file).map(paper => paper['id'])).toEqual([
			'lora-low-rank-adaptation-of-large-language-models',
			'mixtral-of-experts',
			'rank-adaptive-lora-for-scaled-fine-tuning',
			'sparse-adapters-meet-quantisation',
		]);
	});
	it('refuses to append to a file that is not a corpus, exit 2, before any request', async () => {
		const server = await serve((_request, response) => {
			answer(response, 200, fetchFixture('hf-daily.json'), {'Content-Type': 'application/json'});
		});
		const file = path.join(temporaryDirectory(), 'notes.jsonl');
		writeFileSync(file, 'my notes\n');
		const result = await runCli(['fetch', 'hf-daily', '-o', file, '--append'], {env: hfEnv(server)});
		expect(result.code).toBe(2);
		expect(linesOf(result.stderr)).toHaveLength(1);
		expect(result.stderr.startsWith(`paper-tui: cannot append: ${file}:1:1: invalid JSON on this line`)).toBe(true);
		expect(server.requests).toHaveLength(0);
		expect(readFileSync(file, 'utf8')).toBe('my notes\n');
	});
});

describe.concurrent(
	'fetch: a bad argument is one message line and exit 2, before any request (the cases: test/fetch/fetch-arguments.test.ts)',
	() => {
		const cases: Array<[args: string[], message: string]> = [
			[['fetch', 'arxiv'], '`fetch arxiv` needs a query in arXiv search syntax, e.g. paper-tui fetch arxiv "cat:cs.CL AND ti:lora"'],
			[['fetch', 'hf-daily', '--date', 'yesterday'], '--date takes a day as YYYY-MM-DD, such as 2024-03-01, not `yesterday`'],
		];
		it.each(cases)('%j', async (args, message) => {
			const result = await runCli(args, {env: {PAPER_TUI_ARXIV_URL: 'http://127.0.0.1:9/', PAPER_TUI_HF_URL: 'http://127.0.0.1:9'}});
			expect(result.code).toBe(2);
			expect(linesOf(result.stderr)[0]).toBe(`paper-tui: ${message}`);
			expect(linesOf(result.stderr)[1]).toMatch(/^usage: paper-tui /);
			expect(result.stderr).not.toMatch(stackTraceLine);
		});
	},
);
