import {describe, expect, it} from 'vitest';
import {loadCorpora} from '../../src/corpus/load-corpus.js';
import {mergeFiles} from '../../src/corpus/merge-papers.js';
import {draftPaper, type PaperFields} from '../../src/corpus/paper-draft.js';

const draft = (fields: Partial<PaperFields> & {title: string}) => draftPaper({abstract: '', authors: [], links: [], ...fields});
const titles = (files: Parameters<typeof mergeFiles>[0]) => mergeFiles(files).map(paper => paper.title);

describe('mergeFiles: the same paper from two files is one paper', () => {
	it('joins by DOI, whatever its case, even when the titles differ', () => {
		expect(titles([[draft({title: 'A', doi: '10.1/ABC'})], [draft({title: 'A (extended)', doi: '10.1/abc'})]])).toEqual(['A']);
	});

	it('joins by arXiv id, even when the titles differ', () => {
		expect(titles([[draft({title: 'LoRA', arxivId: '2106.09685'})], [draft({title: 'LoRA: Low-Rank Adaptation', arxivId: '2106.09685'})]])).toEqual(['LoRA']);
	});

	it('joins by title, ignoring case, accents and punctuation', () => {
		expect(titles([[draft({title: 'Über Attention: A Study'})], [draft({title: 'uber attention — a study'})]])).toEqual(['Über Attention: A Study']);
	});

	it.each([
		['DOIs', {doi: '10.1/a'}, {doi: '10.1/b'}],
		['arXiv ids', {arxivId: '2101.00001'}, {arxivId: '2101.00002'}],
		['years', {year: 2020}, {year: 2021}],
	])('keeps two papers with the same title apart when their %s differ', (_what, first, second) => {
		expect(titles([[draft({title: 'Same', ...first})], [draft({title: 'Same', ...second})]])).toEqual(['Same', 'Same']);
	});

	it('never joins papers of the same file', () => {
		expect(titles([[draft({title: 'Same'}), draft({title: 'Same'})]])).toEqual(['Same', 'Same']);
	});

	it('keeps the first place, title and id, and the richest of the other fields, canonical links first', () => {
		const [joined] = mergeFiles([
			[draft({title: 'LoRA', authors: ['Hu'], abstract: 'Short.', keywords: ['a'], citationKey: 'hu2021', url: 'https://example.org/lora'})],
			[draft({title: 'LoRA', authors: ['Hu', 'Shen'], abstract: 'A longer abstract.', year: 2021, doi: '10.1/lora', arxivId: '2106.09685', keywords: ['a', 'b']})],
		]);
		expect(joined).toEqual({
			baseId: 'lora',
			title: 'LoRA',
			abstract: 'A longer abstract.',
			authors: ['Hu', 'Shen'],
			year: 2021,
			url: 'https://example.org/lora',
			links: ['https://arxiv.org/abs/2106.09685', 'https://doi.org/10.1/lora', 'https://example.org/lora'],
			doi: '10.1/lora',
			arxivId: '2106.09685',
			keywords: ['a', 'b'],
			citationKey: 'hu2021',
		});
	});
});

describe('all four formats together', () => {
	it('opens as one corpus: LoRA, in all four files, is one paper with the fields of each', () => {
		const files = ['refs.bib', 'arxiv.atom', 'zotero.json', 'hf-daily.json'].map(name => `test/fixtures/papers/${name}`);
		const papers = loadCorpora(files, {onNotice() {}});
		// 3 BibTeX + 3 Atom + 3 CSL + 2 Hugging Face papers, LoRA counted once instead of four times.
		expect(papers).toHaveLength(8);
		const lora = papers.filter(paper => paper.arxivId === '2106.09685');
		expect(lora).toHaveLength(1);
		expect(lora[0]).toMatchObject({
			id: 'lora-low-rank-adaptation-of-large-language-models',
			citationKey: 'lora2021',
			doi: '10.48550/arXiv.2106.09685',
			authors: ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis'],
		});
		expect(lora[0]!.links.slice(0, 2)).toEqual(['https://arxiv.org/abs/2106.09685', 'https://doi.org/10.48550/arXiv.2106.09685']);
		expect(lora[0]!.links).toContain('https://huggingface.co/papers/2106.09685');
	});
});
