import {describe, expect, it} from 'vitest';
import {bookmarkRecord, paperRecord, toJsonRecord, toJsonRecords} from '../../src/citation/json-record.js';
import type {Bookmark, Paper} from '../../src/types.js';

const paper: Paper = {
	links: ['https://arxiv.org/abs/1706.03762'],
	abstract: 'We propose the Transformer.',
	year: 2017,
	authors: ['Ashish Vaswani'],
	title: 'Attention Is All You Need',
	id: 'attention-is-all-you-need',
};
const bookmark: Bookmark = {id: paper.id, title: 'Old Title', addedAt: '2024-05-01T10:00:00.000Z'};
const missing: Bookmark = {id: 'gone', title: 'Gone Paper', addedAt: '2024-05-02T10:00:00.000Z'};

describe('paperRecord', () => {
	it('orders keys id, title, authors, year, url, links, abstract whatever the input order', () => {
		expect(Object.keys(paperRecord({...paper, url: 'https://x.org'}))).toEqual([
			'id',
			'title',
			'authors',
			'year',
			'url',
			'links',
			'abstract',
		]);
	});

	it('orders the identifiers of a paper from a BibTeX or arXiv file: doi, arxivId after year; keywords, citationKey after links', () => {
		const record = paperRecord({
			citationKey: 'hu2021lora',
			keywords: ['adapters'],
			arxivId: '2106.09685',
			doi: '10.1000/x',
			...paper,
			url: 'https://x.org',
		});
		expect(Object.keys(record)).toEqual([
			'id',
			'title',
			'authors',
			'year',
			'doi',
			'arxivId',
			'url',
			'links',
			'keywords',
			'citationKey',
			'abstract',
		]);
		expect(record).toMatchObject({doi: '10.1000/x', arxivId: '2106.09685', keywords: ['adapters'], citationKey: 'hu2021lora'});
	});

	it('leaves out absent optional fields and anything extra the object carries', () => {
		const {year: _year, ...withoutYear} = paper;
		const record = paperRecord({...withoutYear, extra: 'x'} as Paper);
		expect(Object.keys(record)).toEqual(['id', 'title', 'authors', 'links', 'abstract']);
	});
});

describe('bookmarkRecord', () => {
	it.each([
		[
			'merges a found paper after id, title and addedAt, with the paper title',
			bookmark,
			paper,
			['id', 'title', 'addedAt', 'authors', 'year', 'links', 'abstract'],
			'Attention Is All You Need',
		],
		['flags a missing paper', missing, undefined, ['id', 'title', 'addedAt', 'missing'], 'Gone Paper'],
	])('%s', (_name, input, found, keys, title) => {
		const record = bookmarkRecord(input, found);
		expect(Object.keys(record)).toEqual(keys);
		expect(record.title).toBe(title);
	});
});

describe('toJsonRecord', () => {
	it('pretty-prints one paper with two-space indentation and no trailing newline', () => {
		expect(toJsonRecord(paper)).toBe(
			[
				'{',
				'  "id": "attention-is-all-you-need",',
				'  "title": "Attention Is All You Need",',
				'  "authors": [',
				'    "Ashish Vaswani"',
				'  ],',
				'  "year": 2017,',
				'  "links": [',
				'    "https://arxiv.org/abs/1706.03762"',
				'  ],',
				'  "abstract": "We propose the Transformer."',
				'}',
			].join('\n'),
		);
	});
});

describe('toJsonRecords', () => {
	it('writes bookmarks in order, merged or flagged missing, ending with a newline', () => {
		const output = toJsonRecords([missing, bookmark], new Map([[paper.id, paper]]));
		expect(output.endsWith('}\n]\n')).toBe(true);
		expect(JSON.parse(output)).toEqual([
			{id: 'gone', title: 'Gone Paper', addedAt: '2024-05-02T10:00:00.000Z', missing: true},
			{
				id: paper.id,
				title: paper.title,
				addedAt: '2024-05-01T10:00:00.000Z',
				authors: ['Ashish Vaswani'],
				year: 2017,
				links: ['https://arxiv.org/abs/1706.03762'],
				abstract: 'We propose the Transformer.',
			},
		]);
		expect(output).toContain('\n  {\n    "id": "gone",\n');
	});

	it('is an empty array for no bookmarks', () => {
		expect(toJsonRecords([], new Map())).toBe('[]\n');
	});
});
