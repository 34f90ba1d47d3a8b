import type {EffectCommandId} from '../keys/index.js';
import type {Action, AppState, ListEntry} from '../state/index.js';
import {selectedEntry} from '../state/index.js';
import type {BookmarkService, ExplorerServices, SearchEngine} from '../services/index.js';
import {paperClipboardText} from '../citation/clipboard-text.js';
import {primaryLink} from '../citation/primary-link.js';
import {paperWithTags} from '../text/tags.js';
import {saveTags, toggleRead} from './paper-marks.js';

/** What performing an effect needs: the current state, a way to change it, and the services. */
export interface EffectContext {
	readonly state: AppState;
	readonly dispatch: (action: Action) => void;
	readonly services: ExplorerServices;
	/** The bookmark store once it has opened. */
	readonly bookmarks: BookmarkService | undefined;
	/** The search engine once it has loaded. */
	readonly engine?: SearchEngine | undefined;
	readonly quit: () => void;
	/** Draws the whole screen again on a cleared terminal. */
	readonly redraw: () => void;
}

function say(context: EffectContext, text: string, kind: 'info' | 'warning' | 'error' = 'info'): void {
	context.dispatch({type: 'message.show', message: {text, kind}});
}

async function bookmarkStore(context: EffectContext): Promise<BookmarkService> {
	// Pressed before the store has loaded: wait for it rather than drop the key.
	return context.bookmarks ?? context.services.openBookmarks();
}

/** Writes the bookmark change to the store (decided on the file's current content), then shows the store's list. */
async function toggleBookmark(context: EffectContext, entry: ListEntry): Promise<void> {
	const store = await bookmarkStore(context);
	const {paper} = entry;
	const {bookmarks, added, removed} = await store.toggle({id: paper.id, title: paper.title});
	const bookmark = (added ? bookmarks.find(saved => saved.id === paper.id) : removed) ?? {
		id: paper.id,
		title: paper.title,
		addedAt: new Date().toISOString(),
	};
	context.dispatch({type: 'bookmarks.changed', bookmarks, change: {kind: added ? 'added' : 'removed', bookmark}});
	say(context, added ? `Bookmarked “${paper.title}”` : `Removed bookmark “${paper.title}” — u undo`);
}

/** Undoes the last bookmark change made here, through the store. */
async function undoBookmarkChange(context: EffectContext): Promise<void> {
	const change = context.state.lastBookmarkChange;
	if (!change) {
		say(context, 'No bookmark change to undo.');
		return;
	}

	const store = await bookmarkStore(context);
	const {bookmark} = change;
	const bookmarks = change.kind === 'removed' ? await store.restore([bookmark]) : await store.remove([bookmark.id]);
	context.dispatch({type: 'bookmarks.undone', bookmarks});
	say(context, change.kind === 'removed' ? `Restored bookmark “${bookmark.title}”` : `Undone: removed bookmark “${bookmark.title}”`);
}

/** Sends text to the terminal's clipboard and says what happened. */
function copyToClipboard(context: EffectContext, text: string, what: string): void {
	const result = context.services.copy(text);
	say(
		context,
		result.ok ? `Sent to the terminal clipboard (${result.bytes} bytes): ${what}` : result.reason,
		result.ok ? 'info' : 'warning',
	);
}

/** Opens the paper's first link, or over SSH copies it, and says which. */
async function openPaper(context: EffectContext, entry: ListEntry): Promise<void> {
	const link = primaryLink(entry.paper);
	if (link === undefined) {
		say(context, `No link for “${entry.paper.title}”`, 'warning');
		return;
	}

	const result = await context.services.openLink(link);
	if (result.kind === 'opened') {
		say(context, `Opened ${link} (${result.program})`);
	} else if (result.copy.ok) {
		say(context, `No display here: sent the link to the terminal clipboard (${result.copy.bytes} bytes): ${link}`);
	} else {
		say(context, result.copy.reason, 'warning');
	}
}

/** How many papers a "more like this" list holds at most. */
export const similarPaperLimit = 30;

