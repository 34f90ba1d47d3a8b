import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';
import {
	cacheFileOf,
	evictOldEntries,
	loadOrBuildIndex,
	resolveCacheDir,
	buildSearchIndex,
	type CacheOptions,
} from '../../src/search/index.js';
import {encodeIndexFile} from '../../src/search/index-file.js';
import type {Paper} from '../../src/types.js';

const papers: Paper[] = [...generatePapers(60, 9)].map((paper, index) => ({...paper, id: `p${index}`, links: []}));
const queries = ['neural', 'learning model', 'title:network -graph'];

describe('the search index cache', () => {
	let cacheDir: string;
	let options: CacheOptions;
	beforeEach(() => {
		cacheDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-cache-'));
		options = {cacheDir};
	});
	afterEach(() => {
		rmSync(cacheDir, {recursive: true, force: true});
	});
	const matches = (index: ReturnType<typeof buildSearchIndex>) => queries.map(query => index.search(query).map(hit => hit.index));

	it('miss: builds, writes one entry atomically (no temp file left), and searches like a fresh index', () => {
		const {index, source} = loadOrBuildIndex(papers, options);
		expect(source).toBe('built');
		expect(readdirSync(cacheDir)).toEqual([path.basename(cacheFileOf(cacheDir, papers))]);
		expect(matches(index)).toEqual(matches(buildSearchIndex(papers)));
	});

	it('hit: a second load reads the entry and finds the same papers', () => {
		const built = loadOrBuildIndex(papers, options).index;
		const cached = loadOrBuildIndex(papers, options);
		expect(cached.source).toBe('cache');
		expect(matches(cached.index)).toEqual(matches(built));
		expect(matches(cached.index).flat().length).toBeGreaterThan(0);
	});

	it.each([
		['truncated in the header', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 500))],
		['truncated in the arrays', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, -4))],
		['not an index file at all', (file: string) => writeFileSync(file, '\u0000garbage')],
		[
			'from an older format version',
			(file: string) => writeFileSync(file, readFileSync(file, 'latin1').replace(/"version":\d+/, '"version":0'), 'latin1'),
		],
		[
			'a JSON index of the previous format',
			(file: string) => writeFileSync(file, JSON.stringify({format: 'paper-tui-search-index', version: 1})),
		],
		[
			'with a posting out of range',
			(file: string) => {
				const serialized = buildSearchIndex(papers).serialize('arrays');
				const documents = serialized.lunr.documents.map(array => Int32Array.from(array as Int32Array));
				documents[2]![0] = papers.length;
				writeFileSync(file, encodeIndexFile({...serialized, lunr: {...serialized.lunr, documents}}));
			},
		],
		[
			'built from other papers',
			(file: string) => writeFileSync(file, encodeIndexFile(buildSearchIndex(papers.slice(1)).serialize('arrays'))),
		],
	])('corrupt or stale (%s): builds again and rewrites the entry', (_name, damage) => {
		loadOrBuildIndex(papers, options);
		damage(cacheFileOf(cacheDir, papers));
		const again = loadOrBuildIndex(papers, options);
		expect(again.source).toBe('built');
		expect(matches(again.index)).toEqual(matches(buildSearchIndex(papers)));
		expect(loadOrBuildIndex(papers, options).source).toBe('cache');
	});

	it('changed papers are another key: a stale entry is never read for them', () => {
		loadOrBuildIndex(papers, options);
		const changed = papers.map((paper, index) => (index === 3 ? {...paper, abstract: `${paper.abstract} quantum`} : paper));
		expect(cacheFileOf(cacheDir, changed)).not.toBe(cacheFileOf(cacheDir, papers));
		expect(loadOrBuildIndex(changed, options).source).toBe('built');
	});

	it('a cache that cannot be written only means building', () => {
		const blocked = path.join(cacheDir, 'a-file');
		writeFileSync(blocked, '');
		const result = loadOrBuildIndex(papers, {cacheDir: path.join(blocked, 'cache')});
		expect(result.source).toBe('built');
		expect(matches(result.index)).toEqual(matches(buildSearchIndex(papers)));
	});

	it('is size-bounded: the least recently used entries (and stray temp files) go first', () => {
		const names = ['index-a.json', 'index-b.json', 'index-c.json', 'index-d.json.123-4.tmp'];
		for (const [age, name] of names.entries()) {
			writeFileSync(path.join(cacheDir, name), 'x'.repeat(100));
			const time = new Date(Date.now() - (names.length - age) * 60_000);
			utimesSync(path.join(cacheDir, name), time, time);
		}
		writeFileSync(path.join(cacheDir, 'not-ours.txt'), 'x'.repeat(1000));
		// Newest first: d (tmp), c, b fit in 300 bytes; a goes.
		evictOldEntries(cacheDir, 300);
		expect(readdirSync(cacheDir).sort()).toEqual(['index-b.json', 'index-c.json', 'index-d.json.123-4.tmp', 'not-ours.txt']);
		evictOldEntries(cacheDir, 150);
		expect(readdirSync(cacheDir).sort()).toEqual(['index-d.json.123-4.tmp', 'not-ours.txt']);
		expect(existsSync(path.join(cacheDir, 'not-ours.txt'))).toBe(true);
	});

	it('lives in PAPER_TUI_CACHE_DIR, else $XDG_CACHE_HOME/paper-tui, else ~/.cache/paper-tui', () => {
		expect(resolveCacheDir({PAPER_TUI_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x'})).toBe('/c');
		expect(resolveCacheDir({XDG_CACHE_HOME: '/x'})).toBe(path.join('/x', 'paper-tui'));
		expect(resolveCacheDir({})).toMatch(/\.cache[\\/]paper-tui$/);
	});
});
