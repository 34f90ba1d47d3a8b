import {describe, expect, test} from 'vitest';
import type {Mode} from '../../src/keys/index.js';
import {commands, type CommandId} from '../../src/keys/commands.js';
import {defaultKeymap} from '../../src/keys/keymap.js';
import {resolveCommand} from '../../src/keys/resolve-command.js';

const modes = Object.keys(defaultKeymap) as Mode[];
const commandIds = Object.keys(commands) as CommandId[];

describe('the default keymap', () => {
	test('covers every mode the explorer has', () => {
		expect(modes.sort()).toEqual(['citation', 'detail', 'help', 'list', 'search', 'tagList', 'tags']);
	});

	test.each(commandIds)('binds %s to at least one key in some mode', command => {
		const keys = modes.flatMap(mode => defaultKeymap[mode].filter(binding => binding.command === command).flatMap(binding => binding.keys));
		expect(keys.length).toBeGreaterThan(0);
	});

	test('gives each command its own description, so no two help rows read alike', () => {
		const descriptions = commandIds.map(command => commands[command].description);
		expect(descriptions.filter((description, index) => descriptions.indexOf(description) !== index)).toEqual([]);
	});

	test.each(modes)('gives each status-bar hint of %s mode its own word', mode => {
		const hints = defaultKeymap[mode].map(binding => commands[binding.command].hint).filter(hint => hint !== '');
		expect(hints.filter((hint, index) => hints.indexOf(hint) !== index)).toEqual([]);
	});

	test.each(modes)('binds no key twice in %s mode', mode => {
		const keys = defaultKeymap[mode].flatMap(binding => binding.keys);
		const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
		expect(duplicates).toEqual([]);
	});

	test.each(modes)('lists each command once in %s mode', mode => {
		const listed = defaultKeymap[mode].map(binding => binding.command);
		expect(listed.filter((command, index) => listed.indexOf(command) !== index)).toEqual([]);
	});

	test.each(modes)('Ctrl-L redraws the screen in %s mode', mode => {
		expect(resolveCommand(mode, 'ctrl+l')).toBe('screen.redraw');
	});

	test.each(modes)('gives every binding in %s mode at least one key', mode => {
		for (const binding of defaultKeymap[mode]) {
			expect(binding.keys.length, binding.command).toBeGreaterThan(0);
		}
	});

	test.each(modes)('quits with ctrl+c in %s mode', mode => {
		expect(resolveCommand(mode, 'ctrl+c')).toBe('app.quit');
	});
});

type Row = [mode: Mode, key: string, command: CommandId | undefined];

const mustResolve: Row[] = [
	['list', 'j', 'nav.down'],
	['list', 'down', 'nav.down'],
	['list', 'k', 'nav.up'],
	['list', 'up', 'nav.up'],
	['list', 'pagedown', 'nav.pageDown'],
	['list', 'pageup', 'nav.pageUp'],
	['list', 'g', 'nav.top'],
	['list', 'home', 'nav.top'],
	['list', 'G', 'nav.bottom'],
	['list', 'end', 'nav.bottom'],
	['list', 'tab', 'focus.toggle'],
	['list', '/', 'search.focus'],
	['list', 'b', 'bookmark.toggle'],
	['list', 'B', 'bookmarks.view'],
	['list', 'y', 'copy.paper'],
	['list', '?', 'help.open'],
	['list', 'q', 'app.quit'],
	['detail', 'j', 'nav.down'],
	['detail', 'tab', 'focus.toggle'],
	['detail', 'b', 'bookmark.toggle'],
	['search', 'return', 'search.submit'],
	['search', 'escape', 'search.escape'],
	['list', 'escape', 'similar.close'],
	['detail', 'escape', 'similar.close'],
	['list', 'm', 'similar.show'],
	['list', 'n', 'note.edit'],
	['search', 'down', 'nav.down'],
	['search', 'up', 'nav.up'],
	['search', 'pagedown', 'nav.pageDown'],
	['search', 'ctrl+u', 'search.clear'],
	['search', 'ctrl+w', 'search.deleteWord'],
	['help', 'escape', 'overlay.close'],
	['help', '?', 'overlay.close'],
	['help', 'j', 'nav.down'],
	['help', 'q', 'app.quit'],
	['citation', 'escape', 'overlay.close'],
	['citation', 'c', 'overlay.close'],
];

const mustNotResolve: Array<[mode: Mode, key: string]> = [
	// In the search line letters are text, never commands.
	['search', 'j'],
	['search', 'k'],
	['search', 'g'],
	['search', 'G'],
	['search', 'q'],
	['search', 'b'],
	['search', 'B'],
	['search', '/'],
	['search', '?'],
	['search', 'u'],
	['search', 'w'],
	['search', 'tab'],
	['search', 'meta+x'],
	// Capitals are not their lower-case letters, and chords are not their letters.
	['list', 'J'],
	['list', 'Q'],
	['list', 'ctrl+j'],
	['list', 'meta+j'],
	['list', 'meta+q'],
	['list', 'return'],
	['list', 'ctrl+u'],
	['list', 'x'],
	// Overlays take no pane actions.
	['help', 'b'],
	['help', '/'],
	['help', 'tab'],
];

describe('resolveCommand', () => {
	test.each(mustResolve)('in %s mode resolves %j to %s', (mode, key, command) => {
		expect(resolveCommand(mode, key)).toBe(command);
	});

	test.each(mustNotResolve)('in %s mode leaves %j unbound', (mode, key) => {
		expect(resolveCommand(mode, key)).toBeUndefined();
	});

	test('resolves nothing for a key press without a name', () => {
		expect(resolveCommand('list', undefined)).toBeUndefined();
	});

	test('follows a copied keymap with a command rebound', () => {
		const keymap = {
			...defaultKeymap,
			list: defaultKeymap.list.map(binding => (binding.command === 'nav.down' ? {...binding, keys: ['n']} : binding)),
		};
		expect(resolveCommand('list', 'n', keymap)).toBe('nav.down');
		expect(resolveCommand('list', 'j', keymap)).toBeUndefined();
		expect(resolveCommand('list', 'j')).toBe('nav.down');
	});
});