/** Asks the search engine for the papers most like the selected one and shows them as the list. */
async function showSimilar(context: EffectContext, entry: ListEntry): Promise<void> {
	const position = entry.isMissing ? -1 : context.state.papers.indexOf(entry.paper);
	if (position < 0) {
		say(context, `“${entry.paper.title}” is not in the corpus in use: no similar papers to find.`, 'warning');
		return;
	}

	const matches = context.engine === undefined ? undefined : await context.engine.similar(position, similarPaperLimit);
	if (matches === undefined) {
		say(context, 'Similar papers need the search index, which is not ready yet: try m again in a moment.', 'warning');
	} else if (matches.length === 0) {
		say(context, `No paper shares words with “${entry.paper.title}”.`, 'warning');
	} else {
		context.dispatch({type: 'similar.show', source: entry.paper, matches});
	}
}

/**
 * Opens the paper's note in the user's editor, which has the terminal until it exits, then draws
 * the whole frame again and shows the note's new text.
 */
async function editNote(context: EffectContext, entry: ListEntry): Promise<void> {
	const {paper} = entry;
	let result;
	try {
		result = await context.services.editNote(paper);
	} finally {
		// The editor drew on the terminal (or may have): the whole frame, on a clean screen.
		context.redraw();
	}

	context.dispatch({type: 'note.changed', id: paper.id, text: result.text});
	if (result.kind === 'failed') {
		say(context, result.reason, 'error');
	} else if (result.kind === 'saved') {
		say(context, result.text === undefined ? `Removed the note on “${paper.title}”` : `Saved the note on “${paper.title}”`);
	} else {
		say(context, result.text === undefined ? `No note kept on “${paper.title}” (left empty)` : `Note on “${paper.title}” unchanged`);
	}
}

/** Loads the highlighter and shows the paper's citation. */
async function openCitation(context: EffectContext, entry: ListEntry): Promise<void> {
	context.dispatch({type: 'citation.show', text: await context.services.citation(paperWithTags(entry.paper, context.state.marks))});
}

/** Performs an effect on the selected paper. */
async function runOnPaper(
	command: Exclude<EffectCommandId, 'app.quit' | 'bookmark.undo' | 'screen.redraw' | 'prompt.save'>,
	context: EffectContext,
	entry: ListEntry,
): Promise<void> {
	switch (command) {
		case 'bookmark.toggle': {
			return toggleBookmark(context, entry);
		}

		case 'copy.paper': {
			return copyToClipboard(context, paperClipboardText(entry.paper), `“${entry.paper.title}”`);
		}

		case 'copy.bibtex': {
			return copyToClipboard(context, await context.services.bibtex(paperWithTags(entry.paper, context.state.marks)), 'the BibTeX entry');
		}

		case 'citation.open': {
			return openCitation(context, entry);
		}

		case 'paper.open': {
			return openPaper(context, entry);
		}

		case 'similar.show': {
			return showSimilar(context, entry);
		}

		case 'note.edit': {
			return editNote(context, entry);
		}

		case 'read.toggle': {
			return toggleRead(context, entry);
		}
	}
}

/**
 * Performs a command that touches the world: a bookmark write or its undo, the clipboard, the
 * citation highlighter, a redraw of the screen, or quitting. The one place such work happens; failures become
 * status-line errors, never crashes.
 */
export async function runEffect(command: EffectCommandId, context: EffectContext): Promise<void> {
	try {
		if (command === 'app.quit') {
			context.quit();
			return;
		}

		if (command === 'screen.redraw') {
			context.redraw();
			return;
		}

		if (command === 'bookmark.undo') {
			await undoBookmarkChange(context);
			return;
		}

		if (command === 'prompt.save') {
			await saveTags(context);
			return;
		}

		const entry = selectedEntry(context.state);
		if (entry) {
			await runOnPaper(command, context, entry);
		} else {
			say(context, 'No paper selected.', 'warning');
		}
	} catch (error: unknown) {
		try {
			say(context, error instanceof Error ? error.message : String(error), 'error');
		} catch {
			// Not even the message could be shown: the key is dropped, the explorer goes on.
		}
	}
}
