import {existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {changeTags, mergeMarks, setRead, toPaperMarks} from '../../src/bookmarks/paper-marks.js';
import {useTemporaryConfigHome} from './temp-config.js';

const readAt = '2026-03-04T05:06:07.000Z';

describe('marks as data', () => {
	test('setRead keeps the first read time, unread removes an empty record, other fields stay', () => {
		const read = setRead({a: {stars: 3}}, ['a', 'b'], readAt);
		expect(read).toEqual({papers: {a: {stars: 3, readAt}, b: {readAt}}, changed: true});
		expect(setRead(read.papers, ['a'], '2030-01-01T00:00:00.000Z')).toEqual({papers: read.papers, changed: false});
		expect(setRead(read.papers, ['a', 'b'], undefined).papers).toEqual({a: {stars: 3}});
	});

	test('changeTags adds and removes normalised tags, case and spaces folded', () => {
		const tagged = changeTags({}, 'a', {add: ['Deep Learning', 'nlp', 'NLP'], remove: []});
		expect(tagged.papers).toEqual({a: {tags: ['deep-learning', 'nlp']}});
		expect(changeTags(tagged.papers, 'a', {add: ['nlp'], remove: ['missing']}).changed).toBe(false);
		expect(changeTags(tagged.papers, 'a', {add: [], remove: ['deep-learning', 'nlp']}).papers).toEqual({});
	});

	test('mergeMarks keeps the earlier read time and the union of tags', () => {
		const merged = mergeMarks(
			{a: {readAt: '2026-05-01T00:00:00.000Z', tags: ['x']}, b: {tags: ['y']}},
			{a: {readAt, tags: ['z', 'x']}, c: {readAt}},
		);
		expect(merged.papers).toEqual({a: {readAt, tags: ['x', 'z']}, b: {tags: ['y']}, c: {readAt}});
	});

	test('toPaperMarks normalises hand-edited tags and leaves out empty records', () => {
		expect([...toPaperMarks({a: {tags: [' Robots ', 'robots', '']}, b: {stars: 1}, c: {readAt}})]).toEqual([
			['a', {tags: ['robots']}],
			['c', {readAt, tags: []}],
		]);
	});
});

describe('read state and tags in the store', () => {
	const configHome = useTemporaryConfigHome();
	const configDir = () => path.join(configHome(), 'cfg');
	const configPath = () => path.join(configDir(), 'config.json');
	const content = () => JSON.parse(readFileSync(configPath(), 'utf8')) as Record<string, unknown>;
	const open = async () => openBookmarkStore({configDir: configDir()});

	test('toggleRead, setRead and changeTags write version 2 with a record per paper', async () => {
		const store = await open();
		expect(await store.toggleRead('attention')).toMatchObject({isRead: true});
		await store.changeTags('attention', {add: ['nlp', 'transformers'], remove: []});
		await store.setRead(['bert'], true);
		const marks = await store.marks();
		expect(marks.get('attention')).toEqual({readAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string, tags: ['nlp', 'transformers']});
		expect(content()).toMatchObject({version: 2, bookmarks: [], papers: {attention: {tags: ['nlp', 'transformers']}, bert: {}}});
		expect((await store.toggleRead('attention')).isRead).toBe(false);
		await expect((await open()).marks()).resolves.toEqual(
			new Map([
				['attention', {tags: ['nlp', 'transformers']}],
				['bert', {readAt: expect.any(String) as string, tags: []}],
			]),
		);
	});

	test('two sessions changing the same paper merge per field: a tag added in one and read state set in the other both survive', async () => {
		const left = await open();
		const right = await open();
		await left.changeTags('attention', {add: ['left'], remove: []});
		await right.setRead(['attention'], true);
		await right.changeTags('attention', {add: ['right'], remove: []});
		await left.add([{id: 'attention', title: 'Attention'}]);
		const marks = await left.marks();
		expect(marks.get('attention')).toEqual({readAt: expect.any(String) as string, tags: ['left', 'right']});
		expect((await right.list()).map(bookmark => bookmark.id)).toEqual(['attention']);
	});

	test('a version-1 file: read as it is, upgraded on the first change, bookmarks and other keys kept, backed up once', async () => {
		mkdirSync(configDir(), {recursive: true});
		const bookmark = {id: 'attention', title: 'Attention', addedAt: readAt};
		const original = `${JSON.stringify({version: 1, bookmarks: [bookmark], theme: 'dark'}, undefined, '\t')}\n`;
		writeFileSync(configPath(), original);
		const store = await open();
		expect(await store.list()).toEqual([bookmark]);
		expect(readFileSync(configPath(), 'utf8')).toBe(original);
		expect(existsSync(path.join(configDir(), 'config.v1.json'))).toBe(false);

		await store.changeTags('attention', {add: ['nlp'], remove: []});
		expect(content()).toEqual({version: 2, bookmarks: [bookmark], papers: {attention: {tags: ['nlp']}}, theme: 'dark'});
		expect(readFileSync(path.join(configDir(), 'config.v1.json'), 'utf8')).toBe(original);

		// Another version-1 file later (an older paper-tui's own): upgraded again, the first backup is never overwritten.
		writeFileSync(configPath(), JSON.stringify({version: 1, bookmarks: []}));
		await store.setRead(['attention'], true);
		expect(content()).toMatchObject({version: 2, papers: {attention: {readAt: expect.any(String) as string}}});
		expect(readFileSync(path.join(configDir(), 'config.v1.json'), 'utf8')).toBe(original);
		expect(readdirSync(configDir()).sort()).toEqual(['config.json', 'config.v1.json']);
	});

	test('a new file is written as version 2 with no version-1 backup', async () => {
		const store = await open();
		await store.setRead(['attention'], true);
		expect(readdirSync(configDir())).toEqual(['config.json']);
	});

	test('rejects a tag change that is not two lists of strings, writing nothing', async () => {
		const store = await open();
		await expect(store.changeTags('a', {add: 'nlp', remove: []} as never)).rejects.toThrow(
			'Expected `add` of a tag change to be a list of strings',
		);
		expect(existsSync(configPath())).toBe(false);
	});
});
