import {chmodSync, mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CorpusError, type CorpusLocation} from '../../src/corpus/corpus-error.js';
import {loadCorpora, loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();

function loadError(path: string): CorpusError {
	try {
		loadCorpusFile(path);
	} catch (error) {
		expect(error).toBeInstanceOf(CorpusError);
		const corpusError = error as CorpusError;
		expect(corpusError.file).toBe(path);
		expect(corpusError.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
		return corpusError;
	}

	throw new Error(`expected ${path} to be rejected`);
}

const ABSTRACT = 'A paragraph long enough to be an abstract, with well over twenty words in it so that the page text parser takes it for one.';

const fileCases: ReadonlyArray<readonly [behaviour: string, name: string, contents: string | Uint8Array, message: string]> = [
	['rejects an empty file', 'empty.json', '', ': file is empty; a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text'],
	['rejects a whitespace-only file', 'blank.txt', ' \n\t\r\n', ': file contains only whitespace; a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text'],
	['rejects a file with NUL bytes as binary, naming the line', 'nul.txt', `Title\n\n${ABSTRACT}\u0000\n`, ':3: looks like a binary file (NUL byte); a corpus must be UTF-8 text'],
	['rejects invalid UTF-8 as binary, naming the line', 'latin1.txt', Buffer.concat([Buffer.from('Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]), ':3: looks like a binary file (invalid UTF-8); if it is text, save it as UTF-8'],
	['rejects an overlong UTF-8 encoding', 'overlong.json', Buffer.from([0x5b, 0xc0, 0xaf, 0x5d]), ':1: looks like a binary file (invalid UTF-8)'],
	['rejects UTF-16 text', 'utf16.json', Buffer.from('\uFEFF[{"title":"T"}]', 'utf16le'), ': file is UTF-16 text; save it as UTF-8'],
	['rejects page text without papers, saying what was expected', 'chrome.txt', 'new\n\nSubscribe\n\nMar 13\n', ': no papers found; page text lists each paper as a title line, a blank line, then its abstract paragraph'],
	['rejects page text with an untitled paragraph, naming its line', 'orphan.txt', `Title\n\n${ABSTRACT}\n\n${ABSTRACT}\n`, ':5: paragraph "A paragraph long enough to be an abstra…" has no title line before it'],
	['rejects JSON with a trailing comma, naming line and column', 'comma.json', '[\n  {"title": "A"},\n]\n', ':3:1: invalid JSON: unexpected "]"; expected a value'],
	['rejects JSON with a bare word, naming line and column', 'word.json', '[\n  {"title": "A", "year": undefined}\n]', ':2:26: invalid JSON: unexpected "undefined"; expected a value'],
	['rejects JSON with single quotes', 'quotes.json', "[{'title': 'A'}]", `:1:3: invalid JSON: unexpected "'"; expected a double-quoted property name; JSON strings need double quotes`],
	['rejects JSON with a missing comma', 'missing.json', '[{"title": "A"}\n {"title": "B"}]', `:2:2: invalid JSON: unexpected "{"; expected ',' or ']'`],
	['rejects JSON with a line break inside a string', 'break.json', '[{"title": "A\nB"}]', ':1:14: invalid JSON: line break inside a string; write it as an escape such as \\n or \\u00XX'],
	['rejects JSON with an unclosed string', 'open.json', '[{"title": "A}]', ':1:12: invalid JSON: string is never closed (missing ")'],
	['rejects truncated JSON', 'truncated.json', '[{"title": "A"}', `:1:16: invalid JSON: unexpected end of input; expected ',' or ']'`],
	['rejects text after the JSON value', 'after.json', '[]\n[]', ':2:1: invalid JSON: unexpected "["; expected nothing after the JSON value'],
	['rejects a .json file that is not JSON', 'prose.json', 'Title\n\nAbstract', ':1:1: invalid JSON: unexpected "Title"; expected a value'],
	['rejects an invalid JSON Lines line, naming the line', 'bad.jsonl', '{"title": "A"}\n\n{"title": "B",}\n', ':3:15: invalid JSON on this line (JSON Lines needs one complete object per line): unexpected "}"; expected a double-quoted property name'],
	['rejects a JSON object without a papers array', 'object.json', '{"items": [], "version": 1}', ': expected a JSON array of papers or an object with a "papers" array, found an object with keys "items", "version"'],
	['rejects a single paper object with a hint', 'single.json', '{"title": "A"}', ': expected a JSON array of papers or an object with a "papers" array, found an object with keys "title"; for a single paper, wrap it in [ ]'],
	['rejects a papers field that is not an array', 'papers-object.json', '{"papers": {"title": "A"}}', ': expected a JSON array of papers or an object with a "papers" array, found an object with keys "papers"'],
	['rejects a top-level string', 'string.json', '"papers"', ': expected a JSON array of papers or an object with a "papers" array, found a string ("papers")'],
	['rejects an empty array', 'none.json', '[]', ': contains no papers; add at least one object with a "title"'],
];

describe('loadCorpusFile rejects unusable files', () => {
	it.each(fileCases)('%s', (_behaviour, name, contents, message) => {
		const path = write(name, contents);
		expect(loadError(path).message).toContain(`${path}${message}`);
	});
});

const recordCases: ReadonlyArray<readonly [behaviour: string, record: unknown, location: CorpusLocation, problem: string]> = [
	['rejects a record that is not an object', 42, {record: 2}, 'expected an object with a "title", found a number (42)'],
	['rejects a record that is an array', ['A'], {record: 2}, 'expected an object with a "title", found an array'],
	['rejects a record without a title', {abstract: 'x'}, {record: 2, field: 'title'}, 'missing; every paper needs a non-empty title'],
	['rejects a title that is not a string', {title: 7}, {record: 2, field: 'title'}, 'expected a string, found a number (7)'],
	['rejects a title made only of controls', {title: '\u001b[2J\u0007 '}, {record: 2, field: 'title'}, 'is empty (after removing control characters); every paper needs a non-empty title'],
	['rejects an abstract that is not a string', {title: 'T', abstract: ['x']}, {record: 2, field: 'abstract'}, 'expected a string, found an array'],
	['rejects an id that is not a string or number', {title: 'T', id: true}, {record: 2, field: 'id'}, 'expected a string, found a boolean (true)'],
	['rejects authors that are not a list', {title: 'T', authors: 3}, {record: 2, field: 'authors'}, 'expected an array of names, found a number (3)'],
	['rejects an author that is not a string', {title: 'T', authors: ['A', {name: 'B'}]}, {record: 2, field: 'authors'}, 'item 2 is an object; expected a name as a string'],
	['rejects a year that is not a number', {title: 'T', year: '20x4'}, {record: 2, field: 'year'}, 'expected a year such as 2024, found a string ("20x4")'],
	['rejects a fractional year', {title: 'T', year: 2024.5}, {record: 2, field: 'year'}, 'expected a year such as 2024, found a number (2024.5)'],
	['rejects a url that is not http(s)', {title: 'T', url: 'javascript:alert(1)'}, {record: 2, field: 'url'}, 'expected an absolute http(s) URL, found "javascript:alert(1)"'],
	['rejects a url that is not a string', {title: 'T', url: 1}, {record: 2, field: 'url'}, 'expected an http(s) URL as a string, found a number (1)'],
	['rejects links that are not a list', {title: 'T', links: 'https://a.example/'}, {record: 2, field: 'links'}, 'expected an array of http(s) URLs, found a string ("https://a.example/")'],
	['rejects a link that is not a URL', {title: 'T', links: ['https://a.example/', 'doi:10.1/x']}, {record: 2, field: 'links'}, 'item 2 is not an absolute http(s) URL: "doi:10.1/x"'],
];

describe('loadCorpusFile rejects bad records, naming record and field', () => {
	it.each(recordCases)('%s in JSON', (_behaviour, record, location, problem) => {
		const path = write('records.json', JSON.stringify([{title: 'Fine'}, record]));
		const error = loadError(path);
		expect(error.location).toEqual(location);
		const field = location.field === undefined ? '' : `, field "${location.field}"`;
		expect(error.message).toBe(`${path}: record 2${field}: ${problem}`);
	});

	it.each(recordCases)('%s in JSON Lines, naming the line too', (_behaviour, record, location, problem) => {
		const path = write('records.jsonl', `${JSON.stringify({title: 'Fine'})}\n\n${JSON.stringify(record)}\n`);
		const error = loadError(path);
		expect(error.location).toEqual({...location, line: 3});
		const field = location.field === undefined ? '' : `, field "${location.field}"`;
		expect(error.message).toBe(`${path}:3: record 2${field}: ${problem}`);
	});
});

describe('loadCorpusFile rejects unreadable paths', () => {
	it('rejects a missing file', () => {
		const path = join(dirname(write('present.json', '[]')), 'absent.json');
		expect(loadError(path).message).toBe(`${path}: no such file; check the path`);
	});

	it('rejects a path through a file', () => {
		const path = join(write('plain-file', 'x'), 'papers.json');
		expect(loadError(path).message).toBe(`${path}: no such file; check the path`);
	});

	it('rejects a directory', () => {
		const path = join(dirname(write('marker', 'x')), 'a-directory');
		mkdirSync(path);
		expect(loadError(path).message).toBe(
			`${path}: is a directory; give the path of a corpus file (a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text)`,
		);
	});

	it('rejects a file without read permission', ({skip}) => {
		skip(process.getuid?.() === 0, 'running as root, which can read any file');
		const path = write('locked.json', '[{"title": "T"}]');
		chmodSync(path, 0o000);
		expect(loadError(path).message).toBe(`${path}: permission denied; check the file permissions`);
	});

	it('prints a hostile file name without its terminal controls', () => {
		const path = write('evil\u001b]0;owned\u0007.json', '[]');
		expect(loadError(path).message).toMatch(/evil\.json: contains no papers/);
	});

	it('reports a missing title before problems in other fields', () => {
		const path = write('title-first.json', JSON.stringify([{year: 'soon', url: 'nope'}]));
		expect(loadError(path).location).toEqual({record: 1, field: 'title'});
	});

	it('names the file at fault when corpora are merged', () => {
		const good = write('good.json', '[{"title": "T"}]');
		const bad = write('bad.json', '[{"title": 1}]');
		expect(() => loadCorpora([good, bad])).toThrow(`${bad}: record 1, field "title": expected a string, found a number (1)`);
	});
});
