import {describe, expect, test} from 'vitest';
import {loadCorporaWithAliases} from '../../src/corpus/load-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();
const lines = (...papers: object[]) => papers.map(paper => `${JSON.stringify(paper)}\n`).join('');

describe('id aliases of merged corpora (bookmarks saved under old ids)', () => {
	const first = write('first.jsonl', lines({title: 'Shared Paper', abstract: 'Short.'}, {title: 'Only First'}));
	const second = write(
		'second.jsonl',
		lines({title: 'Shared Paper', abstract: 'The longer abstract.'}, {title: 'Renamed In Second', doi: '10.1000/same'}, {title: 'Only Second'}),
	);
	const third = write('third.jsonl', lines({title: 'Called Otherwise Here', doi: '10.1000/same'}));

	test('a title repeated in a later file used to get -2: that id now points to the one paper', () => {
		const {papers, aliases} = loadCorporaWithAliases([first, second]);
		expect(papers.map(paper => paper.id)).toEqual(['shared-paper', 'only-first', 'renamed-in-second', 'only-second']);
		expect(Object.fromEntries(aliases)).toEqual({'shared-paper-2': 'shared-paper'});
	});

	test("a paper joined by DOI keeps the id it has when its file is opened alone as an alias", () => {
		const {papers, aliases} = loadCorporaWithAliases([second, third]);
		expect(papers.map(paper => paper.id)).toEqual(['shared-paper', 'renamed-in-second', 'only-second']);
		expect(Object.fromEntries(aliases)).toEqual({'called-otherwise-here': 'renamed-in-second'});
	});

	test('one file has no aliases, and an old id that is a paper now is not one', () => {
		expect(loadCorporaWithAliases([second]).aliases.size).toBe(0);
		const taken = write('taken.jsonl', lines({title: 'Shared Paper 2'}));
		const {papers, aliases} = loadCorporaWithAliases([first, second, taken]);
		expect(papers.at(-1)!.id).toBe('shared-paper-2');
		expect(aliases.has('shared-paper-2')).toBe(false);
	});
});
