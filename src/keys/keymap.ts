import type {CommandId} from './commands.js';

/** The key-handling mode: the open overlay, else the focused pane. Each has its own bindings. */
export type Mode = 'list' | 'detail' | 'search' | 'help' | 'citation' | 'tags' | 'tagList';

/** A command and the keys bound to it; the first key is the one shown in hints. */
export interface Binding {
	readonly command: CommandId;
	readonly keys: readonly string[];
}

const movement: readonly Binding[] = [
	{command: 'nav.down', keys: ['j', 'down']},
	{command: 'nav.up', keys: ['k', 'up']},
	{command: 'nav.pageDown', keys: ['pagedown', 'ctrl+d']},
	{command: 'nav.pageUp', keys: ['pageup', 'ctrl+b']},
	{command: 'nav.top', keys: ['g', 'home']},
	{command: 'nav.bottom', keys: ['G', 'end']},
];

const paneCommands: readonly Binding[] = [
	...movement,
	{command: 'search.focus', keys: ['/']},
	{command: 'focus.toggle', keys: ['tab']},
	{command: 'bookmark.toggle', keys: ['b']},
	{command: 'bookmarks.view', keys: ['B']},
	{command: 'sort.cycle', keys: ['s']},
	{command: 'read.toggle', keys: ['r']},
	{command: 'tags.edit', keys: ['t']},
	{command: 'tags.browse', keys: ['T']},
	{command: 'bookmark.undo', keys: ['u']},
	{command: 'copy.paper', keys: ['y']},
	{command: 'copy.bibtex', keys: ['Y']},
	{command: 'paper.open', keys: ['o']},
	{command: 'citation.open', keys: ['c']},
	{command: 'similar.show', keys: ['m']},
	{command: 'similar.close', keys: ['escape']},
	{command: 'note.edit', keys: ['n']},
	{command: 'help.open', keys: ['?']},
	{command: 'screen.redraw', keys: ['ctrl+l']},
	{command: 'app.quit', keys: ['q', 'ctrl+c']},
];

const overlayCommands: readonly Binding[] = [
	{command: 'overlay.close', keys: ['escape', '?', 'c']},
	...movement,
	{command: 'copy.bibtex', keys: ['Y']},
	{command: 'screen.redraw', keys: ['ctrl+l']},
	{command: 'app.quit', keys: ['q', 'ctrl+c']},
];

/** The default key bindings of each mode. Handling, status hints and help all read this table. */
export const defaultKeymap: Readonly<Record<Mode, readonly Binding[]>> = {
	list: paneCommands,
	detail: paneCommands,
	search: [
		{command: 'search.submit', keys: ['return']},
		{command: 'search.escape', keys: ['escape']},
		{command: 'nav.down', keys: ['down']},
		{command: 'nav.up', keys: ['up']},
		{command: 'nav.pageDown', keys: ['pagedown']},
		{command: 'nav.pageUp', keys: ['pageup']},
		{command: 'search.backspace', keys: ['backspace']},
		{command: 'search.clear', keys: ['ctrl+u']},
		{command: 'search.deleteWord', keys: ['ctrl+w']},
		{command: 'screen.redraw', keys: ['ctrl+l']},
		{command: 'app.quit', keys: ['ctrl+c']},
	],
	help: overlayCommands,
	citation: overlayCommands,
	tags: [
		{command: 'prompt.save', keys: ['return']},
		{command: 'prompt.cancel', keys: ['escape']},
		{command: 'prompt.complete', keys: ['tab']},
		{command: 'prompt.backspace', keys: ['backspace']},
		{command: 'prompt.clear', keys: ['ctrl+u']},
		{command: 'prompt.deleteWord', keys: ['ctrl+w']},
		{command: 'screen.redraw', keys: ['ctrl+l']},
		{command: 'app.quit', keys: ['ctrl+c']},
	],
	tagList: [
		{command: 'tagList.pick', keys: ['return']},
		{command: 'overlay.close', keys: ['escape', 'T']},
		...movement,
		{command: 'screen.redraw', keys: ['ctrl+l']},
		{command: 'app.quit', keys: ['q', 'ctrl+c']},
	],
};
