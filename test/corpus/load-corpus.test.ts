import {describe, expect, it} from 'vitest';
import {loadCorpora, loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();

const ABSTRACT =
	'We study a simple method for fine-tuning that works well across many benchmarks, tasks and settings, and we release it; code at https://github.com/example/code.';

const papersJson = JSON.stringify([
	{title: 'Paper One', abstract: ABSTRACT, authors: ['Ada Lovelace', 'Alan Turing'], year: 2024, url: 'https://arxiv.org/abs/1'},
	{title: 'Paper Two'},
]);

const expectedPapers = [
	{
		id: 'paper-one',
		title: 'Paper One',
		abstract: ABSTRACT,
		authors: ['Ada Lovelace', 'Alan Turing'],
		year: 2024,
		url: 'https://arxiv.org/abs/1',
		links: ['https://arxiv.org/abs/1', 'https://github.com/example/code'],
	},
	{id: 'paper-two', title: 'Paper Two', abstract: '', authors: [], links: []},
];

const formatCases: ReadonlyArray<readonly [behaviour: string, name: string, contents: string]> = [
	['reads a JSON array', 'array.json', papersJson],
	['reads an object with a papers array', 'object.json', JSON.stringify({version: 1, papers: JSON.parse(papersJson) as unknown})],
	['reads pretty-printed JSON', 'pretty.json', JSON.stringify(JSON.parse(papersJson), null, 2)],
	['reads JSON Lines by extension', 'lines.jsonl', (JSON.parse(papersJson) as unknown[]).map((paper) => JSON.stringify(paper)).join('\n')],
	['reads NDJSON with blank lines and CRLF', 'lines.ndjson', `\r\n${(JSON.parse(papersJson) as unknown[]).map((paper) => JSON.stringify(paper)).join('\r\n\r\n')}\r\n`],
	['sniffs JSON Lines in a .json file', 'lines.json', (JSON.parse(papersJson) as unknown[]).map((paper) => JSON.stringify(paper)).join('\n')],
	['sniffs JSON Lines without an extension', 'lines', (JSON.parse(papersJson) as unknown[]).map((paper) => JSON.stringify(paper)).join('\n')],
	['sniffs JSON without an extension', 'corpus', papersJson],
	['strips a UTF-8 byte-order mark', 'bom.json', `\uFEFF${papersJson}`],
];

describe('loadCorpusFile formats', () => {
	it.each(formatCases)('%s', (_behaviour, name, contents) => {
		expect(loadCorpusFile(write(name, contents))).toEqual(expectedPapers);
	});

	it('reads page text by extension and by content', () => {
		const page = `Subscribe\n\nPaper One\n\n${ABSTRACT}\n`;
		const expected = [{id: 'paper-one', title: 'Paper One', abstract: ABSTRACT, authors: [], links: ['https://github.com/example/code']}];
		expect(loadCorpusFile(write('page.txt', page))).toEqual(expected);
		expect(loadCorpusFile(write('page', page))).toEqual(expected);
	});

	it('reads page text whose first title starts with a bracket when named .txt', () => {
		const page = `[Re] A Reproduction Study\n\n${ABSTRACT}\n`;
		expect(loadCorpusFile(write('bracket.txt', page))[0]?.title).toBe('[Re] A Reproduction Study');
	});
});

const fieldCases: ReadonlyArray<readonly [behaviour: string, record: Record<string, unknown>, expected: Record<string, unknown>]> = [
	['accepts one author string as a single entry', {title: 'T', authors: 'Smith, J. and Doe, A.'}, {authors: ['Smith, J. and Doe, A.']}],
	['drops empty authors', {title: 'T', authors: ['A', '  ', '\u001b[0m']}, {authors: ['A']}],
	['accepts a year given as a string of digits', {title: 'T', year: ' 2023 '}, {year: 2023}],
	['treats null optional fields as absent', {title: 'T', abstract: null, authors: null, year: null, url: null, links: null, id: null}, {abstract: '', authors: [], links: []}],
	['treats an empty url as absent', {title: 'T', url: ''}, {links: []}],
	['keeps a given id in the slug alphabet', {title: 'T', id: 'arXiv:1706.03762'}, {id: 'arxiv-1706-03762'}],
	['accepts a numeric id', {title: 'T', id: 42}, {id: '42'}],
	['ignores unknown fields', {title: 'T', venue: 'NeurIPS', extra: {nested: true}}, {title: 'T'}],
	['merges explicit links, the url and abstract links without duplicates', {title: 'T', links: ['https://b.example/', 'https://a.example/'], url: 'https://a.example/', abstract: 'See https://b.example/ and https://c.example/.'}, {links: ['https://b.example/', 'https://a.example/', 'https://c.example/']}],
	['cleans every string', {title: '\u001b]0;x\u0007T\u202e', abstract: 'a\u0000b', authors: ['\u009b31mA'], url: 'https://a.example/\u0007'}, {title: 'T', abstract: 'ab', authors: ['A'], url: 'https://a.example/'}],
];

describe('loadCorpusFile fields', () => {
	it.each(fieldCases)('%s', (_behaviour, record, expected) => {
		const [paper] = loadCorpusFile(write('fields.json', JSON.stringify([record])));
		expect(paper).toMatchObject(expected);
	});

	it('leaves out absent optional fields entirely', () => {
		const [paper] = loadCorpusFile(write('minimal.json', '[{"title": "T"}]'));
		expect(Object.keys(paper ?? {})).toEqual(['id', 'title', 'abstract', 'authors', 'links']);
	});
});

describe('paper ids', () => {
	it('suffixes repeated titles in order and keeps them across reloads', () => {
		const path = write('repeats.json', JSON.stringify([{title: 'Same'}, {title: 'Other'}, {title: 'Same'}, {title: 'same!'}]));
		const ids = loadCorpusFile(path).map((paper) => paper.id);
		expect(ids).toEqual(['same', 'other', 'same-2', 'same-3']);
		expect(loadCorpusFile(path).map((paper) => paper.id)).toEqual(ids);
	});

	it('keeps the first file ids when corpora are merged; the same title in a later file is the same paper, another year a different one', () => {
		const first = write('first.json', JSON.stringify([{title: 'Shared Title'}, {title: 'Only First'}, {title: 'Other Year', year: 2020}]));
		const second = write(
			'second.jsonl',
			[{title: 'Shared title!'}, {title: 'Only Second'}, {title: 'Other Year', year: 2021}].map((paper) => JSON.stringify(paper)).join('\n'),
		);
		const merged = loadCorpora([first, second]);
		expect(merged.map((paper) => paper.id)).toEqual(['shared-title', 'only-first', 'other-year', 'only-second', 'other-year-2']);
		expect(merged.slice(0, 3)).toEqual(loadCorpusFile(first));
	});

	it('returns no papers for no files', () => {
		expect(loadCorpora([])).toEqual([]);
	});
});

/** Nothing a terminal would act on: no C0, DEL, C1 or bidi controls left. */
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a hostile corpus', () => {
	const hostile = [
		'\u001b]0;owned title\u0007',
		'\u001b]52;c;cm0gLXJmIH4=\u0007',
		'\u001b[2J\u001b[H',
		'\u009b2J\u009d0;x\u009c',
		'\u0000\u0007\u0008',
		'\u001bP+q\u001b\\',
		'\u202e\u2066',
	].join('');

	it.each([
		['JSON', 'hostile.json', JSON.stringify([{title: `Evil ${hostile}Title`, abstract: `Text ${hostile} more https://x.example/${hostile}`, authors: [`A${hostile}`], links: [`https://y.example/${hostile}`]}])],
		['JSON Lines', 'hostile.jsonl', `${JSON.stringify({title: `Evil ${hostile}Title`, abstract: `Text ${hostile} more https://x.example/${hostile}`})}\n`],
		['page text (where a raw NUL would mean binary)', 'hostile.txt', `Evil ${hostile.replace('\u0000', '')}Title\n\n${'Text words go here and here and here and here and here and here and here and here and here. '.repeat(2)}${hostile.replace('\u0000', '')} https://x.example/${hostile.replace('\u0000', '')}\n`],
	])('yields only printable text from %s', (_format, name, contents) => {
		const papers = loadCorpusFile(write(name, contents));
		expect(papers[0]?.title).toBe('Evil Title');
		for (const paper of papers) {
			for (const text of [paper.id, paper.title, paper.abstract, ...paper.authors, ...paper.links, paper.url ?? '']) {
				expect(text).not.toMatch(TERMINAL_CONTROL);
			}
		}
	});
});
