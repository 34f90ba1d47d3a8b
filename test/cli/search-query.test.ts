import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Paper} from '../../src/types.js';
import {createServices} from '../../src/explorer/create-services.js';
import type {SearchEngine} from '../../src/services/explorer-services.js';
import {linesOf, parseJson, repoRoot, runCli, temporaryDirectory, type PaperJson} from './run-cli.js';

const papers = JSON.parse(readFileSync(path.join(repoRoot, 'corpus', 'papers.json'), 'utf8')) as Paper[];
const allIds = papers.map(paper => paper.id);

/** The ids `search --json` prints for `words`, with a limit above the corpus size. */
async function searchIds(words: readonly string[]): Promise<{code: number | null; ids: string[]}> {
	const result = await runCli(['search', '--json', '--limit', '1000', ...words]);
	return {code: result.code, ids: result.code === 2 ? [] : parseJson<PaperJson[]>(result).map(hit => hit.id)};
}

describe("`search` finds what the explorer's search line finds", () => {
	let engine: SearchEngine;
	beforeAll(async () => {
		const {services} = createServices(papers, {configDir: temporaryDirectory(), env: {}, stdout: process.stdout});
		engine = await services.loadSearch();
	});

	it.each([
		['a short word the index lacks', 'ti'],
		['a lone double quote', '"'],
		['a word', 'lora'],
		['a prefix', 'cata'],
		['a two-letter word the index holds', 'rl'],
		['an excluded word first', '-lora adapter'],
		['a field', 'title:forgetting'],
		['symbols only', '*~^'],
	])('%s: %s', async (_name, query) => {
		const explorerIds = (await engine.run(query))!.matches.map(index => papers[index]!.id);
		const cli = await searchIds(query.split(' '));
		expect(cli.ids).toEqual(explorerIds);
		expect(cli.code).toBe(explorerIds.length === 0 ? 1 : 0);
	});
});

describe('queries that clean to nothing', () => {
	it.each([
		['an empty word', ['']],
		['spaces', ['  ']],
		['an escape sequence', ['\u001b[31m']],
		['a lone double quote', ['"']],
		['a two-letter word the index lacks', ['ti']],
	])('%s lists every paper in corpus order, exit 0, without the default limit of 20', async (_name, words) => {
		const result = await runCli(['search', ...words]);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(
			linesOf(result.stdout)
				.filter(line => /^\s+id: /.test(line))
				.map(line => line.trim().slice(4)),
		).toEqual(allIds);
	});

	it('--limit still cuts that list', async () => {
		expect(await searchIds(['', '--limit', '3'])).toEqual({code: 0, ids: allIds.slice(0, 3)});
	});
});

describe('words starting with - after `search`', () => {
	it('`search -lora adapter` searches for adapter without lora, as `search -- -lora adapter` does', async () => {
		const [plain, separated] = await Promise.all([searchIds(['-lora', 'adapter']), searchIds(['--', '-lora', 'adapter'])]);
		expect(plain.code).toBe(0);
		expect(plain.ids.length).toBeGreaterThan(0);
		expect(plain.ids).toEqual(separated.ids);
		expect(plain.ids.some(id => id.includes('lora'))).toBe(false);
		expect((await searchIds(['adapter'])).ids.some(id => id.includes('lora'))).toBe(true);
	});

	it('keeps options among the query words: `search -lora --limit 2 adapter`', async () => {
		const result = await runCli(['search', '-lora', '--limit', '2', 'adapter', '--json']);
		expect(result.code).toBe(0);
		expect(parseJson<PaperJson[]>(result).map(hit => hit.id)).toEqual((await searchIds(['-lora', 'adapter'])).ids.slice(0, 2));
	});

	it('an unknown --option is refused with a line that says how to search for it after --', async () => {
		const result = await runCli(['search', '--lora', 'adapter']);
		expect(result.code).toBe(2);
		expect(linesOf(result.stderr)[0]).toBe(
			'paper-tui: unknown option `--lora` (paper-tui --help lists them; to search for a word that starts with -, put it after --: paper-tui search -- --lora)',
		);
	});

	it('an unknown option of another command mentions -- too', async () => {
		const result = await runCli(['list', '-x']);
		expect(result.code).toBe(2);
		expect(linesOf(result.stderr)[0]).toMatch(/^paper-tui: unknown option `-x` .*--/);
	});
});

describe('`-o -`', () => {
	it('`bookmarks export -o -` writes to standard output, not to a file named -', async () => {
		const cwd = temporaryDirectory();
		const configDir = temporaryDirectory();
		expect((await runCli(['bookmarks', 'add', allIds[0]!], {configDir})).code).toBe(0);
		const result = await runCli(['bookmarks', 'export', '--format', 'json', '-o', '-'], {configDir, cwd});
		expect(result.code).toBe(0);
		expect(parseJson<Array<{id: string}>>(result).map(record => record.id)).toEqual([allIds[0]]);
		expect(existsSync(path.join(cwd, '-'))).toBe(false);
	});
});
