// `search` on a large corpus goes through the explorer's index cache.
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {writeCorpus} from '../../scripts/generate-corpus.js';
import {decodeIndexFile} from '../../src/search/index-file.js';
import {runCli, temporaryDirectory} from './run-cli.js';

const directory = temporaryDirectory('paper-tui-search-cache-');
const corpusFile = path.join(directory, 'generated.jsonl');
const cacheHome = path.join(directory, 'cache-home');
const cacheDir = path.join(cacheHome, 'paper-tui');
const search = () =>
	runCli(['--corpus', corpusFile, 'search', '--json', 'generative', 'model'], {env: {XDG_CACHE_HOME: cacheHome}, timeoutMs: 60_000});

beforeAll(async () => {
	await writeCorpus(corpusFile, 400, 21);
});

describe('`search` and the index cache', () => {
	it('writes the index to $XDG_CACHE_HOME/paper-tui, reads it the next time with the same answer, and rebuilds over a corrupt entry', async () => {
		const first = await search();
		expect(first.code).toBe(0);
		const entries = readdirSync(cacheDir);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatch(/^index-v\d+-lunr[\d.]+-[\da-f]{32}\.bin$/);
		const entry = path.join(cacheDir, entries[0]!);
		const written = readFileSync(entry);
		expect(decodeIndexFile(written)).toMatchObject({format: 'paper-tui-search-index', paperCount: 400});

		// A hit: the same answer, and the entry is the same file (a rebuild renames a new file into place).
		const inode = statSync(entry).ino;
		const second = await search();
		expect(second.stdout).toBe(first.stdout);
		expect(statSync(entry).ino).toBe(inode);

		writeFileSync(entry, '{"format": "paper-tui-search-index", "version"');
		const afterDamage = await search();
		expect(afterDamage.code).toBe(0);
		expect(afterDamage.stdout).toBe(first.stdout);
		expect(afterDamage.stderr).toBe('');
		expect(readFileSync(entry).equals(written)).toBe(true);
		expect(statSync(entry).ino).not.toBe(inode);
	});
});
