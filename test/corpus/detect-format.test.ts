import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {detectFormat} from '../../src/corpus/detect-format.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();
const BIBTEX = readFileSync('test/fixtures/papers/refs.bib', 'utf8');
const ABSTRACT = 'A paragraph long enough to be an abstract, with well over twenty words in it so that the page text parser takes it for one.';

describe('detectFormat: by content, with the name as a hint', () => {
	it.each([
		['BibTeX under any name', 'refs.references', BIBTEX, 'bibtex'],
		['BibTeX in a file without extension', 'library', '@article{k,\n title={T}}\n', 'bibtex'],
		['BibTeX with a capitalised type and parentheses', 'x.dat', '@Article(k, title={T})', 'bibtex'],
		['a .bib file holding a JSON array', 'papers.bib', '[{"title": "A"}]', 'json'],
		['a .json file holding BibTeX', 'export.json', BIBTEX, 'bibtex'],
		['a .json file of JSON', 'papers.json', '[{"title": "A"}]', 'json'],
		['JSON Lines under any name', 'papers.log', '{"title": "A"}\n{"title": "B"}\n', 'json-lines'],
		['page text with an @ inside a sentence', 'page', `A title\n\n${ABSTRACT} Mail me @home {later}.\n`, 'page-text'],
		['.txt, whatever it holds', 'refs.txt', BIBTEX, 'page-text'],
		['an Atom feed under any name', 'query', '<?xml version="1.0"?>\n<!-- arXiv -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
		['a .xml file that is not a feed (so its error is an XML one)', 'news.xml', '<rss></rss>', 'atom'],
	])('reads %s', (_what, name, text, format) => {
		expect(detectFormat(name, text)).toBe(format);
	});

	it('opens BibTeX content under a name that says nothing', () => {
		const path = write('my-library', BIBTEX);
		expect(loadCorpusFile(path, {onNotice() {}}).map(paper => paper.citationKey)).toEqual(['vaswani2017attention', 'mueller2021', 'lora2021']);
	});

	it.each([
		['a .bib file with no entry', 'empty.bib', '% only a comment\n', 'matches no corpus format (tried BibTeX, arXiv Atom, CSL-JSON, Hugging Face daily papers, JSON, JSON Lines, page text): no line starts a BibTeX entry'],
		['a file of no known format', 'notes', 'hello\n\nworld\n', 'matches no corpus format (tried BibTeX, arXiv Atom, CSL-JSON, Hugging Face daily papers, JSON, JSON Lines, page text); no papers found'],
	])('names the formats tried for %s, in one line', (_what, name, text, problem) => {
		const path = write(name, text);
		let caught: unknown;
		try {
			loadCorpusFile(path);
		} catch (error) {
			caught = error;
		}

		expect(caught).toBeInstanceOf(CorpusError);
		expect((caught as CorpusError).message).toContain(`${path}: ${problem}`);
		expect((caught as CorpusError).message).not.toContain('\n');
	});
});
