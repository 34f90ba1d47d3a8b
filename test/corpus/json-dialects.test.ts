import {describe, expect, it} from 'vitest';
import {detectJsonDialect} from '../../src/corpus/json-dialects.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import type {Paper} from '../../src/types.js';

function load(name: string): {papers: Paper[]; notices: string[]} {
	const notices: string[] = [];
	const papers = loadCorpusFile(`test/fixtures/papers/${name}`, {onNotice: notice => notices.push(notice)});
	return {papers, notices};
}

const records = (...values: unknown[]) => values.map((value, index) => ({value, record: index + 1}));

describe('detectJsonDialect', () => {
	it.each([
		['Hugging Face daily papers: objects with a "paper"', records({paper: {id: '2106.09685', title: 'T'}}), 'hf-daily'],
		['CSL-JSON: an "author" list', records({title: 'T', author: [{family: 'F'}]}), 'csl-json'],
		['CSL-JSON: only "issued"', records({title: 'T', issued: {'date-parts': [[2020]]}}), 'csl-json'],
		['CSL-JSON: only "DOI"', records({title: 'T', DOI: '10.1/x'}), 'csl-json'],
		['this project\'s papers: "authors"', records({title: 'T', authors: ['A'], url: 'https://x.org'}), 'papers'],
		['this project\'s papers: a title only', records({title: 'T'}), 'papers'],
		['this project\'s papers: no objects', records(42), 'papers'],
	])('tells %s', (_what, input, dialect) => {
		expect(detectJsonDialect(input)).toBe(dialect);
	});
});

describe('CSL-JSON (test/fixtures/papers/zotero.json, a Zotero export)', () => {
	it('reads each item with a title, and skips the note without one with a counted notice', () => {
		const {papers, notices} = load('zotero.json');
		expect(papers.map(paper => paper.title)).toEqual([
			'LoRA: Low-Rank Adaptation of Large Language Models',
			'Scaling Laws for α-Divergence Training',
			'Graph Networks GNN Revisited',
		]);
		expect(notices).toEqual(['test/fixtures/papers/zotero.json: skipped 1 CSL-JSON entry that could not be read: record 3: no "title"']);
	});

	it('reads authors (given, particle, family, suffix; literal names), the year of date parts or a raw date, and leaves it out when date parts are empty', () => {
		const [lora, scaling, graph] = load('zotero.json').papers;
		expect(lora).toMatchObject({authors: ['Edward J. Hu', 'Yelong Shen'], year: 2021});
		expect(scaling!.authors).toEqual(['The BigScience Workshop', 'Jan van der Berg']);
		expect(scaling!.year).toBeUndefined();
		expect(graph).toMatchObject({authors: ['Ann Smith, Jr.'], year: 2019});
	});

	it('keeps the DOI, the arXiv id of an arXiv DOI, keywords, and the citation key (not a Zotero URI id)', () => {
		const [lora, scaling, graph] = load('zotero.json').papers;
		expect(lora).toMatchObject({
			doi: '10.48550/arXiv.2106.09685',
			arxivId: '2106.09685',
			keywords: ['Computer Science - Computation and Language', 'Computer Science - Machine Learning'],
			citationKey: 'hu2021lora',
		});
		expect(lora!.links.slice(0, 2)).toEqual(['https://arxiv.org/abs/2106.09685', 'https://doi.org/10.48550/arXiv.2106.09685']);
		expect(scaling).toMatchObject({doi: '10.1000/scaling.2022', links: ['https://doi.org/10.1000/scaling.2022']});
		expect(scaling!.citationKey).toBeUndefined();
		expect(graph!.citationKey).toBe('Smith2019');
	});
});

describe('Hugging Face daily papers (test/fixtures/papers/hf-daily.json)', () => {
	it('reads paper.title, summary, authors[].name, the year published and the arXiv id without version', () => {
		const {papers, notices} = load('hf-daily.json');
		expect(papers.map(({title, authors, year, arxivId}) => ({title, authors, year, arxivId}))).toEqual([
			{title: 'LoRA: Low-Rank Adaptation of Large Language Models', authors: ['Edward J. Hu', 'Yelong Shen'], year: 2021, arxivId: '2106.09685'},
			{title: 'Mixtral of Experts', authors: ['Albert Q. Jiang'], year: 2024, arxivId: '2401.04088'},
		]);
		expect(notices).toEqual([
			'test/fixtures/papers/hf-daily.json: skipped 1 Hugging Face daily papers entry that could not be read: record 3: no "paper.title"',
		]);
	});

	it('turns the math in summaries into Unicode, and links the arXiv abs page first, then the Hugging Face page', () => {
		const [lora] = load('hf-daily.json').papers;
		expect(lora!.abstract).toContain('reducing trainable parameters by 10⁴ times.');
		expect(lora!.links).toEqual(['https://arxiv.org/abs/2106.09685', 'https://huggingface.co/papers/2106.09685']);
	});
});
