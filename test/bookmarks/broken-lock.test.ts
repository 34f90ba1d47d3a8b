import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import {addBookmarks} from '../../src/bookmarks/bookmark-changes.js';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

vi.mock('../../src/bookmarks/bookmark-changes.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../src/bookmarks/bookmark-changes.js')>();
	return {...actual, addBookmarks: vi.fn(actual.addBookmarks)};
});

describe('bookmark store when its lock was broken', () => {
	const configHome = useTemporaryConfigHome();

	test('a file replaced between the read and the rename is re-read and merged, not overwritten', async () => {
		const store = await openBookmarkStore({configDir: path.join(configHome(), 'cfg')});
		await store.add([{id: 'first', title: 'First'}]);
		const intruder = {id: 'intruder', title: 'Written by a process that broke a stalled lock', addedAt: '2024-01-02T03:04:05.000Z'};
		const {addBookmarks: realAdd} = await vi.importActual<typeof import('../../src/bookmarks/bookmark-changes.js')>(
			'../../src/bookmarks/bookmark-changes.js',
		);
		vi.mocked(addBookmarks).mockImplementationOnce((bookmarks, entries, addedAt) => {
			writeFileSync(store.path, JSON.stringify({version: 1, bookmarks: [...bookmarks, intruder]}));
			return realAdd(bookmarks, entries, addedAt);
		});

		const result = await store.add([{id: 'second', title: 'Second'}]);
		expect(result.map(bookmark => bookmark.id)).toEqual(['first', 'intruder', 'second']);
		expect(vi.mocked(addBookmarks)).toHaveBeenCalledTimes(3);
		const stored = JSON.parse(readFileSync(store.path, 'utf8')) as {bookmarks: Array<{id: string}>};
		expect(stored.bookmarks.map(bookmark => bookmark.id)).toEqual(['first', 'intruder', 'second']);
	});
});
