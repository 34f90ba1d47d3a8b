import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixturesDirectory, parseJson, runCli, type PaperJson} from './run-cli.js';

const good = (name: string): string => path.join(fixturesDirectory, 'good', name);

async function listJson(...corpora: string[]): Promise<PaperJson[]> {
	const result = await runCli([...corpora.flatMap(corpus => ['--corpus', corpus]), 'list', '--json']);
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	return parseJson<PaperJson[]>(result);
}

describe('opening a user corpus with --corpus', () => {
	it('reads a JSON array with every field, and derives ids from titles unless given', async () => {
		const papers = await listJson(good('array.json'));
		expect(papers).toEqual([
			{
				id: 'sparse-adapters-for-continual-learning',
				title: 'Sparse Adapters for Continual Learning',
				authors: ['Ada Lovelace', 'Alan Turing'],
				year: 2023,
				url: 'https://example.org/sparse-adapters',
				links: ['https://example.org/sparse-adapters'],
				abstract: 'We study sparse adapters. They forget less than full fine-tuning.',
			},
			{
				id: 'rehearsal-free',
				title: 'Rehearsal-Free Replay',
				authors: ['Grace Hopper'],
				year: 2024,
				links: ['https://example.org/replay'],
				abstract: 'Replay without a buffer, evaluated on five benchmarks.',
			},
			{
				id: 'a-survey-of-model-merging',
				title: 'A Survey of Model Merging',
				authors: [],
				links: [],
				abstract: 'Merging weights of fine-tuned models.',
			},
		]);
	});

	it('reads an object with a "papers" array', async () => {
		const papers = await listJson(good('papers-object.json'));
		expect(papers.map(paper => [paper.id, paper.authors])).toEqual([
			['low-rank-experts', ['Edsger Dijkstra']],
			['prompt-tuning-at-scale', []],
		]);
	});

	it('reads JSON Lines, skipping blank lines', async () => {
		const papers = await listJson(good('papers.jsonl'));
		expect(papers.map(paper => paper.title)).toEqual([
			'Sparse Adapters for Continual Learning',
			'Orthogonal Subspace Updates',
			'Elastic Weight Consolidation Revisited',
		]);
		expect(papers[1]).toMatchObject({authors: ['Barbara Liskov'], year: 2022});
	});

	it('reads page text: titles followed by abstracts, page chrome skipped, links found in abstracts', async () => {
		const papers = await listJson(good('page.txt'));
		expect(papers.map(paper => paper.title)).toEqual([
			'Gradient Projection for Continual Instruction Tuning',
			'Task Vectors Without Interference',
		]);
		expect(papers[0]!.abstract).toMatch(/^Large language models forget earlier instructions/);
		expect(papers[0]!.links).toEqual(['https://example.org/gpm']);
	});

	it('searches and shows papers of a user corpus', async () => {
		const [search, show] = await Promise.all([
			runCli(['--corpus', good('page.txt'), 'search', 'interference', '--json']),
			runCli(['--corpus', good('array.json'), 'show', 'rehearsal-free']),
		]);
		expect(search.code).toBe(0);
		expect(parseJson<PaperJson[]>(search).map(paper => paper.id)).toEqual(['task-vectors-without-interference']);
		expect(show.code).toBe(0);
		expect(show.stdout).toMatch(/^Rehearsal-Free Replay\nGrace Hopper · 2024\nid: rehearsal-free\n/);
	});

	it('merges repeated --corpus files in order; the same title from a later file is one paper with the richer fields', async () => {
		const [first, second, merged] = await Promise.all([
			listJson(good('array.json')),
			listJson(good('papers.jsonl')),
			listJson(good('array.json'), good('papers.jsonl'), good('papers-object.json')),
		]);
		expect(merged).toHaveLength(first.length + second.length + 2 - 1);
		expect(new Set(merged.map(paper => paper.id)).size).toBe(merged.length);
		// array.json's is the richer of the two (a year, a url, a longer abstract), so it is kept whole.
		expect(merged.slice(0, first.length)).toEqual(first);
		expect(merged.filter(paper => paper.title === 'Sparse Adapters for Continual Learning')).toHaveLength(1);
	});

	it('gives the same ids every time the same file is loaded', async () => {
		const first = await listJson(good('papers.jsonl'), good('page.txt'));
		const second = await listJson(good('papers.jsonl'), good('page.txt'));
		expect(second.map(paper => paper.id)).toEqual(first.map(paper => paper.id));
	});

	it('reads the same file given twice as one set of papers', async () => {
		const papers = await listJson(good('papers-object.json'), good('papers-object.json'));
		expect(papers.map(paper => paper.id)).toEqual(['low-rank-experts', 'prompt-tuning-at-scale']);
	});
});
