import {describe, expect, it} from 'vitest';
import {buildSearchIndex, loadSearchIndex, serializeSearchIndex} from '../../src/search/search-index.js';
import {FIXTURE_PAPERS, fixturePaper} from './fixture-papers.js';

const index = buildSearchIndex(FIXTURE_PAPERS);
const titlesFor = (query: string, limit?: number) => index.search(query, limit).map(hit => FIXTURE_PAPERS[hit.index]?.title);

describe('SearchIndex.search: which papers match', () => {
	const cases: Array<[behaviour: string, query: string, titles: string[]]> = [
		['a stemmed word matches its other forms', 'compiler ', ['Reasoning about programs']],
		[
			'the word being typed matches as a prefix from 3 letters',
			'reas',
			['Graph neural networks for reasoning', 'Reasoning about programs', 'Reasoning, reasoning and more reasoning'],
		],
		['a finished word is not a prefix', 'reas ', []],
		['stemming does not defeat the prefix: learn', 'learn', ['Learning to rank']],
		['stemming does not defeat the prefix: learnin', 'learnin', ['Learning to rank']],
		['stemming does not defeat the prefix: learning', 'learning', ['Learning to rank']],
		['title: restricts a word to titles', 'title:graph ', ['Graph neural networks for reasoning']],
		['abstract: restricts a word to abstracts', 'abstract:graph ', ['Reasoning about programs']],
		['authors: restricts a word to authors', 'authors:hopper ', ['Batch scheduling']],
		['-word drops papers holding it', 'reasoning -graph', ['Reasoning, reasoning and more reasoning']],
		[
			'-field:word drops papers holding it in that field only',
			'reasoning -title:graph',
			['Reasoning about programs', 'Reasoning, reasoning and more reasoning'],
		],
		['+word keeps only papers holding it', '+graph reasoning', ['Graph neural networks for reasoning', 'Reasoning about programs']],
		['a required word nobody has leaves nothing', '+zebra reasoning', []],
		['an unknown field is plain words', 'foo:graph ', ['Graph neural networks for reasoning', 'Reasoning about programs']],
		['a word nobody has matches nothing, not everything', 'zebra', []],
		['accented text is found without accents', 'naive ', ['Naïve Bayes revisited']],
		['accented queries find accented text', 'naïve ', ['Naïve Bayes revisited']],
		['accented author names are found without accents', 'muller ', ['Naïve Bayes revisited']],
		['a hyphenated word is found joined', 'finetuning ', ['Fine-tuning small models', 'QLoRA: efficient finetuning']],
		['a part of a CamelCase word is found on its own', 'lora ', ['QLoRA: efficient finetuning', 'LoRAMoE: experts for adapters']],
		['a whole CamelCase word is found', 'loramoe ', ['LoRAMoE: experts for adapters']],
		['quotes are ignored', '"naive bayes"', ['Naïve Bayes revisited']],
	];
	it.each(cases)('%s: %j', (_behaviour, query, titles) => {
		expect(titlesFor(query).sort()).toEqual([...titles].sort());
	});
});

