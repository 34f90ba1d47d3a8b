import {mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore, readBookmarksNow, watchBookmarkFile} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

const attention = {id: 'attention', title: 'Attention Is All You Need'};
const bert = {id: 'bert', title: 'BERT'};

describe('what the explorer needs of the bookmark store', () => {
	const configHome = useTemporaryConfigHome();
	const configDir = () => path.join(configHome(), 'cfg');
	const open = async () => openBookmarkStore({configDir: configDir()});

	test('toggle off returns the record removed, with its title and date', async () => {
		const store = await open();
		const [added] = await store.add([attention]);
		const result = await store.toggle({id: 'attention', title: 'Another title'});
		expect(result).toEqual({bookmarks: [], added: false, removed: added});
		expect((await store.toggle(bert)).removed).toBeUndefined();
	});

	test('restore puts a bookmark back with its own title and addedAt, in date order', async () => {
		const store = await open();
		const [first, second, third] = await store
			.add([attention])
			.then(async () => store.add([bert]))
			.then(async () => store.add([{id: 'gpt', title: 'GPT'}]));
		expect(first && second && third).toBeTruthy();
		await store.remove(['bert']);
		const restored = await store.restore([second!]);
		expect(restored).toEqual([first, second, third]);
		const onDisk = JSON.parse(readFileSync(store.path, 'utf8')) as {bookmarks: unknown[]};
		expect(onDisk.bookmarks).toEqual([first, second, third]);
		expect(await store.restore([second!]), 'an id already bookmarked is left alone').toEqual([first, second, third]);
	});

	test('readBookmarksNow reads the file as the store does, synchronously', async () => {
		expect(readBookmarksNow({configDir: configDir()}), 'no file: no bookmarks').toEqual([]);
		const store = await open();
		const saved = await store.add([attention, bert]);
		expect(readBookmarksNow({configDir: configDir()})).toEqual(saved);
	});

	test('readBookmarksNow reads the old paper-tui-nodejs file before the store has moved it', () => {
		const env = {XDG_CONFIG_HOME: configHome()};
		const legacy = path.join(configHome(), 'paper-tui-nodejs');
		mkdirSync(legacy, {recursive: true});
		const saved = [{...attention, addedAt: '2026-01-01T00:00:00.000Z'}];
		writeFileSync(path.join(legacy, 'config.json'), JSON.stringify({version: 1, bookmarks: saved}));
		expect(readBookmarksNow({env, homeDirectory: configHome()})).toEqual(saved);
		mkdirSync(path.join(configHome(), 'paper-tui'), {recursive: true});
		writeFileSync(path.join(configHome(), 'paper-tui', 'config.json'), JSON.stringify({version: 1, bookmarks: []}));
		expect(readBookmarksNow({env, homeDirectory: configHome()}), 'the new file wins once it exists').toEqual([]);
	});

	test.each([
		['not JSON', '{"bookmarks": ['],
		['not a bookmark file', '[1, 2]'],
	])('readBookmarksNow is undefined (not known yet) for a file that is %s', (_name, text) => {
		mkdirSync(configDir(), {recursive: true});
		writeFileSync(path.join(configDir(), 'config.json'), text);
		expect(readBookmarksNow({configDir: configDir()})).toBeUndefined();
	});

	test('watchBookmarkFile reports a write, and a replacement by rename, of the file', async () => {
		const store = await open();
		await store.add([attention]);
		let changes = 0;
		const stop = watchBookmarkFile(store.path, () => {
			changes++;
		});
		try {
			await store.add([bert]);
			await waitFor(() => changes >= 1);
			const before = changes;
			const temporary = `${store.path}.elsewhere`;
			writeFileSync(temporary, JSON.stringify({version: 1, bookmarks: []}));
			renameSync(temporary, store.path);
			await waitFor(() => changes > before);
			const afterRename = changes;
			writeFileSync(path.join(configDir(), 'unrelated.txt'), 'x');
			await new Promise(resolve => setTimeout(resolve, 200));
			expect(changes, 'other files in the directory are not changes').toBe(afterRename);
		} finally {
			stop();
		}
	});

	test('watchBookmarkFile follows a symbolic link: a write beside its target is a change', async () => {
		const dotfiles = path.join(configHome(), 'dotfiles');
		mkdirSync(dotfiles, {recursive: true});
		mkdirSync(configDir(), {recursive: true});
		const target = path.join(dotfiles, 'paper-tui.json');
		writeFileSync(target, JSON.stringify({version: 1, bookmarks: []}));
		const link = path.join(configDir(), 'config.json');
		symlinkSync(target, link);
		let changes = 0;
		const stop = watchBookmarkFile(link, () => {
			changes++;
		});
		try {
			writeFileSync(`${target}.tmp`, JSON.stringify({version: 1, bookmarks: [{...attention, addedAt: '2026-01-01T00:00:00.000Z'}]}));
			renameSync(`${target}.tmp`, target);
			await waitFor(() => changes >= 1);
		} finally {
			stop();
		}
	});

	test('watchBookmarkFile notices the file appearing in a directory that did not exist yet', async () => {
		const filePath = path.join(configDir(), 'config.json');
		rmSync(configDir(), {recursive: true, force: true});
		let changes = 0;
		const stop = watchBookmarkFile(filePath, () => {
			changes++;
		});
		try {
			const store = await open();
			await store.add([attention]);
			await waitFor(() => changes >= 1, 3000);
		} finally {
			stop();
		}
	});
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) {
			throw new Error('timed out waiting for a change to be reported');
		}

		await new Promise(resolve => setTimeout(resolve, 10));
	}
}
