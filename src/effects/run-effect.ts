import type {EffectCommandId} from '../keys/index.js';
import type {Action, AppState, ListEntry} from '../state/index.js';
import {selectedEntry} from '../state/index.js';
import type {BookmarkService, ExplorerServices} from '../services/index.js';
import {paperClipboardText} from '../citation/clipboard-text.js';

/** What performing an effect needs: the current state, a way to change it, and the services. */
export interface EffectContext {
	readonly state: AppState;
	readonly dispatch: (action: Action) => void;
	readonly services: ExplorerServices;
	/** The bookmark store once it has opened. */
	readonly bookmarks: BookmarkService | undefined;
	readonly quit: () => void;
}

function say(context: EffectContext, text: string, kind: 'info' | 'warning' | 'error' = 'info'): void {
	context.dispatch({type: 'message.show', message: {text, kind}});
}

/** Writes the bookmark change to the store, then shows the store's list. */
async function toggleBookmark(context: EffectContext, entry: ListEntry): Promise<void> {
	// Pressed before the store has loaded: wait for it rather than drop the key.
	const store = context.bookmarks ?? await context.services.openBookmarks();
	const {paper} = entry;
	const {bookmarks, added} = await store.toggle({id: paper.id, title: paper.title});
	context.dispatch({type: 'bookmarks.loaded', bookmarks});
	say(context, added ? `Bookmarked “${paper.title}”` : `Removed bookmark “${paper.title}”`);
}

/** Sends text to the terminal's clipboard and says what happened. */
function copyToClipboard(context: EffectContext, text: string, what: string): void {
	const result = context.services.copy(text);
	say(context, result.ok ? `Sent to the terminal clipboard (OSC 52, ${result.bytes} bytes): ${what}` : result.reason, result.ok ? 'info' : 'warning');
}

/** Loads the highlighter and shows the paper's citation. */
async function openCitation(context: EffectContext, entry: ListEntry): Promise<void> {
	context.dispatch({type: 'citation.show', text: await context.services.citation(entry.paper)});
}

/**
 * Performs a command that touches the world: a bookmark write, the clipboard, the citation
 * highlighter, or quitting. The one place such work happens; failures become status-line
 * errors, never crashes.
 */
export async function runEffect(command: EffectCommandId, context: EffectContext): Promise<void> {
	if (command === 'app.quit') {
		context.quit();
		return;
	}

	const entry = selectedEntry(context.state);
	if (!entry) {
		say(context, 'No paper selected.', 'warning');
		return;
	}

	try {
		switch (command) {
			case 'bookmark.toggle': {
				await toggleBookmark(context, entry);
				break;
			}

			case 'copy.paper': {
				copyToClipboard(context, paperClipboardText(entry.paper), `“${entry.paper.title}”`);
				break;
			}

			case 'copy.bibtex': {
				copyToClipboard(context, await context.services.bibtex(entry.paper), 'the BibTeX entry');
				break;
			}

			case 'citation.open': {
				await openCitation(context, entry);
				break;
			}
		}
	} catch (error: unknown) {
		say(context, error instanceof Error ? error.message : String(error), 'error');
	}
}
