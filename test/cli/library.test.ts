import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli, stackTraceLine, temporaryDirectory} from './run-cli.js';

const first = 'improving-large-language-model-fine-tuning-for-solving-math';
const second = 'preserving-in-context-learning-ability-in-large-language';

/** A machine: its config and data folders, and the program run with them. */
function machine() {
	const configDir = temporaryDirectory('paper-tui-library-config-');
	const dataDir = temporaryDirectory('paper-tui-library-data-');
	const run = async (args: readonly string[]) => runCli(args, {configDir, env: {PAPER_TUI_DATA_DIR: dataDir}});
	const config = () =>
		JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {
			bookmarks: Array<{id: string; addedAt: string}>;
			papers: Record<string, {readAt?: string; tags?: string[]}>;
		};
	const writeConfig = (content: object) => writeFileSync(path.join(configDir, 'config.json'), JSON.stringify(content));
	const note = (id: string) => path.join(dataDir, 'notes', `${id}.md`);
	return {configDir, dataDir, run, config, writeConfig, note};
}

describe('paper-tui library export and import', () => {
	it('moves bookmarks, read state, tags and notes to another machine, merging with what is there', async () => {
		const laptop = machine();
		laptop.writeConfig({
			version: 2,
			bookmarks: [{id: first, title: 'Improving', addedAt: '2026-01-02T03:04:05.000Z'}],
			papers: {[first]: {readAt: '2026-01-03T00:00:00.000Z', tags: ['math']}, [second]: {tags: ['icl']}},
		});
		mkdirSync(path.join(laptop.dataDir, 'notes'), {recursive: true});
		writeFileSync(laptop.note(first), '# Notes\nGood baseline.\n');
		writeFileSync(laptop.note(second), 'Read the appendix.\n');
		const exportFile = path.join(laptop.dataDir, 'library.json');
		const exported = await laptop.run(['library', 'export', '-o', exportFile]);
		expect(exported.stderr).toBe(`paper-tui: exported 1 bookmark, marks of 2 papers and 2 notes to ${exportFile}\n`);
		expect(exported.code).toBe(0);

		const desktop = machine();
		desktop.writeConfig({
			version: 1,
			bookmarks: [{id: second, title: 'Preserving', addedAt: '2026-02-01T00:00:00.000Z'}],
			theme: 'dark',
		});
		mkdirSync(path.join(desktop.dataDir, 'notes'), {recursive: true});
		writeFileSync(desktop.note(second), 'Mine: check table 3.\n');
		const imported = await desktop.run(['library', 'import', exportFile]);
		expect(imported.stderr).toBe(
			`paper-tui: imported ${exportFile}: 1 new bookmark, read state or tags of 2 papers, 1 new note, 1 note merged\n`,
		);
		expect(imported.code).toBe(0);
		const config = desktop.config();
		expect(config.bookmarks.map(bookmark => [bookmark.id, bookmark.addedAt])).toEqual([
			[first, '2026-01-02T03:04:05.000Z'],
			[second, '2026-02-01T00:00:00.000Z'],
		]);
		expect(config.papers).toEqual({[first]: {readAt: '2026-01-03T00:00:00.000Z', tags: ['math']}, [second]: {tags: ['icl']}});
		expect(config).toMatchObject({version: 2, theme: 'dark'});
		// The desktop's version-1 file was upgraded by the import, and kept once beside it.
		expect(JSON.parse(readFileSync(path.join(desktop.configDir, 'config.v1.json'), 'utf8'))).toMatchObject({version: 1});
		expect(readFileSync(desktop.note(first), 'utf8')).toBe('# Notes\nGood baseline.\n');
		expect(readFileSync(desktop.note(second), 'utf8')).toBe(
			'Mine: check table 3.\n\n<!-- merged from library.json -->\n\nRead the appendix.\n',
		);

		// Importing the same file again changes nothing.
		const again = await desktop.run(['library', 'import', exportFile]);
		expect(again.stderr).toBe(
			`paper-tui: imported ${exportFile}: 0 new bookmarks, read state or tags of 0 papers, 0 new notes, 0 notes merged\n`,
		);
		expect(desktop.config()).toEqual(config);
	});

	it('export without -o prints the library', async () => {
		const laptop = machine();
		laptop.writeConfig({version: 2, bookmarks: [], papers: {[first]: {tags: ['math']}}});
		const result = await laptop.run(['library', 'export']);
		expect(JSON.parse(result.stdout)).toMatchObject({
			format: 'paper-tui-library',
			version: 1,
			bookmarks: [],
			papers: {[first]: {tags: ['math']}},
			notes: {},
		});
	});

	it.each([
		['not JSON', '{"format": ', 'not valid JSON'],
		['another JSON file', '{"version": 2, "bookmarks": []}', 'not a paper-tui library export (no "format": "paper-tui-library")'],
		['a newer library', '{"format": "paper-tui-library", "version": 9}', 'library format version 9 is not one this paper-tui reads (1)'],
	])('refuses %s in one line, exit 2, changing nothing', async (_name, content, reason) => {
		const desktop = machine();
		const file = path.join(desktop.dataDir, 'bad.json');
		writeFileSync(file, content);
		const result = await desktop.run(['library', 'import', file]);
		expect(result.stderr).toBe(`paper-tui: ${file}: ${reason}; nothing was imported\n`);
		expect(result.stderr).not.toMatch(stackTraceLine);
		expect(result.code).toBe(2);
	});

	it('a note id that could leave the notes folder is skipped and counted', async () => {
		const desktop = machine();
		const file = path.join(desktop.dataDir, 'evil.json');
		writeFileSync(file, JSON.stringify({format: 'paper-tui-library', version: 1, notes: {'../../escape': 'x', ok: 'fine'}}));
		const result = await desktop.run(['library', 'import', file]);
		expect(result.stderr).toMatch(/1 new note, 0 notes merged; 1 malformed record skipped\n$/);
		expect(readFileSync(desktop.note('ok'), 'utf8')).toBe('fine');
	});
});

