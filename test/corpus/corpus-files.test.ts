import {mkdirSync, truncateSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {MAX_CORPUS_BYTES} from '../../src/corpus/corpus-file.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();

function loadMessage(path: string): string {
	try {
		loadCorpusFile(path);
	} catch (error) {
		expect(error).toBeInstanceOf(CorpusError);
		return (error as CorpusError).message;
	}

	throw new Error(`expected ${path} to be rejected`);
}

/** More than the loader reads at once (1 MiB), so a line crosses chunks. */
const longText = 'word '.repeat(300_000).trim();
const record = (title: string, abstract = '') => JSON.stringify({title, abstract});

describe('corpus files that are not regular or too large', () => {
	it('refuses a file over the size limit before reading it, saying the limit', () => {
		const path = write('huge.jsonl', '');
		truncateSync(path, MAX_CORPUS_BYTES + 1);
		expect(loadMessage(path)).toBe(`${path}: file is 257 MB; a corpus file may be at most 256 MB (split it and give each part with its own --corpus)`);
	});

	it('refuses a directory named like a corpus', () => {
		const path = join(dirname(write('marker', 'x')), 'folder.jsonl');
		mkdirSync(path);
		expect(loadMessage(path)).toBe(`${path}: is a directory; give the path of a corpus file (a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text)`);
	});

	it('refuses a character device', () => {
		expect(loadMessage('/dev/null')).toBe('/dev/null: is a device, not a regular file; save the corpus to a file and give its path');
	});
});

describe('JSON Lines read as a stream', () => {
	const streamed: ReadonlyArray<readonly [behaviour: string, contents: string | Uint8Array, titles: string[]]> = [
		['reads a line longer than a read chunk', `${record('First', longText)}\n${record('Second')}\n`, ['First', 'Second']],
		['reads a last line without a line feed', `${record('First')}\n${record('Second')}`, ['First', 'Second']],
		['strips a byte-order mark at the start only', `\uFEFF${record('First')}\n${record('Second')}\n`, ['First', 'Second']],
		['reads CRLF line ends and blank lines', `\r\n${record('First')}\r\n\r\n${record('Second')}\r\n`, ['First', 'Second']],
		// The first line and `{"title":"` take 1 MiB - 1 bytes: the read chunk ends inside 日.
		['decodes a character split between two read chunks', `${record('x'.repeat(1024 * 1024 - 1 - 10 - 27))}\n${record('日本語')}\n`, [`${'x'.repeat(1999)}…`, '日本語']],
	];

	it.each(streamed)('%s', (_behaviour, contents, titles) => {
		expect(loadCorpusFile(write('streamed.jsonl', contents)).map(paper => paper.title)).toEqual(titles);
	});

	const refused: ReadonlyArray<readonly [behaviour: string, contents: string | Uint8Array, message: string]> = [
		['an empty file', '', ': file is empty; a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text'],
		['a whitespace-only file', ' \n\t\r\n\n', ': file contains only whitespace; a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text'],
		['UTF-16 text', Buffer.from(`\uFEFF${record('T')}\n`, 'utf16le'), ': file is UTF-16 text; save it as UTF-8'],
		['a NUL byte in a later read chunk, naming its line', `${record('First', longText)}\n${record('Second')}\n\u0000\n`, ':3: looks like a binary file (NUL byte); a corpus must be UTF-8 text'],
		['invalid UTF-8, naming its line', Buffer.concat([Buffer.from(`${record('First')}\n{"title": "Caf`), Buffer.from([0xe9]), Buffer.from('"}\n')]), ':2: looks like a binary file (invalid UTF-8); if it is text, save it as UTF-8'],
		['a byte-order mark after the first line', `${record('First')}\n\uFEFF${record('Second')}\n`, ':2:1: invalid JSON on this line'],
		['a line that is JSON but not a paper, naming line and record', '\nnull\n', ':2: record 1: expected an object with a "title", found null'],
	];

	it.each(refused)('refuses %s', (_behaviour, contents, message) => {
		const path = write('refused.jsonl', contents);
		expect(loadMessage(path)).toContain(`${path}${message}`);
	});
});
