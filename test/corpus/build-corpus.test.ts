import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {serializeCorpus} from '../../src/corpus/serialize-corpus.js';
import {repositoryRoot, seedMissingReason, seedPath} from './seed-path.js';

const builtInCorpus = resolve(repositoryRoot, 'corpus/papers.json');

describe('the built-in corpus', () => {
	it('holds 77 papers with unique ids, abstracts and the seed links', () => {
		const papers = loadCorpusFile(builtInCorpus);
		expect(papers).toHaveLength(77);
		expect(new Set(papers.map((paper) => paper.id)).size).toBe(77);
		expect(papers.every((paper) => paper.abstract !== '')).toBe(true);
		const links = papers.flatMap((paper) => paper.links);
		expect(links).toContain('https://github.com/PandaVT/DataTager');
		expect(links).toContain('https://github.com/Facico/Dynamic-Logit-Fusion');
		expect(links.some((link) => /[.,;:)]$/.test(link))).toBe(false);
	});

	it('is written in its canonical form, so it loads and serialises back to the same bytes', () => {
		const text = readFileSync(builtInCorpus, 'utf8');
		expect(serializeCorpus(loadCorpusFile(builtInCorpus))).toBe(text);
	});

	it('loads to exactly the papers of the seed page text', ({skip}) => {
		skip(seedMissingReason !== undefined, seedMissingReason);
		expect(loadCorpusFile(builtInCorpus)).toEqual(loadCorpusFile(seedPath));
	});

	it('is reproduced byte for byte by scripts/build-corpus.ts from the seed', ({skip}) => {
		skip(seedMissingReason !== undefined, seedMissingReason);
		const directory = mkdtempSync(join(tmpdir(), 'paper-tui-build-corpus-'));
		try {
			const output = join(directory, 'nested', 'papers.json');
			execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-corpus.ts', seedPath, output], {
				cwd: repositoryRoot,
				stdio: 'pipe',
			});
			expect(readFileSync(output, 'utf8')).toBe(readFileSync(builtInCorpus, 'utf8'));
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});

	it('makes the build script fail with the loader message for a bad seed', () => {
		const directory = mkdtempSync(join(tmpdir(), 'paper-tui-build-corpus-'));
		try {
			const missing = join(directory, 'missing.txt');
			let stderr = '';
			try {
				execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-corpus.ts', missing, join(directory, 'out.json')], {
					cwd: repositoryRoot,
					stdio: 'pipe',
				});
			} catch (error) {
				stderr = String((error as {stderr: Buffer}).stderr);
			}

			expect(stderr).toBe(`build-corpus: ${missing}: no such file; check the path\n`);
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});
});
