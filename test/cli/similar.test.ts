import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Paper} from '../../src/types.js';
import {buildSearchIndex, findSimilarPapers} from '../../src/search/index.js';
import {linesOf, parseJson, repoRoot, runCli, type PaperJson} from './run-cli.js';

const papers = JSON.parse(readFileSync(path.join(repoRoot, 'corpus', 'papers.json'), 'utf8')) as Paper[];
const index = buildSearchIndex(papers);
const paper = papers[7]!;

describe('`paper-tui similar ID`', () => {
	it('lists the papers most like ID, most similar first, without it: what the explorer’s m shows', async () => {
		const result = await runCli(['similar', paper.id, '--json', '--limit', '5']);
		expect(result.code).toBe(0);
		const records = parseJson<Array<PaperJson & {rank: number}>>(result);
		const expected = findSimilarPapers(index, papers, 7, 5).map(hit => papers[hit.index]!.id);
		expect(records.map(record => record.id)).toEqual(expected);
		expect(records.map(record => record.rank)).toEqual([1, 2, 3, 4, 5]);
		expect(records.map(record => record.id)).not.toContain(paper.id);
	});

	it('lists 10 by default, numbered, in text', async () => {
		const result = await runCli(['similar', paper.id]);
		expect(result.code).toBe(0);
		const expected = findSimilarPapers(index, papers, 7, 10).map(hit => papers[hit.index]!.title);
		expect(expected).toHaveLength(10);
		const numbered = linesOf(result.stdout).filter(line => /^\s*\d+\.\s/.test(line));
		expect(numbered).toHaveLength(10);
		expect(numbered[0]).toContain(expected[0]!.slice(0, 30));
	});

	it('names an unknown id in one line and exits 2', async () => {
		const result = await runCli(['similar', 'no-such-paper']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(linesOf(result.stderr)).toEqual([
			'paper-tui: no paper with id `no-such-paper` in the corpus; find ids with paper-tui list or search',
		]);
	});

	it('refuses a missing id and a bad limit with the usage line, exit 2', async () => {
		for (const args of [['similar'], ['similar', paper.id, '--limit', '0']]) {
			const result = await runCli(args);
			expect(result.code, args.join(' ')).toBe(2);
			expect(linesOf(result.stderr)).toHaveLength(2);
		}
	});
});
