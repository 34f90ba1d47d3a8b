import {describe, expect, test} from 'vitest';
import type {Mode} from '../../src/keys/index.js';
import {commands} from '../../src/keys/commands.js';
import {defaultKeymap, type Binding} from '../../src/keys/keymap.js';
import {helpRows, helpSections, keyHints} from '../../src/keys/resolve-command.js';

/** A copy of the default keymap with `command`'s keys replaced in every mode. */
function rebind(command: Binding['command'], keys: string[]): Record<Mode, readonly Binding[]> {
	const copy = {} as Record<Mode, readonly Binding[]>;
	for (const [mode, bindings] of Object.entries(defaultKeymap) as Array<[Mode, readonly Binding[]]>) {
		copy[mode] = bindings.map(binding => (binding.command === command ? {...binding, keys} : binding));
	}

	return copy;
}

describe('keyHints', () => {
	test('shows the list mode hints with the first key of each command that has a hint word', () => {
		expect(keyHints('list')).toEqual([
			{keys: '/', label: 'search'},
			{keys: 'Tab', label: 'focus'},
			{keys: 'b', label: 'bookmark'},
			{keys: 'B', label: 'bookmarks'},
			{keys: 'y', label: 'copy'},
			{keys: 'c', label: 'cite'},
			{keys: '?', label: 'help', isPinned: true},
			{keys: 'q', label: 'quit'},
		]);
	});

	test('shows the search line hints', () => {
		expect(keyHints('search')).toEqual([
			{keys: 'Enter', label: 'list'},
			{keys: 'Esc', label: 'clear/leave', isPinned: true},
			{keys: 'Ctrl-C', label: 'quit'},
		]);
	});

	test('shows the overlay hints', () => {
		expect(keyHints('help')).toEqual([
			{keys: 'Esc', label: 'close', isPinned: true},
			{keys: 'q', label: 'quit'},
		]);
	});

	test('changes when a command is rebound in a copied keymap', () => {
		const keymap = rebind('help.open', ['h', '?']);
		expect(keyHints('list', keymap)).toContainEqual({keys: 'h', label: 'help', isPinned: true});
		expect(keyHints('list', keymap)).not.toContainEqual({keys: '?', label: 'help', isPinned: true});
		expect(keyHints('list')).toContainEqual({keys: '?', label: 'help', isPinned: true});
	});

	test('drops a command removed from a copied keymap', () => {
		const keymap = {...defaultKeymap, list: defaultKeymap.list.filter(binding => binding.command !== 'copy.paper')};
		expect(keyHints('list', keymap).map(hint => hint.label)).not.toContain('copy');
	});
});

describe('helpRows', () => {
	test('lists every binding of a mode with all its keys and its description', () => {
		expect(helpRows('search')).toEqual([
			{keys: 'Enter', description: 'Back to the list, keeping the query'},
			{keys: 'Esc', description: 'Clear the query; again to leave the search line'},
			{keys: '↓', description: commands['nav.down'].description},
			{keys: '↑', description: commands['nav.up'].description},
			{keys: 'PgDn', description: commands['nav.pageDown'].description},
			{keys: 'PgUp', description: commands['nav.pageUp'].description},
			{keys: 'Backspace', description: 'Delete the character before the cursor'},
			{keys: 'Ctrl-U', description: 'Clear the query'},
			{keys: 'Ctrl-W', description: 'Delete the word before the cursor'},
			{keys: 'Ctrl-L', description: 'Redraw the screen'},
			{keys: 'Ctrl-C', description: 'Quit'},
		]);
	});

	test('joins several keys of one command', () => {
		expect(helpRows('list')).toContainEqual({keys: 'j, ↓', description: 'Next paper (scroll down in the detail and overlays)'});
		expect(helpRows('list')).toContainEqual({keys: 'PgDn, Ctrl-D', description: 'One page down'});
		expect(helpRows('list')).toContainEqual({keys: 'q, Ctrl-C', description: 'Quit'});
		expect(helpRows('help')).toContainEqual({keys: 'Esc, ?, c', description: 'Close this view'});
	});

	test('changes when a command is rebound in a copied keymap', () => {
		const keymap = rebind('nav.down', ['n', 'down']);
		expect(helpRows('list', keymap)).toContainEqual({keys: 'n, ↓', description: commands['nav.down'].description});
		expect(helpRows('list', keymap)).not.toContainEqual({keys: 'j, ↓', description: commands['nav.down'].description});
	});

	test.each(['list', 'detail', 'search', 'help', 'citation'] as Mode[])('has one row per binding in %s mode', mode => {
		expect(helpRows(mode)).toHaveLength(defaultKeymap[mode].length);
	});
});

describe('helpSections', () => {
	test('has one section for the panes, one for the search line, one for the overlays, and one each for the tag prompt and list', () => {
		expect(helpSections().map(section => section.title)).toEqual([
			'List and detail',
			'Search line',
			'Help and citation views',
			'Tag prompt (t)',
			'Tag list (T)',
		]);
	});

	test('covers every command bound anywhere', () => {
		const described = new Set(helpSections().flatMap(section => section.rows.map(row => row.description)));
		const bound = new Set(
			Object.values(defaultKeymap)
				.flat()
				.map(binding => commands[binding.command].description),
		);
		expect([...bound].filter(description => !described.has(description))).toEqual([]);
	});

	test('follows a copied keymap', () => {
		const [panes] = helpSections(rebind('bookmark.toggle', ['m']));
		expect(panes?.rows).toContainEqual({keys: 'm', description: commands['bookmark.toggle'].description});
	});
});
