import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {readBuiltinCorpus} from '../../src/corpus/read-builtin-corpus.js';

// The real search module, with buildSearchIndex watched.
vi.mock('../../src/search/index.js', async importOriginal => {
	const original = await importOriginal<typeof import('../../src/search/index.js')>();
	return {...original, buildSearchIndex: vi.fn(original.buildSearchIndex)};
});

const {buildSearchIndex} = await import('../../src/search/index.js');
const {createServices} = await import('../../src/explorer/create-services.js');

const papers = readBuiltinCorpus(path.join(import.meta.dirname, '../../corpus/papers.json'));
const build = vi.mocked(buildSearchIndex);

describe("the explorer's search service and the prebuilt index", () => {
	let directory: string;
	let indexFile: string;
	beforeEach(() => {
		directory = mkdtempSync(path.join(tmpdir(), 'paper-tui-index-'));
		indexFile = path.join(directory, 'index.json');
		build.mockClear();
	});
	afterEach(() => {
		rmSync(directory, {recursive: true, force: true});
	});

	const loadSearch = (searchIndexFile: string | undefined, corpus = papers) =>
		createServices(corpus, {configDir: directory, env: {}, stdout: process.stdout, searchIndexFile}).services.loadSearch();

	it('loads the index the build wrote instead of building one, and finds the same papers', async () => {
		writeFileSync(indexFile, JSON.stringify(buildSearchIndex(papers).serialize()));
		build.mockClear();
		const loaded = await loadSearch(indexFile);
		expect(build).not.toHaveBeenCalled();
		const built = await loadSearch(undefined);
		expect(build).toHaveBeenCalledTimes(1);
		for (const query of ['lora', 'catastrophic forgetting', 'title:math', 'instruct -tuning']) {
			expect((await loaded.run(query))?.matches).toEqual((await built.run(query))?.matches);
		}
		expect((await loaded.run('lora'))!.matches.length).toBeGreaterThan(0);
	});

	it.each([
		['missing', () => {}],
		['not JSON', (file: string) => writeFileSync(file, '{"format":')],
		['from other papers', (file: string) => writeFileSync(file, JSON.stringify(buildSearchIndex(papers.slice(1)).serialize()))],
	])('builds the index when the file is %s, and search works', async (_name, prepare) => {
		prepare(indexFile);
		build.mockClear();
		const engine = await loadSearch(indexFile);
		expect(build).toHaveBeenCalledTimes(1);
		expect((await engine.run('lora'))!.matches.length).toBeGreaterThan(0);
	});
});
