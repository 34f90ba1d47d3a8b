import {describe, expect, it} from 'vitest';
import {generatePapers} from '../../scripts/generate-corpus.js';
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

describe('tokenizeText on ASCII text (its fast path)', () => {
	/** The general path: the word pattern and `foldWord`, as for any text. */
	const WORD_RUN = /[\p{L}\p{N}\p{M}\p{Cf}]+(?:['’][\p{L}\p{N}\p{M}\p{Cf}]+)*/gu;
	const byPattern = (text: string) =>
		[...text.matchAll(WORD_RUN)]
			.map(match => ({word: foldWord(match[0]), start: match.index, end: match.index + match[0].length}))
			.filter(token => token.word.length > 0 && token.word.length <= MAX_WORD_LENGTH);

	const texts = [
		'',
		'   ',
		"Giant's shoulders, rock'n'roll, it's -- 'quoted' words' end",
		"a'' b'c' 'd e'f'g",
		'GPT4 LoRAMoE fine-tuning state-of-the-art x86_64 3.14 1e-9 C++ F#',
		`${'a'.repeat(MAX_WORD_LENGTH)} ${'b'.repeat(MAX_WORD_LENGTH + 1)} ${'c'.repeat(30)}'${'d'.repeat(30)}`,
		'[brackets] {braces} (parens) <tags> @at #hash $dollar %percent ^caret &and *star |pipe ~tilde `tick`',
		'\u0000\u0001\t\nTabs\tand\nnewlines\r\ncontrol\u007fchars',
		...[...generatePapers(30, 3)].flatMap(paper => [paper.title, paper.abstract]),
	];
	it.each(texts.map(text => [text.slice(0, 40), text]))('%j gives the same words and spans as the general path', (_name, text) => {
		expect(tokenizeText(text)).toEqual(byPattern(text));
	});
});