describe('paper-tui search with filters', () => {
	it('applies is:, tag:, year: and note: to the ranked answer, reading marks, bookmarks and notes from disk', async () => {
		const laptop = machine();
		laptop.writeConfig({
			version: 2,
			bookmarks: [{id: second, title: 'Preserving', addedAt: '2026-01-02T03:04:05.000Z'}],
			papers: {[first]: {readAt: '2026-01-03T00:00:00.000Z', tags: ['math']}, [second]: {tags: ['icl', 'math']}},
		});
		mkdirSync(path.join(laptop.dataDir, 'notes'), {recursive: true});
		writeFileSync(laptop.note(second), 'Read the Appendix.\n');
		const ids = async (query: string) => {
			const result = await laptop.run(['search', query, '--json']);
			return {
				code: result.code,
				stderr: result.stderr,
				ids: (JSON.parse(result.stdout || '[]') as Array<{id: string}>).map(paper => paper.id),
			};
		};
		expect(await ids('tag:math')).toEqual({code: 0, stderr: '', ids: [first, second]});
		expect((await ids('tag:math is:unread')).ids).toEqual([second]);
		expect((await ids('tag:math is:read')).ids).toEqual([first]);
		expect((await ids('is:bookmarked')).ids).toEqual([second]);
		expect((await ids('note:appendix')).ids).toEqual([second]);
		expect((await ids('language tag:icl')).ids).toEqual([second]);
		const none = await ids('tag:absent');
		expect(none.code).toBe(1);
		expect(none.ids).toEqual([]);
	});

	it('says what a malformed filter should look like and searches it as a word', async () => {
		const result = await machine().run(['search', 'year:abc']);
		expect(result.stderr.split('\n')[0]).toBe('paper-tui: year:abc is not a year: try year:2023, year:>=2022 or year:2019..2021');
		expect(result.stderr).not.toMatch(stackTraceLine);
	});
});
