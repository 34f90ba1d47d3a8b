import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {linesOf, parseJson, repoRoot, runCli, stackTraceLine, temporaryDirectory, type PaperJson} from './run-cli.js';

const papersFixture = (name: string): string => path.join(repoRoot, 'test', 'fixtures', 'papers', name);
const REFS = papersFixture('refs.bib');
const SKIPPED_NOTICE = `paper-tui: ${REFS}:37: skipped 2 BibTeX entries that could not be read (the first): Unterminated brace-value`;

describe('--corpus with a BibTeX file (the parser from its own bundle)', () => {
	it('lists its papers and says, in one line, how many entries it skipped', async () => {
		const result = await runCli(['--corpus', REFS, 'list']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('1. Attention Is All You Need\n   id: attention-is-all-you-need');
		expect(result.stdout).toContain('2. α-Tuning of BERT with O(n²) Memory: a Case Study');
		expect(linesOf(result.stderr)).toHaveLength(1);
		expect(result.stderr.startsWith(SKIPPED_NOTICE)).toBe(true);
		expect(result.stderr).not.toMatch(stackTraceLine);
	});

	it('shows a paper as JSON with its DOI, arXiv id, keywords and entry key in the documented order', async () => {
		const result = await runCli(['--corpus', REFS, 'show', 'attention-is-all-you-need', '--json']);
		expect(result.code).toBe(0);
		const paper = parseJson<PaperJson & Record<string, unknown>>(result);
		expect(Object.keys(paper)).toEqual(['id', 'title', 'authors', 'year', 'arxivId', 'links', 'keywords', 'citationKey', 'abstract']);
		expect(paper).toMatchObject({
			authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
			year: 2017,
			arxivId: '1706.03762',
			links: ['https://arxiv.org/abs/1706.03762'],
			keywords: ['attention', 'transformers'],
			citationKey: 'vaswani2017attention',
		});
	});

	it('shows a paper (here from an Atom feed) as text with its arXiv id and version, DOI, journal reference and updated date under the authors', async () => {
		const result = await runCli([
			'--corpus',
			papersFixture('arxiv.atom'),
			'show',
			'qlora-efficient-finetuning-of-quantized-llms-with-mathcal-o',
		]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(
			/\nTim Dettmers · 2023\narXiv 2305\.14314v1 · DOI 10\.5555\/qlora\.2023 · NeurIPS 2023 · updated 2023-05-23\nid: qlora-efficient/,
		);
	});

	it('searches its titles and abstracts', async () => {
		const result = await runCli(['--corpus', REFS, 'search', 'low-rank', '--json']);
		expect(result.code).toBe(0);
		expect(parseJson<PaperJson[]>(result).map(paper => paper.id)).toEqual(['lora-low-rank-adaptation-of-large-language-models']);
	});

	it('exits 2 with one line naming the file when it matches no format', async () => {
		const result = await runCli(['--corpus', papersFixture('not-a-corpus.bib'), 'list']);
		expect(result.code).toBe(2);
		expect(linesOf(result.stderr)).toEqual([
			`paper-tui: ${papersFixture('not-a-corpus.bib')}: matches no corpus format (tried BibTeX, arXiv Atom, CSL-JSON, Hugging Face daily papers, JSON, JSON Lines, page text): no line starts a BibTeX entry such as @article{key,`,
		]);
	});
});

describe('--corpus with JSON from elsewhere, recognised by content', () => {
	it.each([
		[
			'a CSL-JSON export (Zotero)',
			'zotero.json',
			['lora-low-rank-adaptation-of-large-language-models', 'scaling-laws-for-divergence-training', 'graph-networks-gnn-revisited'],
			'CSL-JSON',
		],
		[
			'Hugging Face daily papers',
			'hf-daily.json',
			['lora-low-rank-adaptation-of-large-language-models', 'mixtral-of-experts'],
			'Hugging Face daily papers',
		],
	])('lists %s, with one notice for the item it skipped', async (_what, name, ids, kind) => {
		const result = await runCli(['--corpus', papersFixture(name), 'list', '--json']);
		expect(result.code).toBe(0);
		expect(parseJson<PaperJson[]>(result).map(paper => paper.id)).toEqual(ids);
		expect(linesOf(result.stderr)).toEqual([
			expect.stringContaining(`paper-tui: ${papersFixture(name)}: skipped 1 ${kind} entry that could not be read: record 3: no`),
		]);
	});
});

describe('--corpus with an arXiv API Atom feed', () => {
	it('shows a paper with its arXiv id, DOI and categories', async () => {
		const result = await runCli([
			'--corpus',
			papersFixture('arxiv.atom'),
			'show',
			'qlora-efficient-finetuning-of-quantized-llms-with-mathcal-o',
			'--json',
		]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(parseJson<Record<string, unknown>>(result)).toMatchObject({
			year: 2023,
			doi: '10.5555/qlora.2023',
			arxivId: '2305.14314',
			links: ['https://arxiv.org/abs/2305.14314', 'https://doi.org/10.5555/qlora.2023', 'http://arxiv.org/pdf/2305.14314v1'],
			keywords: ['cs.LG'],
		});
	});

	it('exits 2 with one line at line:column for a feed that is not well-formed XML', async () => {
		const result = await runCli(['--corpus', papersFixture('truncated.atom'), 'list']);
		expect(result.code).toBe(2);
		expect(linesOf(result.stderr)).toEqual([
			expect.stringMatching(new RegExp(`^paper-tui: ${papersFixture('truncated.atom')}:\\d+:\\d+: invalid XML: `)),
		]);
	});
});

describe('--corpus with all four formats together', () => {
	const all = ['refs.bib', 'arxiv.atom', 'zotero.json', 'hf-daily.json'].flatMap(name => ['--corpus', papersFixture(name)]);

	it('lists the merged papers once each, a paper found in several files as one', async () => {
		const result = await runCli([...all, 'list', '--json']);
		expect(result.code).toBe(0);
		const papers = parseJson<Array<PaperJson & {arxivId?: string}>>(result);
		expect(papers).toHaveLength(8);
		expect(papers.filter(paper => paper.arxivId === '2106.09685').map(paper => paper.id)).toEqual([
			'lora-low-rank-adaptation-of-large-language-models',
		]);
		expect(linesOf(result.stderr)).toHaveLength(3);
	});

	it('searches across them', async () => {
		const result = await runCli([...all, 'search', 'mixtral', '--json']);
		expect(result.code).toBe(0);
		expect(parseJson<PaperJson[]>(result).map(paper => paper.id)).toEqual(['mixtral-of-experts']);
	});
});

describe('bookmarks saved under an id that merging changed', () => {
	const directory = temporaryDirectory();
	const write = (name: string, ...papers: object[]) => {
		const file = path.join(directory, name);
		writeFileSync(file, papers.map(paper => `${JSON.stringify(paper)}\n`).join(''));
		return file;
	};

	const first = write('first.jsonl', {title: 'Shared Paper', abstract: 'Short.'});
	const second = write('second.jsonl', {title: 'Shared Paper', abstract: 'The longer abstract.'}, {title: 'Only Second'});
	// The id the repeated title had before the same paper from two files became one paper.
	const before = write('before.jsonl', {id: 'shared-paper-2', title: 'Shared Paper'});

	it('are matched to the paper that has it now, in bookmarks list and export', async () => {
		const configDir = temporaryDirectory();
		expect((await runCli(['--corpus', before, 'bookmarks', 'add', 'shared-paper-2'], {configDir})).code).toBe(0);
		const listed = await runCli(['--corpus', first, '--corpus', second, 'bookmarks', 'list'], {configDir});
		expect(listed.code).toBe(0);
		expect(listed.stdout).toContain('id: shared-paper-2  added:');
		expect(listed.stdout).not.toContain('(not in this corpus)');
		const exported = await runCli(['--corpus', first, '--corpus', second, 'bookmarks', 'export', '--format', 'json'], {configDir});
		expect(parseJson<Array<Record<string, unknown>>>(exported)).toEqual([
			expect.objectContaining({id: 'shared-paper-2', title: 'Shared Paper', abstract: 'The longer abstract.'}),
		]);
		const withoutMerge = await runCli(['--corpus', second, 'bookmarks', 'list'], {configDir});
		expect(withoutMerge.stdout).toContain('(not in this corpus)');
	});

	it('bookmarks add takes the old id and saves the current one', async () => {
		const configDir = temporaryDirectory();
		expect((await runCli(['--corpus', first, '--corpus', second, 'bookmarks', 'add', 'shared-paper-2'], {configDir})).code).toBe(0);
		const listed = await runCli(['--corpus', first, '--corpus', second, 'bookmarks', 'list', '--json'], {configDir});
		expect(parseJson<Array<{id: string}>>(listed).map(bookmark => bookmark.id)).toEqual(['shared-paper']);
	});
});
