import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Paper} from '../../src/types.js';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {createServices} from '../../src/explorer/create-services.js';

const paper = (id: string, title: string): Paper => ({id, title, abstract: '', authors: [], links: []});
const papers = [paper('shared-paper', 'Shared Paper'), paper('only-first', 'Only First')];
const idAliases = new Map([['shared-paper-2', 'shared-paper']]);

describe("the explorer's bookmarks through the merge's id aliases", () => {
	let configDir: string;
	beforeEach(async () => {
		configDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-aliases-'));
		const store = await openBookmarkStore({configDir, env: {}});
		await store.add([
			{id: 'shared-paper-2', title: 'Shared Paper'},
			{id: 'only-first', title: 'Only First'},
		]);
	});
	afterEach(() => {
		rmSync(configDir, {recursive: true, force: true});
	});

	const services = () => createServices(papers, {configDir, env: {}, stdout: process.stdout, idAliases}).services;

	it('shows a bookmark saved under an old id on the paper that has it now, from the first frame', async () => {
		expect(
			services()
				.readBookmarksNow()
				?.map(bookmark => bookmark.id),
		).toEqual(['shared-paper', 'only-first']);
		expect((await (await services().openBookmarks()).list()).map(bookmark => bookmark.id)).toEqual(['shared-paper', 'only-first']);
	});

	it('unbookmarking the paper removes the bookmark stored under its old id, and undo puts it back', async () => {
		const bookmarks = await services().openBookmarks();
		const result = await bookmarks.toggle({id: 'shared-paper', title: 'Shared Paper'});
		expect(result.added).toBe(false);
		expect(result.bookmarks.map(bookmark => bookmark.id)).toEqual(['only-first']);
		expect(result.removed).toMatchObject({id: 'shared-paper', title: 'Shared Paper'});
		const store = await openBookmarkStore({configDir, env: {}});
		expect((await store.list()).map(bookmark => bookmark.id)).toEqual(['only-first']);
		const restored = await bookmarks.restore([result.removed!]);
		expect(restored.map(bookmark => bookmark.id).sort()).toEqual(['only-first', 'shared-paper']);
	});

	it('removing the paper removes the old id too', async () => {
		const bookmarks = await services().openBookmarks();
		expect((await bookmarks.remove(['shared-paper'])).map(bookmark => bookmark.id)).toEqual(['only-first']);
	});

	it('without aliases an old id stays a bookmark of a missing paper', async () => {
		const plain = createServices(papers, {configDir, env: {}, stdout: process.stdout}).services;
		expect(plain.readBookmarksNow()?.map(bookmark => bookmark.id)).toEqual(['shared-paper-2', 'only-first']);
	});
});
