/**
 * Every command the explorer understands, with its help text and status-bar hint. A pinned
 * hint stays on the status line at every width and beside any message.
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
	'search.clear': {description: 'Clear the query', hint: ''},
	'search.deleteWord': {description: 'Delete the word before the cursor', hint: ''},
	'bookmark.toggle': {description: 'Bookmark or unbookmark the selected paper', hint: 'bookmark'},
	'bookmark.undo': {description: 'Undo the last bookmark change (b) made here', hint: ''},
	'bookmarks.view': {description: 'Show only bookmarked papers, or all again', hint: 'bookmarks'},
	'copy.paper': {description: 'Copy title and first link to the clipboard (OSC 52, works over SSH)', hint: 'copy'},
	'copy.bibtex': {description: 'Copy the BibTeX entry to the clipboard', hint: ''},
	'citation.open': {description: 'Citation view: BibTeX and JSON of the selected paper', hint: 'cite'},
	'help.open': {description: 'This help', hint: 'help', isPinned: true},
	'overlay.close': {description: 'Close this view', hint: 'close', isPinned: true},
	'screen.redraw': {description: 'Redraw the screen', hint: ''},
	'app.quit': {description: 'Quit', hint: 'quit'},
} as const satisfies Record<string, {description: string; hint: string; isPinned?: true}>;

/** A command id such as `nav.down`. */
export type CommandId = keyof typeof commands;
