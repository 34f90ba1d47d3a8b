import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parse as parseBibtex} from '@retorquere/bibtex-parser';
import {describe, expect, it} from 'vitest';
import {
	fixturesDirectory,
	linesOf,
	parseJson,
	repoRoot,
	runCli,
	stackTraceLine,
	temporaryDirectory,
	type CliOptions,
	type CliResult,
	type PaperJson,
} from './run-cli.js';

const linked = {
	id: 'multitask-vision-language-prompt-tuning',
	title: 'Multitask Vision-Language Prompt Tuning',
	link: 'https://github.com/sIncerass/MVLPT',
};
const linkedToo = {
	id: 'mftcoder-boosting-code-llms-with-multitask-fine-tuning',
	title: 'MFTCoder: Boosting Code LLMs with Multitask Fine-Tuning',
	link: 'https://github.com/codefuse-ai/MFTCOder',
};
const unlinked = {
	id: 'understanding-catastrophic-forgetting-in-language-models-via',
	title: 'Understanding Catastrophic Forgetting in Language Models via Implicit Inference',
};
const otherCorpus = path.join(fixturesDirectory, 'good', 'array.json');
const specialCorpus = path.join(fixturesDirectory, 'good', 'special-characters.json');
const builtInCorpus = path.join(repoRoot, 'corpus', 'papers.json');

interface BookmarkJson {
	readonly id: string;
	readonly title: string;
	readonly addedAt: string;
	readonly missing?: true;
	readonly abstract?: string;
	readonly links?: string[];
}

/** A config directory of its own, and a runner bound to it. */
function freshBookmarks(): {configDir: string; run: (args: readonly string[], options?: CliOptions) => Promise<CliResult>} {
	const configDir = temporaryDirectory('paper-tui-cli-bookmarks-');
	return {configDir, run: async (args, options = {}) => runCli(args, {configDir, ...options})};
}

