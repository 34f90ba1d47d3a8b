/**
 * Every command the explorer understands, with its help text and status-bar hint. A command
 * marked `touchesWorld` is performed by the explorer's effects (src/effects/): it writes a
 * file, the clipboard or the screen, or quits. Every other command is a pure state change,
 * handled by the reducer (src/state/reducer.ts). A pinned hint stays on the status line at
 * every width and beside any message.
 */
export const commands = {
	'nav.down': {description: 'Next paper (scroll down in the detail and overlays)', hint: ''},
	'nav.up': {description: 'Previous paper (scroll up in the detail and overlays)', hint: ''},
	'nav.pageDown': {description: 'One page down', hint: ''},
	'nav.pageUp': {description: 'One page up', hint: ''},
	'nav.top': {description: 'First paper (top of the detail)', hint: ''},
	'nav.bottom': {description: 'Last paper (end of the detail)', hint: ''},
	'focus.toggle': {description: 'Switch focus between the list and the detail', hint: 'focus'},
	'search.focus': {description: 'Search: the list re-ranks on every keystroke', hint: 'search'},
	'search.submit': {description: 'Back to the list, keeping the query', hint: 'list'},
	'search.escape': {description: 'Clear the query; again to leave the search line', hint: 'clear/leave', isPinned: true},
	'search.backspace': {description: 'Delete the character before the cursor', hint: ''},
	'search.clear': {description: 'Clear the query', hint: ''},
	'search.deleteWord': {description: 'Delete the word before the cursor', hint: ''},
	'bookmark.toggle': {description: 'Bookmark or unbookmark the selected paper', hint: 'bookmark', touchesWorld: true},
	'bookmark.undo': {description: 'Undo the last bookmark change (b) made here', hint: '', touchesWorld: true},
	'read.toggle': {description: 'Mark the selected paper read or unread (3 s in the detail marks it read)', hint: '', touchesWorld: true},
	'tags.edit': {description: "Edit the selected paper's tags (comma or space separated)", hint: ''},
	'tags.browse': {description: 'Every tag with its count; Enter filters the list by it', hint: ''},
	'prompt.save': {description: 'Save the tags', hint: 'save', isPinned: true, touchesWorld: true},
	'prompt.cancel': {description: 'Leave the tags as they were', hint: 'cancel', isPinned: true},
	'prompt.complete': {description: 'Complete the tag being typed from the tags already used', hint: 'complete'},
	'prompt.backspace': {description: 'Delete the last character of the tags', hint: ''},
	'prompt.clear': {description: 'Clear the tags (Enter then removes them all)', hint: ''},
	'prompt.deleteWord': {description: 'Delete the last tag typed', hint: ''},
	'tagList.pick': {description: 'Filter the list by this tag (tag:name in the search line)', hint: 'filter', isPinned: true},
	'sort.cycle': {description: 'Sort: relevance, newest, oldest, title, recently bookmarked', hint: ''},
	'bookmarks.view': {description: 'Show only bookmarked papers, or all again', hint: 'bookmarks'},
	'copy.paper': {description: 'Copy title and first link to the clipboard (OSC 52, works over SSH)', hint: 'copy', touchesWorld: true},
	'copy.bibtex': {description: 'Copy the BibTeX entry to the clipboard', hint: '', touchesWorld: true},
	'paper.open': {description: "Open the paper's link (over SSH: copy it to the clipboard)", hint: '', touchesWorld: true},
	'citation.open': {description: 'Citation view: BibTeX and JSON of the selected paper', hint: 'cite', touchesWorld: true},
	'similar.show': {
		description: 'More like this: the papers most similar to the selected one',
		hint: '',
		touchesWorld: true,
	},
	'similar.close': {description: 'Back from the similar papers to the list and selection before', hint: ''},
	'note.edit': {description: "Edit the selected paper's note (Markdown) in $VISUAL or $EDITOR", hint: '', touchesWorld: true},
	'help.open': {description: 'This help', hint: 'help', isPinned: true},
	'overlay.close': {description: 'Close this view', hint: 'close', isPinned: true},
	'screen.redraw': {description: 'Redraw the screen', hint: '', touchesWorld: true},
	'app.quit': {description: 'Quit', hint: 'quit', touchesWorld: true},
} as const satisfies Record<string, {description: string; hint: string; touchesWorld?: true; isPinned?: true}>;

/** A command id such as `nav.down`. */
export type CommandId = keyof typeof commands;

/** A command performed by the explorer's effects: it touches a file, the clipboard, the screen or the process. */
export type EffectCommandId = {[Id in CommandId]: (typeof commands)[Id] extends {touchesWorld: true} ? Id : never}[CommandId];

/** A command that only changes the explorer's state: the reducer handles it. */
export type StateCommandId = Exclude<CommandId, EffectCommandId>;

/** Whether `command` is performed by the effects rather than the reducer. */
export function isEffectCommand(command: CommandId): command is EffectCommandId {
	return 'touchesWorld' in commands[command];
}
