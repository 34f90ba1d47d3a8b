import path from 'node:path';
import Conf from 'conf';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore, resolveConfigDir} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';

const home = '/home/ada';

describe('resolveConfigDir', () => {
	const temporaryHome = useTemporaryConfigHome();

	test.each([
		['--config-dir wins over everything', {configDir: '/srv/cfg', env: {PAPER_TUI_CONFIG_DIR: '/env/cfg', XDG_CONFIG_HOME: '/xdg'}}, '/srv/cfg'],
		['PAPER_TUI_CONFIG_DIR wins over XDG_CONFIG_HOME', {env: {PAPER_TUI_CONFIG_DIR: '/env/cfg', XDG_CONFIG_HOME: '/xdg'}}, '/env/cfg'],
		['an empty PAPER_TUI_CONFIG_DIR is ignored', {env: {PAPER_TUI_CONFIG_DIR: '', XDG_CONFIG_HOME: '/xdg'}}, '/xdg/paper-tui-nodejs'],
		['XDG_CONFIG_HOME on Linux', {env: {XDG_CONFIG_HOME: '/xdg'}, platform: 'linux' as const}, '/xdg/paper-tui-nodejs'],
		['~/.config without XDG_CONFIG_HOME', {env: {}, platform: 'linux' as const}, `${home}/.config/paper-tui-nodejs`],
		['~/Library/Preferences on macOS', {env: {XDG_CONFIG_HOME: '/xdg'}, platform: 'darwin' as const}, `${home}/Library/Preferences/paper-tui-nodejs`],
	])('%s', (_name, options, expected) => {
		expect(resolveConfigDir({homeDirectory: home, ...options})).toBe(expected);
	});

	test('a relative --config-dir is made absolute against the working directory', () => {
		expect(resolveConfigDir({configDir: 'cfg', env: {}})).toBe(path.resolve('cfg'));
	});

	test('the default is the directory conf itself picks for project `paper-tui`', () => {
		const confDefault = new Conf({projectName: 'paper-tui'}).path;
		expect(path.join(resolveConfigDir(), 'config.json')).toBe(confDefault);
		expect(confDefault.startsWith(temporaryHome())).toBe(true);
	});

	test('the store opens config.json in PAPER_TUI_CONFIG_DIR when no directory is given', async () => {
		const directory = path.join(temporaryHome(), 'from-env');
		const store = await openBookmarkStore({env: {PAPER_TUI_CONFIG_DIR: directory}});
		expect(store.path).toBe(path.join(directory, 'config.json'));
	});
});
