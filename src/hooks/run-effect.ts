import type {Action, AppState, ListEntry} from '../types.js';
import type {Effect} from './command-action.js';
import type {BookmarkService, ExplorerServices, SearchEngine} from './services.js';
import {helpSections} from '../keys/resolve-command.js';
import {paperClipboardText} from '../citation/clipboard-text.js';
import {layoutOf, selectedEntry} from '../state/selectors.js';
import {wrapOverlayLines} from '../state/overlay-lines.js';

/** What performing an effect needs: the current state and the loaded services. */
export interface EffectContext {
	readonly state: AppState;
	readonly dispatch: (action: Action) => void;
	readonly services: ExplorerServices;
	readonly engine: SearchEngine | undefined;
	readonly bookmarks: BookmarkService | undefined;
	readonly quit: () => void;
	/** Draws the whole screen again on a cleared terminal. */
	readonly redraw: () => void;
}

function say(context: EffectContext, text: string, kind: 'info' | 'warning' | 'error' = 'info'): void {
	context.dispatch({type: 'message.show', message: {text, kind}});
}

function describeError(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The help overlay's lines, generated from the keymap. */
export function helpLines(): string[] {
	const lines: string[] = [];
	for (const section of helpSections()) {
		lines.push(section.title);
		for (const row of section.rows) {
			lines.push(`  ${row.keys.padEnd(22)} ${row.description}`);
		}

		lines.push('');
	}

	return lines;
}

/** Runs a query against the engine; until it has loaded, the list stays as it is. */
export function queryAction(query: string, context: Pick<EffectContext, 'engine' | 'state'>): Action {
	return {type: 'query.change', query, matches: context.engine ? context.engine.search(query) : context.state.matches};
}

async function bookmarkStore(context: EffectContext): Promise<BookmarkService> {
	// Pressed before the store has loaded: wait for it rather than drop the key.
	return context.bookmarks ?? context.services.openBookmarks();
}

async function toggleBookmark(context: EffectContext, entry: ListEntry): Promise<void> {
	const store = await bookmarkStore(context);
	const {paper} = entry;
	const {bookmarks, added, removed} = await store.toggle({id: paper.id, title: paper.title});
	const bookmark = (added ? bookmarks.find(saved => saved.id === paper.id) : removed)
		?? {id: paper.id, title: paper.title, addedAt: new Date().toISOString()};
	context.dispatch({type: 'bookmarks.changed', bookmarks, change: {kind: added ? 'added' : 'removed', bookmark}});
	say(context, added ? `Bookmarked “${paper.title}”` : `Removed bookmark “${paper.title}” — u undo`);
}

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

function copy(context: EffectContext, text: string, what: string): void {
	const result = context.services.copy(text);
	say(context, result.ok ? `Sent to the terminal clipboard (${result.bytes} bytes): ${what}` : result.reason, result.ok ? 'info' : 'warning');
}

/** Performs one effect. Failures become status-line errors, never crashes. */
export async function runEffect(effect: Effect, context: EffectContext): Promise<void> {
	try {
		const entry = selectedEntry(context.state);
		const needsPaper = effect.type === 'bookmark.toggle' || effect.type === 'copy.paper'
			|| effect.type === 'copy.bibtex' || effect.type === 'citation.open';
		if (needsPaper && !entry) {
			say(context, 'No paper selected.', 'warning');
			return;
		}

		switch (effect.type) {
			case 'dispatch': {
				context.dispatch(effect.action);
				break;
			}

			case 'query': {
				context.dispatch(queryAction(effect.query, context));
				break;
			}

			case 'bookmark.toggle': {
				await toggleBookmark(context, entry!);
				break;
			}

			case 'bookmark.undo': {
				await undoBookmarkChange(context);
				break;
			}

			case 'copy.paper': {
				copy(context, paperClipboardText(entry!.paper), `“${entry!.paper.title}”`);
				break;
			}

			case 'copy.bibtex': {
				copy(context, await context.services.bibtex(entry!.paper), 'the BibTeX entry');
				break;
			}

			case 'citation.open': {
				const text = await context.services.citation(entry!.paper);
				const width = layoutOf(context.state).columns;
				const lines = wrapOverlayLines(text, width);
				context.dispatch({type: 'overlay.open', overlay: 'citation', lines});
				break;
			}

			case 'help.open': {
				context.dispatch({type: 'overlay.open', overlay: 'help', lines: helpLines()});
				break;
			}

			case 'screen.redraw': {
				context.redraw();
				break;
			}

			case 'quit': {
				context.quit();
				break;
			}
		}
	} catch (error: unknown) {
		try {
			say(context, describeError(error), 'error');
		} catch {
			// Not even the message could be shown: the key is dropped, the explorer goes on.
		}
	}
}
