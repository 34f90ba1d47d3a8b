import path from 'node:path';
import Conf from 'conf';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore, resolveConfigDir} from '../../src/bookmarks/index.js';
import {legacyConfigDir} from '../../src/bookmarks/resolve-config-dir.js';
import {useTemporaryConfigHome} from './temp-config.js';

const home = '/home/ada';

describe('resolveConfigDir', () => {
	const temporaryHome = useTemporaryConfigHome();

	test.each([
		[
			'--config-dir wins over everything',
			{configDir: '/srv/cfg', env: {PAPER_TUI_CONFIG_DIR: '/env/cfg', XDG_CONFIG_HOME: '/xdg'}},
			'/srv/cfg',
		],
		['PAPER_TUI_CONFIG_DIR wins over XDG_CONFIG_HOME', {env: {PAPER_TUI_CONFIG_DIR: '/env/cfg', XDG_CONFIG_HOME: '/xdg'}}, '/env/cfg'],
		['an empty PAPER_TUI_CONFIG_DIR is ignored', {env: {PAPER_TUI_CONFIG_DIR: '', XDG_CONFIG_HOME: '/xdg'}}, '/xdg/paper-tui'],
		['XDG_CONFIG_HOME on Linux', {env: {XDG_CONFIG_HOME: '/xdg'}, platform: 'linux' as const}, '/xdg/paper-tui'],
		['~/.config without XDG_CONFIG_HOME', {env: {}, platform: 'linux' as const}, `${home}/.config/paper-tui`],
		[
			'~/Library/Preferences on macOS',
			{env: {XDG_CONFIG_HOME: '/xdg'}, platform: 'darwin' as const},
			`${home}/Library/Preferences/paper-tui`,
		],
	])('%s', (_name, options, expected) => {
		expect(resolveConfigDir({homeDirectory: home, ...options})).toBe(expected);
	});

	test('a relative --config-dir is made absolute against the working directory', () => {
		expect(resolveConfigDir({configDir: 'cfg', env: {}})).toBe(path.resolve('cfg'));
	});

	test("the default is paper-tui in XDG_CONFIG_HOME, not conf's own paper-tui-nodejs", () => {
		const confDefault = new Conf({projectName: 'paper-tui'}).path;
		expect(resolveConfigDir()).toBe(path.join(temporaryHome(), 'paper-tui'));
		expect(confDefault).toBe(path.join(temporaryHome(), 'paper-tui-nodejs', 'config.json'));
	});

	test("legacyConfigDir is conf's default, and none when a directory is given", () => {
		expect(legacyConfigDir({env: {XDG_CONFIG_HOME: '/xdg'}, platform: 'linux'})).toBe('/xdg/paper-tui-nodejs');
		expect(legacyConfigDir({env: {XDG_CONFIG_HOME: '/xdg', PAPER_TUI_CONFIG_DIR: '/env/cfg'}, platform: 'linux'})).toBeUndefined();
		expect(legacyConfigDir({configDir: '/srv/cfg', env: {}})).toBeUndefined();
	});

	test('the store opens config.json in PAPER_TUI_CONFIG_DIR when no directory is given', async () => {
		const directory = path.join(temporaryHome(), 'from-env');
		const store = await openBookmarkStore({env: {PAPER_TUI_CONFIG_DIR: directory}});
		expect(store.path).toBe(path.join(directory, 'config.json'));
	});
});
