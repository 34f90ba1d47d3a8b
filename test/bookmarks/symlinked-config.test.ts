import {
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

const record = (id: string) => ({id, title: `Paper ${id}`, addedAt: '2024-01-02T03:04:05.000Z'});

describe('a config.json that is a symbolic link (dotfile managers)', () => {
	const configHome = useTemporaryConfigHome();
	const dotfilesDirs: string[] = [];
	afterEach(() => {
		for (const directory of dotfilesDirs.splice(0)) rmSync(directory, {recursive: true, force: true});
	});

	/** A config dir whose config.json links to `content` in another temp dir (the dotfiles repository). */
	function linkedConfig(content: string | undefined, linkText: (target: string, configDir: string) => string = target => target) {
		const dotfiles = mkdtempSync(path.join(tmpdir(), 'paper-tui-dotfiles-'));
		dotfilesDirs.push(dotfiles);
		const target = path.join(dotfiles, 'paper-tui.json');
		if (content !== undefined) writeFileSync(target, content);
		const configDir = path.join(configHome(), 'cfg');
		mkdirSync(configDir, {recursive: true});
		const link = path.join(configDir, 'config.json');
		symlinkSync(linkText(target, configDir), link);
		return {configDir, dotfiles, target, link};
	}

	const ids = (file: string) =>
		(JSON.parse(readFileSync(file, 'utf8')) as {bookmarks: Array<{id: string}>}).bookmarks.map(bookmark => bookmark.id);

	test("a write goes to the link's target, atomically beside it; the link stays a link", async () => {
		const original = JSON.stringify({version: 1, bookmarks: [record('one')]});
		const {configDir, dotfiles, target, link} = linkedConfig(original);
		const store = await openBookmarkStore({configDir});
		await store.add([{id: 'two', title: 'Two'}]);
		await store.remove(['one']);
		await store.changeTags('two', {add: ['linked'], remove: []});

		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readlinkSync(link)).toBe(target);
		expect(ids(target)).toEqual(['two']);
		expect((JSON.parse(readFileSync(target, 'utf8')) as {papers: unknown}).papers).toEqual({two: {tags: ['linked']}});
		expect(readdirSync(dotfiles)).toEqual(['paper-tui.json']);
		// The version-1 file is backed up once, beside the link, before its first write as version 2.
		expect(readdirSync(configDir).sort()).toEqual(['config.json', 'config.v1.json']);
		expect(readFileSync(path.join(configDir, 'config.v1.json'), 'utf8')).toBe(original);
	});

	test('a relative link, and a link to a link, are followed to the file at the end', async () => {
		const {configDir, dotfiles, target, link} = linkedConfig(JSON.stringify({version: 1, bookmarks: []}), (finalTarget, configDir) => {
			const middle = path.join(path.dirname(finalTarget), 'middle.json');
			symlinkSync(path.basename(finalTarget), middle);
			return path.relative(configDir, middle);
		});
		const store = await openBookmarkStore({configDir});
		await store.add([{id: 'one', title: 'One'}]);

		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(lstatSync(path.join(dotfiles, 'middle.json')).isSymbolicLink()).toBe(true);
		expect(ids(target)).toEqual(['one']);
	});

	test('a dangling link: the first write creates its target', async () => {
		const {configDir, target, link} = linkedConfig(undefined);
		const store = await openBookmarkStore({configDir});
		await store.add([{id: 'one', title: 'One'}]);

		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(ids(target)).toEqual(['one']);
	});

	test('a corrupt linked file is backed up by copying its bytes; the link and its target stay, repaired', async () => {
		const {configDir, target, link} = linkedConfig('{"secret": not json');
		const store = await openBookmarkStore({configDir});
		const backups = readdirSync(configDir).filter(name => name.startsWith('config.json.corrupt-'));
		expect(backups).toHaveLength(1);
		const backupPath = path.join(configDir, backups[0]!);
		expect(lstatSync(backupPath).isFile()).toBe(true);
		expect(readFileSync(backupPath, 'utf8')).toBe('{"secret": not json');
		expect(store.notices).toHaveLength(1);
		expect(store.notices[0]).toContain(`copied to ${backupPath}`);

		await store.add([{id: 'one', title: 'One'}]);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(ids(target)).toEqual(['one']);
		expect(readFileSync(backupPath, 'utf8')).toBe('{"secret": not json');
	});
});

describe('notices about a damaged file', () => {
	const configHome = useTemporaryConfigHome();

	test.each([
		['a bad token', '{"bookmarks": [{"id": "x", "title": "\u001B]52;c;c2VjcmV0\u0007 my private note"}] oops}'],
		['a bad value', '{"private": secret-value}'],
		['an unfinished file', '{"note": "private text'],
		['a bad property name', '{private: 1}'],
	])('%s: one line, never quoting the file', async (_name, content) => {
		const configDir = path.join(configHome(), 'cfg');
		mkdirSync(configDir, {recursive: true});
		writeFileSync(path.join(configDir, 'config.json'), content);
		const store = await openBookmarkStore({configDir});
		expect(store.notices).toHaveLength(1);
		const [notice] = store.notices;
		expect(notice).toMatch(/not valid JSON/);
		expect(notice).not.toContain('\n');
		expect(notice).not.toMatch(/private|secret|oops|\u001B|\u0007/);
	});
});

describe('a lock dated in the future', () => {
	const configHome = useTemporaryConfigHome();

	test('is stale: a write breaks it at once instead of waiting for that date', async () => {
		const configDir = path.join(configHome(), 'cfg');
		const lockPath = path.join(configDir, 'config.json.lock');
		mkdirSync(lockPath, {recursive: true});
		const inAnHour = new Date(Date.now() + 60 * 60 * 1000);
		utimesSync(lockPath, inAnHour, inAnHour);

		const store = await openBookmarkStore({configDir, lockStaleMs: 2000});
		await expect(store.add([{id: 'one', title: 'One'}])).resolves.toEqual([expect.objectContaining({id: 'one'})]);
		expect(readdirSync(configDir)).toEqual(['config.json']);
	}, 5000);
});
