import {existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

const record = (id: string) => ({id, title: `Paper ${id}`, addedAt: '2024-01-02T03:04:05.000Z'});
const fileWith = (...ids: string[]) => `${JSON.stringify({version: 1, bookmarks: ids.map(record)}, undefined, '\t')}\n`;

describe('the config folder is paper-tui, and the old paper-tui-nodejs file is moved over once', () => {
	const configHome = useTemporaryConfigHome();
	const oldDir = () => path.join(configHome(), 'paper-tui-nodejs');
	const newDir = () => path.join(configHome(), 'paper-tui');
	const writeOld = (content: string) => {
		mkdirSync(oldDir(), {recursive: true});
		writeFileSync(path.join(oldDir(), 'config.json'), content);
	};

	test('with no file anywhere, the store is $XDG_CONFIG_HOME/paper-tui/config.json and says nothing', async () => {
		const store = await openBookmarkStore();
		expect(store.path).toBe(path.join(newDir(), 'config.json'));
		await store.add([{id: 'one', title: 'One'}]);
		expect(existsSync(path.join(newDir(), 'config.json'))).toBe(true);
		expect(existsSync(oldDir())).toBe(false);
		expect(store.notices).toEqual([]);
	});

	test('an old file is moved byte for byte, once, with a one-line notice naming both paths', async () => {
		const content = fileWith('one', 'two');
		writeOld(content);
		const store = await openBookmarkStore();
		const oldPath = path.join(oldDir(), 'config.json');
		const newPath = path.join(newDir(), 'config.json');
		expect(store.path).toBe(newPath);
		expect(readFileSync(newPath, 'utf8')).toBe(content);
		expect(existsSync(oldPath)).toBe(false);
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['one', 'two']);
		expect(store.notices).toHaveLength(1);
		expect(store.notices[0]).toContain(oldPath);
		expect(store.notices[0]).toContain(newPath);
		expect(store.notices[0]).not.toContain('\n');
		expect(readdirSync(oldDir()).filter(name => name.includes('.lock'))).toEqual([]);
		expect(readdirSync(newDir())).toEqual(['config.json']);

		const again = await openBookmarkStore();
		expect(again.notices).toEqual([]);
		expect((await again.list()).map(bookmark => bookmark.id)).toEqual(['one', 'two']);
	});

	test('when both exist, the new one wins and the old one is left alone', async () => {
		writeOld(fileWith('old'));
		mkdirSync(newDir(), {recursive: true});
		writeFileSync(path.join(newDir(), 'config.json'), fileWith('new'));
		const store = await openBookmarkStore();
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['new']);
		expect(readFileSync(path.join(oldDir(), 'config.json'), 'utf8')).toBe(fileWith('old'));
		expect(store.notices).toEqual([]);
	});

	test('an old symbolic link is moved as a link', async () => {
		const target = path.join(configHome(), 'dotfiles.json');
		writeFileSync(target, fileWith('linked'));
		mkdirSync(oldDir(), {recursive: true});
		symlinkSync(target, path.join(oldDir(), 'config.json'));
		const store = await openBookmarkStore();
		expect(lstatSync(path.join(newDir(), 'config.json')).isSymbolicLink()).toBe(true);
		await store.add([{id: 'more', title: 'More'}]);
		expect(lstatSync(path.join(newDir(), 'config.json')).isSymbolicLink()).toBe(true);
		expect((JSON.parse(readFileSync(target, 'utf8')) as {bookmarks: Array<{id: string}>}).bookmarks.map(bookmark => bookmark.id)).toEqual([
			'linked',
			'more',
		]);
	});

	test('if the move fails, the old file is used where it is, with a one-line notice', async () => {
		writeOld(fileWith('one'));
		// A file where the new folder should be: the folder cannot be made.
		writeFileSync(newDir(), 'not a folder');
		const store = await openBookmarkStore();
		expect(store.path).toBe(path.join(oldDir(), 'config.json'));
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['one']);
		expect(store.notices).toHaveLength(1);
		expect(store.notices[0]).toMatch(/^Cannot move bookmarks file .*; using it where it is\.$/);
		expect(store.notices[0]).not.toContain('\n');
		await store.add([{id: 'two', title: 'Two'}]);
		expect(readFileSync(path.join(oldDir(), 'config.json'), 'utf8')).toContain('"two"');
	});

	test('an explicit directory is used as given; nothing is moved', async () => {
		writeOld(fileWith('one'));
		const explicit = path.join(configHome(), 'explicit');
		const store = await openBookmarkStore({configDir: explicit});
		expect(await store.list()).toEqual([]);
		expect(existsSync(path.join(oldDir(), 'config.json'))).toBe(true);
		expect(store.notices).toEqual([]);
	});
});