async function expectSuccess(pending: Promise<CliResult>): Promise<CliResult> {
	const result = await pending;
	expect(result.code, result.stderr).toBe(0);
	return result;
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

describe('bookmarks add, list and rm', () => {
	it('starts empty: nothing on stdout, a hint on stderr, and [] as JSON', async () => {
		const {run} = freshBookmarks();
		const [plain, json] = await Promise.all([run(['bookmarks']), run(['bookmarks', 'list', '--json'])]);
		expect(plain.code).toBe(0);
		expect(plain.stdout).toBe('');
		expect(plain.stderr).toMatch(/no bookmarks/);
		expect(json.code).toBe(0);
		expect(parseJson(json)).toEqual([]);
	});

	it('`add ID1 ID2` then lists both, oldest first, with their titles and an ISO addedAt', async () => {
		const {run} = freshBookmarks();
		const before = Date.now();
		const add = await expectSuccess(run(['bookmarks', 'add', linked.id, unlinked.id]));
		expect(add.stdout).toBe('');
		const [json, plain] = await Promise.all([expectSuccess(run(['bookmarks', '--json'])), expectSuccess(run(['bookmarks']))]);
		const bookmarks = parseJson<BookmarkJson[]>(json);
		expect(bookmarks.map(bookmark => [bookmark.id, bookmark.title])).toEqual([
			[linked.id, linked.title],
			[unlinked.id, unlinked.title],
		]);
		for (const bookmark of bookmarks) {
			expect(bookmark.addedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/);
			expect(Date.parse(bookmark.addedAt)).toBeGreaterThanOrEqual(before - 1000);
			expect(bookmark.missing).toBeUndefined();
		}

		expect(plain.stdout).toMatch(new RegExp(`^1\\. ${linked.title}\\n\\s+id: ${linked.id} `));
		expect(plain.stdout).toContain(`id: ${unlinked.id} `);
	});

	it('`add` with a known and an unknown id adds the known one and exits 2 naming only the unknown one', async () => {
		const {run} = freshBookmarks();
		const add = await run(['bookmarks', 'add', linked.id, 'no-such-paper']);
		expect(add.code).toBe(2);
		expect(linesOf(add.stderr)).toHaveLength(1);
		expect(add.stderr).toContain('no-such-paper');
		expect(add.stderr).not.toContain(linked.id);
		expect(add.stderr).not.toMatch(stackTraceLine);
		const list = await expectSuccess(run(['bookmarks', '--json']));
		expect(parseJson<BookmarkJson[]>(list).map(bookmark => bookmark.id)).toEqual([linked.id]);
	});

	it('`rm` with a bookmarked and an unknown id removes the first and exits 2 naming only the second', async () => {
		const {run} = freshBookmarks();
		await expectSuccess(run(['bookmarks', 'add', linked.id, linkedToo.id]));
		const remove = await run(['bookmarks', 'rm', linked.id, 'never-bookmarked']);
		expect(remove.code).toBe(2);
		expect(linesOf(remove.stderr)).toHaveLength(1);
		expect(remove.stderr).toContain('never-bookmarked');
		expect(remove.stderr).not.toContain(linked.id);
		const list = await expectSuccess(run(['bookmarks', '--json']));
		expect(parseJson<BookmarkJson[]>(list).map(bookmark => bookmark.id)).toEqual([linkedToo.id]);
	});

	it('adding a bookmark twice keeps one, with its first date', async () => {
		const {run} = freshBookmarks();
		await expectSuccess(run(['bookmarks', 'add', linked.id]));
		const first = parseJson<BookmarkJson[]>(await expectSuccess(run(['bookmarks', '--json'])));
		await expectSuccess(run(['bookmarks', 'add', linked.id]));
		const second = parseJson<BookmarkJson[]>(await expectSuccess(run(['bookmarks', '--json'])));
		expect(second).toEqual(first);
	});

	it('--config-dir wins over PAPER_TUI_CONFIG_DIR', async () => {
		const fromEnvironment = temporaryDirectory('paper-tui-cli-env-');
		const fromOption = temporaryDirectory('paper-tui-cli-option-');
		await expectSuccess(runCli(['--config-dir', fromOption, 'bookmarks', 'add', linked.id], {configDir: fromEnvironment}));
		expect(readdirSync(fromEnvironment)).toEqual([]);
		expect(JSON.parse(readFileSync(path.join(fromOption, 'config.json'), 'utf8'))).toMatchObject({
			bookmarks: [{id: linked.id, title: linked.title}],
		});
	});
});

describe('bookmarks export', () => {
	it('BibTeX: a real parser reads one entry per bookmark, with unique keys and the exact titles', async () => {
		const {run} = freshBookmarks();
		const corpus = ['--corpus', specialCorpus, '--corpus', builtInCorpus];
		const papers = parseJson<PaperJson[]>(await expectSuccess(run([...corpus, 'list', '--json'])));
		const ids = [...papers.slice(0, 2).map(paper => paper.id), linked.id, linkedToo.id, unlinked.id];
		await expectSuccess(run([...corpus, 'bookmarks', 'add', ...ids]));
		const exported = await expectSuccess(run([...corpus, 'bookmarks', 'export', '--format', 'bibtex']));
		const library = parseBibtex(exported.stdout, {sentenceCase: false});
		expect(library.errors).toEqual([]);
		expect(library.entries).toHaveLength(ids.length);
		expect(new Set(library.entries.map(entry => entry.key)).size).toBe(ids.length);
		const byId = new Map(papers.map(paper => [paper.id, paper]));
		for (const [index, entry] of library.entries.entries()) {
			const paper = byId.get(ids[index]!)!;
			expect(entry.type).toBe('misc');
			expect(entry.fields['title']).toBe(collapse(paper.title));
			expect(collapse(entry.fields['abstract'] ?? '')).toBe(collapse(paper.abstract));
		}

		expect(library.entries[2]!.fields['url']).toBe(linked.link);
	});

	it("Markdown: one list line per bookmark, linked to the paper's first link when it has one", async () => {
		const {run} = freshBookmarks();
		await expectSuccess(run(['bookmarks', 'add', linked.id, linkedToo.id, unlinked.id]));
		const exported = await expectSuccess(run(['bookmarks', 'export', '--format', 'markdown']));
		const lines = linesOf(exported.stdout);
		expect(lines).toHaveLength(3);
		expect(lines[0]!.startsWith(`- [${linked.title}](${linked.link}) — Prompt Tuning, conditioning on`)).toBe(true);
		expect(lines[1]!.startsWith(`- [${linkedToo.title}](${linkedToo.link}) — `)).toBe(true);
		expect(lines[2]!.startsWith(`- ${unlinked.title} — Fine-tuning`)).toBe(true);
	});

	it('JSON: the bookmark records merged with their papers', async () => {
		const {run} = freshBookmarks();
		await expectSuccess(run(['bookmarks', 'add', linked.id, unlinked.id]));
		const [exported, bookmarks, first, second] = await Promise.all([
			expectSuccess(run(['bookmarks', 'export', '--format', 'json'])),
			expectSuccess(run(['bookmarks', '--json'])),
			expectSuccess(run(['show', linked.id, '--json'])),
			expectSuccess(run(['show', unlinked.id, '--json'])),
		]);
		const stored = parseJson<BookmarkJson[]>(bookmarks);
		const papers = [parseJson<PaperJson>(first), parseJson<PaperJson>(second)];
		expect(parseJson(exported)).toEqual(papers.map((paper, index) => ({...paper, addedAt: stored[index]!.addedAt})));
	});

	it('--output FILE replaces the file with the complete export by rename: nothing on stdout, no temporary file left', async () => {
		const {run} = freshBookmarks();
		const directory = temporaryDirectory('paper-tui-cli-export-');
		const file = path.join(directory, 'bookmarks.bib');
		writeFileSync(file, 'an older, much longer export that must be replaced, not appended to or left partly in place\n'.repeat(200));
		const previousInode = statSync(file).ino;
		await expectSuccess(run(['bookmarks', 'add', linked.id, unlinked.id]));
		const [toFile, toStdout] = await Promise.all([
			expectSuccess(run(['bookmarks', 'export', '--format', 'bibtex', '--output', file])),
			expectSuccess(run(['bookmarks', 'export', '--format', 'bibtex'])),
		]);
		expect(toFile.stdout).toBe('');
		expect(toFile.stderr).toContain(file);
		expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
		expect(readdirSync(directory)).toEqual(['bookmarks.bib']);
		// A new inode means the complete file was renamed into place; rewriting in place would keep the old one.
		expect(statSync(file).ino).not.toBe(previousInode);
	});

	it('--output into a directory that does not exist fails with one line naming the file, and creates nothing', async () => {
		const {run} = freshBookmarks();
		const directory = temporaryDirectory('paper-tui-cli-export-');
		const file = path.join(directory, 'missing', 'bookmarks.md');
		const occupied = path.join(directory, 'occupied');
		mkdirSync(occupied);
		await expectSuccess(run(['bookmarks', 'add', linked.id]));
		const [intoMissing, ontoDirectory] = await Promise.all([
			run(['bookmarks', 'export', '--format', 'markdown', '-o', file]),
			run(['bookmarks', 'export', '--format', 'markdown', '-o', occupied]),
		]);
		for (const [result, target] of [
			[intoMissing, file],
			[ontoDirectory, occupied],
		] as const) {
			expect(result.code).not.toBe(0);
			expect(result.stdout).toBe('');
			expect(linesOf(result.stderr)).toEqual([expect.stringContaining(target)]);
			expect(result.stderr).not.toMatch(/\.tmp-/);
		}

		expect(readdirSync(directory)).toEqual(['occupied']);
		expect(readdirSync(occupied)).toEqual([]);
	});

	it('an unknown --format exits 2 with the usage line, and a missing --format too', async () => {
		const {run, configDir} = freshBookmarks();
		const [unknown, missing] = await Promise.all([run(['bookmarks', 'export', '--format', 'nope']), run(['bookmarks', 'export'])]);
		for (const result of [unknown, missing]) {
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(linesOf(result.stderr)).toHaveLength(2);
			expect(result.stderr).toMatch(/bibtex/);
		}

		expect(unknown.stderr).toContain('nope');
		expect(existsSync(path.join(configDir, 'config.json'))).toBe(false);
	});
});

describe('a bookmark whose paper is not in the corpus in use', () => {
	it('is still listed by its stored title and exported in every format', async () => {
		const {run} = freshBookmarks();
		await expectSuccess(run(['bookmarks', 'add', linked.id, unlinked.id]));
		const other = ['--corpus', otherCorpus];
		const [plain, json, bibtex, markdown, exportedJson] = await Promise.all([
			expectSuccess(run([...other, 'bookmarks'])),
			expectSuccess(run([...other, 'bookmarks', '--json'])),
			expectSuccess(run([...other, 'bookmarks', 'export', '--format', 'bibtex'])),
			expectSuccess(run([...other, 'bookmarks', 'export', '--format', 'markdown'])),
			expectSuccess(run([...other, 'bookmarks', 'export', '--format', 'json'])),
		]);
		expect(plain.stdout).toContain(linked.title);
		expect(plain.stdout).toMatch(/not in this corpus/);
		expect(parseJson<BookmarkJson[]>(json)).toEqual([
			expect.objectContaining({id: linked.id, title: linked.title, missing: true}),
			expect.objectContaining({id: unlinked.id, title: unlinked.title, missing: true}),
		]);
		const library = parseBibtex(bibtex.stdout, {sentenceCase: false});
		expect(library.errors).toEqual([]);
		expect(library.entries.map(entry => entry.fields['title'])).toEqual([linked.title, unlinked.title]);
		expect(linesOf(markdown.stdout)).toEqual([`- ${linked.title}`, `- ${unlinked.title}`]);
		expect(parseJson<BookmarkJson[]>(exportedJson).map(record => [record.id, record.title, record.missing])).toEqual([
			[linked.id, linked.title, true],
			[unlinked.id, unlinked.title, true],
		]);
	});
});

describe('a corrupt config.json', () => {
	it('is kept byte for byte in a backup named on stderr, and the command still works', async () => {
		const {run, configDir} = freshBookmarks();
		const original = Buffer.from('{"version": 1, "bookmarks": [{"id": "precious", "title": "Pr\u00e9cieux"}\n', 'utf8');
		mkdirSync(configDir, {recursive: true});
		writeFileSync(path.join(configDir, 'config.json'), original);
		const add = await expectSuccess(run(['bookmarks', 'add', linked.id]));
		const backupName = readdirSync(configDir).find(name => name.startsWith('config.json.corrupt-'));
		expect(backupName).toBeDefined();
		const backupPath = path.join(configDir, backupName!);
		expect(readFileSync(backupPath)).toEqual(original);
		expect(linesOf(add.stderr)).toEqual([expect.stringContaining(backupPath)]);
		expect(add.stderr).not.toMatch(stackTraceLine);
		const list = await expectSuccess(run(['bookmarks', '--json']));
		expect(list.stderr).toBe('');
		expect(parseJson<BookmarkJson[]>(list).map(bookmark => bookmark.id)).toEqual([linked.id]);
	});

	it('does not stop a read-only command either: `bookmarks` lists nothing and names the backup', async () => {
		const {run, configDir} = freshBookmarks();
		mkdirSync(configDir, {recursive: true});
		writeFileSync(path.join(configDir, 'config.json'), 'not json at all');
		const list = await expectSuccess(run(['bookmarks', '--json']));
		expect(parseJson(list)).toEqual([]);
		const backupName = readdirSync(configDir).find(name => name.startsWith('config.json.corrupt-'));
		expect(backupName).toBeDefined();
		expect(list.stderr).toContain(path.join(configDir, backupName!));
		expect(readFileSync(path.join(configDir, backupName!), 'utf8')).toBe('not json at all');
	});
});