describe('SearchIndex.search: ranking', () => {
	it('ranks a title match above an author match above an abstract match', () => {
		expect(titlesFor('hopper ')).toEqual(['Hopper scheduling', 'Batch scheduling', 'Queue scheduling']);
	});

	it('ranks papers matching every word before papers matching some', () => {
		const titles = titlesFor('graph reasoning ');
		expect(titles.slice(0, 2).sort()).toEqual(['Graph neural networks for reasoning', 'Reasoning about programs']);
		expect(titles.slice(2)).toContain('Reasoning, reasoning and more reasoning');
	});

	it('finds a one-letter typo in a word of 5+ letters, below exact matches', () => {
		const titles = titlesFor('graphs ');
		expect(titles.slice(0, 2).sort()).toEqual(['Graph neural networks for reasoning', 'Reasoning about programs']);
		expect(titles.slice(2)).toEqual(['Grapes of wrath']);
		expect(titlesFor('reasonign ')).toContain('Reasoning about programs');
	});

	it('ignores 1 or 2 letters being typed that match nothing, rather than matching them as a prefix', () => {
		expect(titlesFor('graph re')).toEqual(titlesFor('graph '));
		expect(titlesFor('r')).toEqual(titlesFor(''));
	});

	it('does not correct typos in words shorter than 5 letters', () => {
		expect(titlesFor('grap ')).toEqual([]);
	});

	it('scores in the same order as it ranks', () => {
		const scores = index.search('graph reasoning').map(hit => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});
});

describe('SearchIndex.search: listing everything', () => {
	const allIndices = FIXTURE_PAPERS.map((_paper, position) => position);
	const cases: Array<[behaviour: string, query: string]> = [
		['an empty query', ''],
		['a blank query', '  \t '],
		['only operators', '+ - ~ * :'],
		['a field without a word', 'title:'],
		['only finished stop words', 'the of and '],
		['one letter being typed', 'g'],
	];
	it.each(cases)('%s lists every paper in corpus order: %j', (_behaviour, query) => {
		expect(index.search(query)).toEqual(allIndices.map(position => ({index: position, score: 0})));
	});

	it('drops excluded papers from the full list', () => {
		expect(index.search('-reasoning ').map(hit => hit.index)).toEqual(
			allIndices.filter(
				position =>
					!['Graph neural networks for reasoning', 'Reasoning about programs', 'Reasoning, reasoning and more reasoning'].includes(
						FIXTURE_PAPERS[position]?.title ?? '',
					),
			),
		);
	});

	it('stops at the limit', () => {
		expect(index.search('', 2)).toHaveLength(2);
		expect(index.search('reasoning', 1)).toHaveLength(1);
		expect(index.search('', 0)).toEqual([]);
		expect(index.search('', Number.NaN)).toHaveLength(FIXTURE_PAPERS.length);
	});
});

describe('serializeSearchIndex and loadSearchIndex', () => {
	const queries = ['', 'graph reasoning', 'reas', 'learnin', 'grapes ', 'lora ', '-graph reasoning', 'muller'];

	it('load what was serialised and search exactly the same', () => {
		const cached = JSON.parse(JSON.stringify(serializeSearchIndex(index))) as unknown;
		const loaded = loadSearchIndex(cached, FIXTURE_PAPERS);
		for (const query of queries) expect(loaded.search(query)).toEqual(index.search(query));
		expect(loaded.paperCount).toBe(FIXTURE_PAPERS.length);
	});

	const serialized = serializeSearchIndex(index);
	const cases: Array<[behaviour: string, value: unknown, message: string]> = [
		['rejects a value that is not an index', 'garbage', '`format`'],
		['rejects another format version (the previous one)', {...serialized, version: 1}, '`format`'],
		['rejects another Lunr version', {...serialized, lunr: {...serialized.lunr, version: '0.0.1'}}, '`lunr`'],
		['rejects a broken Lunr index', {...serialized, lunr: {version: (serialized.lunr as {version: string}).version}}, '`lunr`'],
		['rejects broken title words', {...serialized, titles: {offsets: serialized.titles.offsets, words: ''}}, '`titles`'],
		['rejects a broken vocabulary', {...serialized, vocabulary: {words: ['a'], terms: [], paperCounts: []}}, '`vocabulary`'],
	];
	it.each(cases)('%s', (_behaviour, value, message) => {
		expect(() => loadSearchIndex(value, FIXTURE_PAPERS)).toThrow(message);
	});

	it('rejects an index built from other papers', () => {
		const changed = FIXTURE_PAPERS.map((paper, position) =>
			position === 0 ? fixturePaper(paper.title, `${paper.abstract} More.`) : paper,
		);
		expect(() => loadSearchIndex(serialized, changed)).toThrow('`fingerprint`');
		expect(() => loadSearchIndex(serialized, FIXTURE_PAPERS.slice(1))).toThrow('`fingerprint`');
	});
});
