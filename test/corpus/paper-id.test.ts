import {describe, expect, it} from 'vitest';
import {assignUniqueIds, baseId, MAX_TITLE_SLUG_LENGTH, slugify} from '../../src/corpus/paper-id.js';

const slugCases: ReadonlyArray<readonly [behaviour: string, text: string, slug: string]> = [
	['lowercases and joins words with hyphens', 'Attention Is All You Need', 'attention-is-all-you-need'],
	['collapses punctuation runs', 'LoRA: Low-Rank  Adaptation (of LLMs)!', 'lora-low-rank-adaptation-of-llms'],
	['strips diacritics', 'Réseaux de Neurones à Élagage', 'reseaux-de-neurones-a-elagage'],
	['transliterates letters NFKD keeps', 'Straße Łódź Ørsted Æther', 'strasse-lodz-orsted-aether'],
	['folds compatibility forms', 'ﬁne-tuning ² Ｆｕｌｌ', 'fine-tuning-2-full'],
	['drops apostrophes inside words', "Don't Stop Pretraining: Giant’s Shoulders", 'dont-stop-pretraining-giants-shoulders'],
	['returns an empty slug for non-Latin text', '大型语言模型', ''],
];

describe('slugify', () => {
	it.each(slugCases)('%s', (_behaviour, text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it('takes the same steps for plain ASCII text as for any text (its shortcut is only faster)', () => {
		// The steps as documented, for any text: NFKD, marks removed, apostrophes dropped, lower case, runs joined.
		const documented = (text: string) =>
			text
				.normalize('NFKD')
				.replace(/\p{M}/gu, '')
				.replace(/['’]/g, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '');
		const alphabet = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
		let seed = 7;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		for (let run = 0; run < 2000; run++) {
			const text = Array.from({length: Math.floor(random() * 40)}, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
			expect(slugify(text), JSON.stringify(text)).toBe(documented(text));
		}
	});
});

const longTitle =
	'Understanding Catastrophic Forgetting in Language Models via Implicit Inference';

const baseIdCases: ReadonlyArray<readonly [behaviour: string, title: string, givenId: string | undefined, id: string]> = [
	['derives the id from the title', 'Language Models are Few-Shot Learners', undefined, 'language-models-are-few-shot-learners'],
	['cuts a long title slug at a word boundary', longTitle, undefined, 'understanding-catastrophic-forgetting-in-language-models-via'],
	['cuts one very long word at the limit', 'a'.repeat(80), undefined, 'a'.repeat(MAX_TITLE_SLUG_LENGTH)],
	['falls back to "paper" when the title has no Latin letters', '大型语言模型', undefined, 'paper'],
	['keeps a given id in the slug alphabet', 'Anything', 'arXiv:1706.03762', 'arxiv-1706-03762'],
	['does not shorten a given id', 'Anything', 'x'.repeat(80), 'x'.repeat(80)],
	['falls back to the title when the given id slugs to nothing', 'Title Here', '!!!', 'title-here'],
];

describe('baseId', () => {
	it.each(baseIdCases)('%s', (_behaviour, title, givenId, id) => {
		expect(baseId(title, givenId)).toBe(id);
	});

	it('never exceeds the limit for a title slug', () => {
		expect(baseId(longTitle).length).toBeLessThanOrEqual(MAX_TITLE_SLUG_LENGTH);
	});
});

const uniqueCases: ReadonlyArray<readonly [behaviour: string, bases: readonly string[], ids: readonly string[]]> = [
	['keeps distinct ids', ['a', 'b'], ['a', 'b']],
	['suffixes repeats in order of appearance', ['a', 'a', 'b', 'a'], ['a', 'a-2', 'b', 'a-3']],
	['skips a suffix that is already taken', ['a-2', 'a', 'a'], ['a-2', 'a', 'a-3']],
	['suffixes a base that collides with an earlier suffix', ['a', 'a', 'a-2'], ['a', 'a-2', 'a-2-2']],
];

describe('assignUniqueIds', () => {
	it.each(uniqueCases)('%s', (_behaviour, bases, ids) => {
		expect(assignUniqueIds(bases)).toEqual(ids);
	});

	it('gives the same ids on every run', () => {
		const bases = ['x', 'y', 'x', 'x', 'y'];
		expect(assignUniqueIds(bases)).toEqual(assignUniqueIds([...bases]));
	});

	it('keeps the ids of a list when more ids are appended', () => {
		const first = ['x', 'y', 'x'];
		expect(assignUniqueIds([...first, 'x', 'y']).slice(0, first.length)).toEqual(assignUniqueIds(first));
	});
});
