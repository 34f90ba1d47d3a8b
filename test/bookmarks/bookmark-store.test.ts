import {readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

const attention = {id: 'attention', title: 'Attention Is All You Need'};
const bert = {id: 'bert', title: 'BERT'};

describe('bookmark store', () => {
	const configHome = useTemporaryConfigHome();
	const open = async () => openBookmarkStore({configDir: path.join(configHome(), 'cfg')});
	const fileContent = (filePath: string): unknown => JSON.parse(readFileSync(filePath, 'utf8'));

	test('starts empty without creating config.json, and keeps it under the config directory', async () => {
		const store = await open();
		expect(store.path).toBe(path.join(configHome(), 'cfg', 'config.json'));
		expect(await store.list()).toEqual([]);
		expect(store.notices).toEqual([]);
		expect(() => statSync(store.path)).toThrow(/ENOENT/);
	});

	test('add writes version 2 with {id, title, addedAt} records, oldest first, and returns the full list', async () => {
		const store = await open();
		const before = Date.now();
		const afterFirst = await store.add([attention]);
		const afterSecond = await store.add([bert]);
		expect(afterFirst.map(bookmark => bookmark.id)).toEqual(['attention']);
		expect(afterSecond.map(bookmark => bookmark.id)).toEqual(['attention', 'bert']);
		expect(Date.parse(afterSecond[0]!.addedAt)).toBeGreaterThanOrEqual(before - 1);
		expect(afterSecond[0]!.addedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
		expect(fileContent(store.path)).toEqual({version: 2, bookmarks: afterSecond, papers: {}});
		expect(await (await open()).list()).toEqual(afterSecond);
	});

	test('adding an existing id is a no-op that keeps its original title and addedAt', async () => {
		const store = await open();
		const [original] = await store.add([attention]);
		const modifiedTime = statSync(store.path).mtimeMs;
		const again = await store.add([
			{id: 'attention', title: 'Renamed'},
			{id: 'attention', title: 'Twice'},
		]);
		expect(again).toEqual([original]);
		expect(statSync(store.path).mtimeMs).toBe(modifiedTime);
	});

	test('remove drops the given ids and ignores unknown ones', async () => {
		const store = await open();
		await store.add([attention, bert]);
		expect((await store.remove(['attention', 'never-bookmarked'])).map(bookmark => bookmark.id)).toEqual(['bert']);
		expect(await store.remove(['never-bookmarked'])).toHaveLength(1);
		expect(await store.remove(['bert'])).toEqual([]);
		expect(fileContent(store.path)).toEqual({version: 2, bookmarks: [], papers: {}});
	});

	test('toggle adds an absent id and removes a present one', async () => {
		const store = await open();
		const first = await store.toggle(attention);
		expect(first.added).toBe(true);
		expect(first.bookmarks.map(bookmark => bookmark.id)).toEqual(['attention']);
		expect(await store.toggle(attention)).toEqual({bookmarks: [], added: false, removed: first.bookmarks[0]});
	});

	test('a dotted id stays one flat record (conf dot-notation is off)', async () => {
		const store = await open();
		await store.add([
			{id: 'a.b', title: 'Dotted'},
			{id: '__proto__', title: 'Proto'},
		]);
		const content = fileContent(store.path) as {bookmarks: Array<{id: string}>};
		expect(Object.keys(content)).toEqual(['version', 'bookmarks', 'papers']);
		expect(content.bookmarks.map(bookmark => bookmark.id)).toEqual(['a.b', '__proto__']);
		expect((await store.remove(['a.b'])).map(bookmark => bookmark.id)).toEqual(['__proto__']);
	});

	test('other top-level keys and unknown record fields survive a write', async () => {
		const store = await open();
		await store.add([attention]);
		const content = fileContent(store.path) as {bookmarks: Array<Record<string, unknown>>};
		content.bookmarks[0]!['note'] = 'read later';
		writeFileSync(store.path, JSON.stringify({...content, theme: 'dark'}));
		await store.add([bert]);
		expect(fileContent(store.path)).toMatchObject({theme: 'dark', bookmarks: [{id: 'attention', note: 'read later'}, {id: 'bert'}]});
		expect(Object.keys((await store.list())[0]!)).toEqual(['id', 'title', 'addedAt']);
	});

	test("list re-reads the file: another writer's change shows without reopening", async () => {
		const store = await open();
		const other = await open();
		await other.add([bert]);
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['bert']);
	});

	test.each([
		[
			'an id that is not a string',
			async (store: Awaited<ReturnType<typeof open>>) => store.add([{id: 7, title: 'x'} as never]),
			'Expected `id` to be a non-empty string, got number',
		],
		[
			'an empty id',
			async (store: Awaited<ReturnType<typeof open>>) => store.toggle({id: '', title: 'x'}),
			'Expected `id` to be a non-empty string, got an empty string',
		],
		[
			'a missing title',
			async (store: Awaited<ReturnType<typeof open>>) => store.add([{id: 'x'} as never]),
			'Expected `title` of bookmark `x` to be a string, got undefined',
		],
		[
			'ids that are not a list',
			async (store: Awaited<ReturnType<typeof open>>) => store.remove('x' as never),
			'Expected `ids` to be a list, got string',
		],
	])('rejects %s with a TypeError naming the key, writing nothing', async (_name, call, message) => {
		const store = await open();
		await expect(call(store)).rejects.toThrow(new TypeError(message));
		expect(() => statSync(store.path)).toThrow(/ENOENT/);
	});

	test('writes leave no temporary files, and sweep ones abandoned by killed writers', async () => {
		const store = await open();
		await store.add([attention]);
		const directory = path.dirname(store.path);
		const abandoned = path.join(directory, 'config.json.tmp-99999-deadbeef');
		const recent = path.join(directory, 'config.json.tmp-99998-cafebabe');
		writeFileSync(abandoned, '{"half');
		writeFileSync(recent, '{"half');
		utimesSync(abandoned, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
		await store.add([bert]);
		expect(readdirSync(directory).sort()).toEqual(['config.json', 'config.json.tmp-99998-cafebabe']);
	});
});
