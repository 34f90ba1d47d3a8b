import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../../src/search/search-index.js';
import {loadBuiltinCorpus} from './builtin-corpus.js';

const papers = loadBuiltinCorpus();
const index = buildSearchIndex(papers);
const titlesFor = (query: string) => index.search(query).map(hit => papers[hit.index]?.title ?? '');

const CATASTROPHIC = 'Understanding Catastrophic Forgetting in Language Models via Implicit Inference';
const LORAMOE = 'LoRAMoE: Revolutionizing Mixture of Experts for Maintaining World Knowledge in Language Model Alignment';

describe('search on the built-in corpus', () => {
	it('has the 77 built-in papers', () => {
		expect(papers).toHaveLength(77);
	});

	it('ranks the catastrophic forgetting paper first for "catastrophic forgetting"', () => {
		expect(titlesFor('catastrophic forgetting')[0]).toBe(CATASTROPHIC);
	});

	it('ranks LoRAMoE in the top 3 for "lora moe"', () => {
		expect(titlesFor('lora moe').slice(0, 3)).toContain(LORAMOE);
	});

	it('finds the catastrophic forgetting paper from "cata", ranked first', () => {
		expect(titlesFor('cata')[0]).toBe(CATASTROPHIC);
	});

	it('finds the LoRA papers for "lora"', () => {
		const titles = titlesFor('lora');
		expect(titles).toContain(LORAMOE);
		expect(titles).toContain('In-Context Meta LoRA Generation');
		for (const title of titles.slice(0, 2)) expect(title).toMatch(/lora/i);
	});

	const learningPapers = papers.filter(paper => /\blearning\b/i.test(`${paper.title} ${paper.abstract}`)).length;
	it.each(['learn', 'learnin', 'learning'])('finds every paper with "learning" for %j', query => {
		expect(learningPapers).toBeGreaterThan(10);
		const found = new Set(titlesFor(query));
		for (const paper of papers) {
			if (/\blearning\b/i.test(`${paper.title} ${paper.abstract}`)) expect(found).toContain(paper.title);
		}
	});

	it('finds the catastrophic forgetting paper despite a typo, ranked first', () => {
		expect(titlesFor('catastrophc forgetting')[0]).toBe(CATASTROPHIC);
	});

	it('keeps every typed keystroke of a query answering', () => {
		const query = 'lora moe experts';
		for (let length = 0; length <= query.length; length++) {
			expect(Array.isArray(index.search(query.slice(0, length)))).toBe(true);
		}
		expect(titlesFor(query)[0]).toBe(LORAMOE);
	});
});
