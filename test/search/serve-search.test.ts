import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';
import {corpusFingerprint, createFingerprinter} from '../../src/search/corpus-fingerprint.js';
import {buildSearchIndex, cacheFileOf, findSimilarPapers, loadOrBuildIndex} from '../../src/search/index.js';
import {serveSearch} from '../../src/search/serve-search.js';
import type {SearchWorkerReply, SearchWorkerRequest} from '../../src/search/worker-protocol.js';
import type {Paper} from '../../src/types.js';

const papers: Paper[] = [...generatePapers(300, 4)].map((paper, index) => ({...paper, id: `p${index}`, links: []}));
const index = buildSearchIndex(papers);
const expected = (query: string) => index.search(query).map(hit => hit.index);

/** The worker's side of the channel, in this thread: what it replied, and a way to send it requests. */
function connect() {
	const replies: SearchWorkerReply[] = [];
	let listener: ((message: SearchWorkerRequest) => void) | undefined;
	serveSearch({
		postMessage: reply => replies.push(reply),
		on: (_event, onMessage) => {
			listener = onMessage;
		},
	});
	return {replies, send: (request: SearchWorkerRequest) => listener?.(request)};
}

const matchesOf = (reply: SearchWorkerReply | undefined) => (reply?.type === 'results' ? [...reply.matches] : undefined);

describe('the search worker', () => {
	let cacheDir: string;
	beforeEach(() => {
		cacheDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-serve-'));
	});
	afterEach(() => {
		vi.useRealTimers();
		rmSync(cacheDir, {recursive: true, force: true});
	});

	it('fingerprints papers sent in slices as the whole corpus', () => {
		const fingerprinter = createFingerprinter();
		for (let start = 0; start < papers.length; start += 70) fingerprinter.add(papers.slice(start, start + 70));
		expect(fingerprinter.digest()).toBe(corpusFingerprint(papers));
	});

	it('opens a cached index by the papers’ fingerprint alone, and answers queries without being sent a paper', () => {
		loadOrBuildIndex(papers, {cacheDir});
		const worker = connect();
		worker.send({type: 'open', cacheDir, paperCount: papers.length, fingerprint: corpusFingerprint(papers)});
		expect(worker.replies).toEqual([{type: 'ready', source: 'cache'}]);
		worker.send({type: 'query', id: 7, query: 'neural network'});
		expect(worker.replies[1]).toMatchObject({type: 'results', id: 7});
		expect(matchesOf(worker.replies[1])).toEqual(expected('neural network'));
		expect(expected('neural network').length).toBeGreaterThan(0);
	});

	it('answers a similar-paper request after opening a cached index, though no paper was sent', () => {
		loadOrBuildIndex(papers, {cacheDir});
		const worker = connect();
		worker.send({type: 'open', cacheDir, paperCount: papers.length, fingerprint: corpusFingerprint(papers)});
		const {title, authors, abstract} = papers[5]!;
		worker.send({type: 'similar', id: 3, paper: {title, authors, abstract}, position: 5, limit: 5});
		const similar = findSimilarPapers(index, papers, 5, 5).map(hit => hit.index);
		expect(similar).toHaveLength(5);
		expect(matchesOf(worker.replies[1])).toEqual(similar);
	});

	it.each([
		['no entry for them', () => corpusFingerprint(papers)],
		[
			'an entry of other papers under that fingerprint',
			() => {
				loadOrBuildIndex(papers.slice(1), {cacheDir});
				return corpusFingerprint(papers.slice(1));
			},
		],
	])(
		'says `missing` when the cache has %s, then builds from the papers sent, and writes the cache once queries pause',
		(_case, fingerprintOf) => {
			const fingerprint = fingerprintOf();
			vi.useFakeTimers();
			const worker = connect();
			worker.send({type: 'open', cacheDir, paperCount: papers.length, fingerprint});
			expect(worker.replies).toEqual([{type: 'missing'}]);
			worker.send({type: 'add', papers: papers.slice(0, 150)});
			worker.send({type: 'add', papers: papers.slice(150)});
			worker.send({type: 'build', cacheDir});
			expect(worker.replies.at(-1)).toEqual({type: 'ready', source: 'built'});
			worker.send({type: 'query', id: 1, query: 'learning'});
			expect(matchesOf(worker.replies.at(-1))).toEqual(expected('learning'));
			const entry = cacheFileOf(cacheDir, papers);
			vi.advanceTimersByTime(299);
			worker.send({type: 'query', id: 2, query: 'model'});
			vi.advanceTimersByTime(299);
			expect(existsSync(entry)).toBe(false);
			vi.advanceTimersByTime(1);
			expect(existsSync(entry)).toBe(true);
		},
	);
});
