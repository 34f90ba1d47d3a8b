import {describe, expect, it} from 'vitest';
import {compoundParts} from '../../src/search/compound-parts.js';
import {foldWord} from '../../src/search/fold-word.js';
import {MAX_WORD_LENGTH, tokenizeText} from '../../src/search/tokenize-text.js';

describe('foldWord', () => {
	const cases: Array<[behaviour: string, input: string, folded: string]> = [
		['lowers case', 'LoRA', 'lora'],
		['drops precomposed diacritics', 'naïve', 'naive'],
		['drops combining diacritics', 'Mu\u0308ller', 'muller'],
		['spells out letters without a decomposition', 'Straße Øresund Łódź', 'strasseoresundlodz'],
		['expands compatibility ligatures and full-width letters', 'ﬁne ＬＯＲＡ', 'finelora'],
		['keeps non-Latin letters', '日本語', '日本語'],
		['drops everything that is not a letter or digit', "it's", 'its'],
	];
	it.each(cases)('%s: %j → %j', (_behaviour, input, folded) => {
		expect(foldWord(input)).toBe(folded);
	});
});

describe('tokenizeText', () => {
	it('returns folded words with their spans in the original text', () => {
		const text = 'Naïve  LoRA: fine-tuning';
		expect(tokenizeText(text)).toEqual([
			{word: 'naive', start: 0, end: 5},
			{word: 'lora', start: 7, end: 11},
			{word: 'fine', start: 13, end: 17},
			{word: 'tuning', start: 18, end: 24},
		]);
	});

	it('keeps spans in code units when a word is decomposed', () => {
		expect(tokenizeText('Mu\u0308ller et al')[0]).toEqual({word: 'muller', start: 0, end: 7});
	});

	it('skips runs longer than MAX_WORD_LENGTH', () => {
		expect(tokenizeText(`${'x'.repeat(MAX_WORD_LENGTH + 1)} ok`).map(token => token.word)).toEqual(['ok']);
	});

	it('finds nothing in symbols, emoji, joined emoji and lone surrogates', () => {
		expect(tokenizeText('🙂 👩\u200d🔬 *** \ud800 \u0000 ~^:')).toEqual([]);
	});

	it('keeps a soft hyphen inside its word and spans it', () => {
		expect(tokenizeText('lan\u00adguage')).toEqual([{word: 'language', start: 0, end: 9}]);
	});
});

describe('compoundParts', () => {
	const partsOf = (text: string) => compoundParts(text, tokenizeText(text)).map(part => `${part.word}@${text.slice(part.start, part.end)}`);

	const cases: Array<[behaviour: string, text: string, expected: string[]]> = [
		['a lower-case word has no parts', 'learning', []],
		['CamelCase splits into words', 'AnyTaskTune', ['any@Any', 'anytask@AnyTask', 'task@Task', 'tasktune@TaskTune', 'tune@Tune']],
		[
			'an acronym before a capitalised word ends where the word starts',
			'LoRAMoE',
			['lo@Lo', 'lora@LoRA', 'loramo@LoRAMo', 'ra@RA', 'ramo@RAMo', 'ramoe@RAMoE', 'mo@Mo', 'moe@MoE'],
		],
		['a plural acronym stays whole', 'LLMs', []],
		['letters and digits split', 'GPT4', ['gpt@GPT']],
		['hyphenated words are also joined', 'fine-tuning', ['finetuning@fine-tuning']],
		[
			'long hyphen chains join up to four words',
			'a-b-c-d-e',
			['ab@a-b', 'abc@a-b-c', 'abcd@a-b-c-d', 'bc@b-c', 'bcd@b-c-d', 'bcde@b-c-d-e', 'cd@c-d', 'cde@c-d-e', 'de@d-e'],
		],
		['words separated by spaces are not joined', 'fine - tuning', []],
	];
	it.each(cases)('%s: %j', (_behaviour, text, expected) => {
		expect(partsOf(text)).toEqual(expected);
	});
});
