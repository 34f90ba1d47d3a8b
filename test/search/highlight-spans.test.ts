import {describe, expect, it} from 'vitest';
import {createHighlighter, highlightSpans} from '../../src/search/highlight-spans.js';

/** The highlighted substrings, for readable expectations. */
const highlighted = (query: string, text: string, field?: 'title' | 'authors' | 'abstract') =>
	highlightSpans(query, text, field).map(span => text.slice(span.start, span.end));

describe('highlightSpans', () => {
	const cases: Array<[behaviour: string, query: string, text: string, parts: string[]]> = [
		['a blank query highlights nothing', '  ', 'Learning to rank', []],
		['every form of a stemmed word', 'learning ', 'Learn, learned and learning', ['Learn', 'learned', 'learning']],
		[
			'not a word the stemmer reaches too far',
			'generative ',
			'Generalization of generated and generative models',
			['generated', 'generative'],
		],
		['not a shorter word of the same stem', 'generative ', 'General theory', []],
		['words starting with the word being typed', 'cata', 'Catastrophic forgetting of cats', ['Catastrophic']],
		['a stem shorter than the word being typed', 'learnin', 'Learning to learn', ['Learning']],
		['no prefix for 2 letters', 'ca', 'Catastrophic forgetting', []],
		['no prefix for a finished word', 'cata ', 'Catastrophic forgetting', []],
		['a one-letter typo of a 5+ letter word', 'forgeting ', 'Catastrophic forgetting', ['forgetting']],
		['a word one edit from a typo', 'catastrophc ', 'Catastrophic forgetting', ['Catastrophic']],
		['accented text for an unaccented query', 'naive muller ', 'Naïve Bayes by Mu\u0308ller', ['Naïve', 'Mu\u0308ller']],
		['not excluded words', 'bayes -naive ', 'Naïve Bayes', ['Bayes']],
		['the part of a compound that matches', 'lora ', 'LoRAMoE and QLoRA', ['LoRA', 'LoRA']],
		['overlapping parts merged into one range', 'lora moe ', 'LoRAMoE', ['LoRAMoE']],
		['a hyphenated word for its joined form', 'finetuning ', 'Fine-tuning works', ['Fine-tuning']],
		['no stop words, even as a prefix', 'the', 'The theory of them', ['theory']],
		['operators and quotes are plain text', '"graph" +title:graph~1', 'Graph rewriting', ['Graph']],
	];
	it.each(cases)('%s: %j in %j', (_behaviour, query, text, parts) => {
		expect(highlighted(query, text)).toEqual(parts);
	});

	it('skips words restricted to another field when given a field', () => {
		expect(highlighted('title:graph rewriting ', 'Graph rewriting', 'abstract')).toEqual(['rewriting']);
		expect(highlighted('title:graph rewriting ', 'Graph rewriting', 'title')).toEqual(['Graph', 'rewriting']);
	});

	it('returns sorted, non-overlapping ranges', () => {
		const spans = highlightSpans('lora moe lo', 'LoRAMoE, MoE, LoRA-MoE and moe');
		for (let position = 1; position < spans.length; position++) {
			expect(spans[position]?.start).toBeGreaterThan(spans[position - 1]?.end ?? 0);
		}
	});
});

describe('createHighlighter', () => {
	it('gives the same ranges as highlightSpans for every text', () => {
		const highlight = createHighlighter('graph reas');
		for (const text of ['Graph reasoning', 'Reasons for graphs', 'nothing here']) {
			expect(highlight(text)).toEqual(highlightSpans('graph reas', text));
		}
	});
});
