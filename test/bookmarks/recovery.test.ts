import {chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {BookmarkStoreError, openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

const record = (id: string) => ({id, title: `Paper ${id}`, addedAt: '2024-01-02T03:04:05.000Z'});
const validFile = `${JSON.stringify({version: 1, bookmarks: [record('one'), record('two')]}, undefined, '\t')}\n`;

describe('bookmark store recovery', () => {
	const configHome = useTemporaryConfigHome();
	const configDir = () => path.join(configHome(), 'cfg');
	const configPath = () => path.join(configDir(), 'config.json');
	const writeConfig = (content: string) => {
		mkdirSync(configDir(), {recursive: true});
		writeFileSync(configPath(), content);
	};

	const backups = () => readdirSync(configDir()).filter(name => name.startsWith('config.json.corrupt-'));
	const onlyBackupPath = () => {
		const names = backups();
		expect(names).toHaveLength(1);
		expect(names[0]).toMatch(/^config\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
		return path.join(configDir(), names[0]!);
	};

	test.each([
		['truncated JSON', validFile.slice(0, 70), /not valid JSON/],
		['an empty file', '', /not valid JSON/],
		['a top-level list', JSON.stringify([record('one')]), /the top level is a list, not an object/],
		['bookmarks that are not a list', JSON.stringify({version: 1, bookmarks: 'one,two'}), /`bookmarks` is a string, not a list/],
	])('%s: the file is moved aside byte for byte, the app starts empty, and a notice says where', async (_name, content, reason) => {
		writeConfig(content);
		const store = await openBookmarkStore({configDir: configDir()});
		const backupPath = onlyBackupPath();
		expect(readFileSync(backupPath, 'utf8')).toBe(content);
		expect(await store.list()).toEqual([]);
		expect(store.notices).toHaveLength(1);
		expect(store.notices[0]).toMatch(reason);
		expect(store.notices[0]).toContain(`Bookmarks file ${configPath()} could not be used`);
		expect(store.notices[0]).toContain(`moved to ${backupPath}`);
		expect(store.notices[0]!.indexOf(backupPath)).toBeLessThan(80);
		expect(store.notices[0]).not.toContain('\n');
		expect((await store.add([{id: 'new', title: 'New'}])).map(bookmark => bookmark.id)).toEqual(['new']);
		expect(readFileSync(backupPath, 'utf8')).toBe(content);
	});

	test('malformed records: the good ones are kept, the original is backed up, and the notice counts the dropped', async () => {
		const original = JSON.stringify({
			version: 1,
			theme: 'dark',
			bookmarks: [record('one'), {id: 'no-title'}, 42, record('two'), record('one')],
		});
		writeConfig(original);
		const store = await openBookmarkStore({configDir: configDir()});
		const backupPath = onlyBackupPath();
		expect(readFileSync(backupPath, 'utf8')).toBe(original);
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['one', 'two']);
		expect(JSON.parse(readFileSync(configPath(), 'utf8'))).toEqual({
			version: 2,
			bookmarks: [record('one'), record('two')],
			papers: {},
			theme: 'dark',
		});
		expect(store.notices).toEqual([
			`Dropped 3 malformed bookmarks from ${configPath()}; the others were kept. The original file is saved as ${backupPath}.`,
		]);
	});

	test('a file damaged while the app runs is repaired by the next write, keeping the new backup too', async () => {
		const store = await openBookmarkStore({configDir: configDir()});
		await store.add([{id: 'one', title: 'One'}]);
		writeFileSync(configPath(), '{"version": 1, "bookmarks": [');
		expect((await store.add([{id: 'two', title: 'Two'}])).map(bookmark => bookmark.id)).toEqual(['two']);
		expect(readFileSync(onlyBackupPath(), 'utf8')).toBe('{"version": 1, "bookmarks": [');
		expect(store.notices).toHaveLength(1);
	});

	test('a byte-order mark before the JSON is tolerated', async () => {
		writeConfig(`\uFEFF${validFile}`);
		const store = await openBookmarkStore({configDir: configDir()});
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['one', 'two']);
		expect(store.notices).toEqual([]);
	});

	test('a newer version is shown read-only and never overwritten', async () => {
		const newer = JSON.stringify({
			version: 3,
			bookmarks: [record('one'), {id: 'two', tags: ['x']}],
			papers: {one: {tags: ['x']}},
			shelves: {},
		});
		writeConfig(newer);
		const store = await openBookmarkStore({configDir: configDir()});
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['one']);
		const notice = `Bookmarks file ${configPath()} has format version 3, newer than this paper-tui understands (2); bookmarks are read-only. Update paper-tui to change them.`;
		expect(store.notices).toEqual([notice]);
		await expect(store.add([{id: 'three', title: 'Three'}])).rejects.toThrow(new BookmarkStoreError(`Cannot save bookmarks: ${notice}`));
		await expect(store.toggle({id: 'one', title: 'One'})).rejects.toBeInstanceOf(BookmarkStoreError);
		await expect(store.remove(['one'])).rejects.toBeInstanceOf(BookmarkStoreError);
		expect([...(await store.marks())]).toEqual([['one', {tags: ['x']}]]);
		await expect(store.changeTags('one', {add: ['y'], remove: []})).rejects.toBeInstanceOf(BookmarkStoreError);
		await expect(store.setRead(['one'], true)).rejects.toBeInstanceOf(BookmarkStoreError);
		expect(readFileSync(configPath(), 'utf8')).toBe(newer);
		expect(backups()).toEqual([]);
		expect(store.notices).toEqual([notice]);
	});

	test('a directory where config.json should be: the app starts, the notice says what and where, writes fail with one line', async () => {
		mkdirSync(configPath(), {recursive: true});
		const store = await openBookmarkStore({configDir: configDir()});
		expect(await store.list()).toEqual([]);
		expect(store.notices).toHaveLength(1);
		expect(store.notices[0]).toMatch(
			new RegExp(`^Cannot read bookmarks file ${configPath()} \\(EISDIR: .*\\); bookmarks are unavailable this session\\.`),
		);
		const failure = await store.add([{id: 'one', title: 'One'}]).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(BookmarkStoreError);
		expect((failure as Error).message).toMatch(new RegExp(`^Cannot save bookmarks: Cannot read bookmarks file ${configPath()} \\(EISDIR`));
		expect((failure as Error).message).not.toContain('\n');
		expect(readdirSync(configDir())).toEqual(['config.json']);
	});

	test('a config directory that cannot be created: the app starts and writes fail naming the path', async () => {
		writeFileSync(path.join(configHome(), 'not-a-directory'), '');
		const store = await openBookmarkStore({configDir: path.join(configHome(), 'not-a-directory', 'cfg')});
		expect(await store.list()).toEqual([]);
		expect(store.notices[0]).toMatch(/^Cannot read bookmarks file .*not-a-directory\/cfg\/config\.json \(ENOTDIR/);
		await expect(store.add([{id: 'one', title: 'One'}])).rejects.toThrow(
			/^Cannot save bookmarks to .*not-a-directory\/cfg\/config\.json: ENOTDIR/,
		);
	});

	const isRoot = process.getuid?.() === 0;
	test.skipIf(isRoot)('an unreadable file (mode 000; skipped as root, where permissions do not block reads)', async () => {
		writeConfig(validFile);
		chmodSync(configPath(), 0o000);
		try {
			const store = await openBookmarkStore({configDir: configDir()});
			expect(await store.list()).toEqual([]);
			expect(store.notices[0]).toMatch(/\(EACCES: /);
			await expect(store.add([{id: 'three', title: 'Three'}])).rejects.toBeInstanceOf(BookmarkStoreError);
		} finally {
			chmodSync(configPath(), 0o644);
		}

		expect(readFileSync(configPath(), 'utf8')).toBe(validFile);
	});
});
