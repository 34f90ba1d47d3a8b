import {lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {corpus, toggleBookmark, useExplorers} from './explorer-session.js';

const {open, makeTempDir} = useExplorers();

describe('a config.json that is a symbolic link into a dotfiles folder', () => {
	test("b writes the link's target and leaves the link a link", async () => {
		const configDir = makeTempDir();
		const dotfiles = makeTempDir('paper-tui-dotfiles-');
		const target = path.join(dotfiles, 'paper-tui.json');
		writeFileSync(target, `${JSON.stringify({version: 1, bookmarks: []})}\n`);
		const link = path.join(configDir, 'config.json');
		symlinkSync(target, link);

		const app = await open({configDir});
		await toggleBookmark(app, 1);
		app.press('q');
		expect(await app.exit).toEqual({exitCode: 0});

		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		const document = JSON.parse(readFileSync(target, 'utf8')) as {bookmarks: {id: string}[]};
		expect(document.bookmarks.map(bookmark => bookmark.id)).toEqual([corpus.first.id]);
		expect(readdirSync(dotfiles)).toEqual(['paper-tui.json']);
	});
});
