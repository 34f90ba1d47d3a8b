import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resolveDataDir} from '../../src/bookmarks/index.js';

describe('resolveDataDir', () => {
	const home = '/home/reader';
	it.each([
		['an explicit directory wins', {dataDir: 'rel/data', env: {PAPER_TUI_DATA_DIR: '/env/data'}}, path.resolve('rel/data')],
		['PAPER_TUI_DATA_DIR comes next', {env: {PAPER_TUI_DATA_DIR: '/env/data', XDG_DATA_HOME: '/xdg'}}, '/env/data'],
		['XDG_DATA_HOME on Linux', {env: {XDG_DATA_HOME: '/xdg'}, platform: 'linux' as const}, '/xdg/paper-tui'],
		['an empty XDG_DATA_HOME is ignored', {env: {XDG_DATA_HOME: ''}, platform: 'linux' as const}, '/home/reader/.local/share/paper-tui'],
		['macOS', {env: {}, platform: 'darwin' as const}, '/home/reader/Library/Application Support/paper-tui'],
	])('%s', (_name, options, expected) => {
		expect(resolveDataDir({homeDirectory: home, ...options})).toBe(expected);
	});
});
