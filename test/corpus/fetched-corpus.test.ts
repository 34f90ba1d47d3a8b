import {describe, expect, test} from 'vitest';
import type {Paper} from '../../src/types.js';
import {combineFetched} from '../../src/corpus/combine-fetched.js';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import type {PaperFields} from '../../src/corpus/paper-draft.js';
import {serializeCorpusLines} from '../../src/corpus/serialize-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();

const fetched = (arxivId: string, title: string, extra: Partial<PaperFields> = {}): PaperFields => ({
	title,
	abstract: `About ${title}.`,
	authors: ['Ada Lovelace'],
	year: 2024,
	links: [`http://arxiv.org/pdf/${arxivId}v1`],
	arxivId,
	...extra,
});

describe('the JSON Lines corpus fetch writes', () => {
	test('keeps every field through --corpus, keys in the order of the Paper type', () => {
		const full: Paper = {
			id: 'rich-paper',
			title: 'Rich Paper',
			abstract: 'All the fields.',
			authors: ['Ada Lovelace', 'Alan Turing'],
			year: 2024,
			url: 'https://example.org/rich',
			links: ['https://arxiv.org/abs/2403.00001', 'https://doi.org/10.1000/rich', 'https://example.org/rich'],
			doi: '10.1000/rich',
			arxivId: '2403.00001',
			arxivVersion: 3,
			journalRef: 'Proc. Rich 2024',
			updated: '2024-03-05T10:00:00Z',
			keywords: ['cs.CL', 'cs.LG'],
			citationKey: 'lovelace2024rich',
		};
		const text = serializeCorpusLines([full, {id: 'plain', title: 'Plain', abstract: '', authors: [], links: []}]);
		expect(text.split('\n')).toHaveLength(3);
		const [read, plain] = loadCorpusFile(write('fetched.jsonl', text));
		expect(read).toEqual(full);
		expect(Object.keys(read!)).toEqual(Object.keys(full));
		expect(plain).toEqual({id: 'plain', title: 'Plain', abstract: '', authors: [], links: []});
		expect(serializeCorpusLines([read!, plain!])).toBe(text);
	});

	test('refuses a bad identifier or version in this project\'s JSON, naming the field', () => {
		expect(() => loadCorpusFile(write('bad-doi.jsonl', '{"title": "T", "doi": "not a doi"}\n'))).toThrow(CorpusError);
		expect(() => loadCorpusFile(write('bad-doi.jsonl', '{"title": "T", "doi": "not a doi"}\n'))).toThrow(
			'record 1, field "doi": expected a DOI such as 10.1000/xyz123, found "not a doi"',
		);
		expect(() => loadCorpusFile(write('bad-version.jsonl', '{"title": "T", "arxivVersion": "v2"}\n'))).toThrow(
			'record 1, field "arxivVersion": expected a whole number of 1 or more, found a string ("v2")',
		);
		expect(loadCorpusFile(write('empty-doi.jsonl', '{"title": "T", "doi": "", "arxivId": "arXiv:2101.00001v2"}\n'))[0]).toMatchObject({arxivId: '2101.00001'});
	});

	test('--append keeps the file\'s papers and ids first and adds only the papers it does not have', () => {
		const existing = loadCorpusFile(write('existing.jsonl', serializeCorpusLines(combineFetched([], [fetched('2403.00001', 'First Paper')]).papers)));
		const {papers, added} = combineFetched(existing, [
			fetched('2403.00001', 'First Paper (Revised Title)', {arxivVersion: 2, journalRef: 'ACL 2024'}),
			fetched('2403.00002', 'Second Paper'),
		]);
		expect(added).toBe(1);
		expect(papers.map(paper => paper.id)).toEqual(['first-paper', 'second-paper']);
		expect(papers[0]).toMatchObject({title: 'First Paper', arxivVersion: 2, journalRef: 'ACL 2024'});
	});

	test('the later revision wins when the same paper is joined', () => {
		const older = fetched('2403.00001', 'Same', {arxivVersion: 1, updated: '2024-03-01T00:00:00Z'});
		const newer = fetched('2403.00001', 'Same', {arxivVersion: 3, updated: '2024-04-01T00:00:00Z'});
		const {papers} = combineFetched(combineFetched([], [newer]).papers, [older]);
		expect(papers).toHaveLength(1);
		expect(papers[0]).toMatchObject({arxivVersion: 3, updated: '2024-04-01T00:00:00Z'});
	});
});
