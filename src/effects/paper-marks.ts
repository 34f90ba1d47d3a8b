import type {ListEntry} from '../state/index.js';
import {promptTagChange} from '../state/index.js';
import type {EffectContext} from './run-effect.js';

async function markStore(context: Pick<EffectContext, 'bookmarks' | 'services'>) {
	// Pressed before the store has loaded: wait for it rather than drop the key.
	return context.bookmarks ?? context.services.openBookmarks();
}

/** `r`: marks the paper read or unread, decided on the file's current content, and says which. */
export async function toggleRead(context: EffectContext, entry: ListEntry): Promise<void> {
	const store = await markStore(context);
	const {marks, isRead} = await store.toggleRead(entry.paper.id);
	context.dispatch({type: 'marks.loaded', marks});
	// The user decided: being shown no longer marks this paper read.
	context.dispatch({type: 'read.decided', paperId: entry.paper.id});
	context.dispatch({type: 'message.show', message: {text: `Marked ${isRead ? 'read' : 'unread'}: “${entry.paper.title}”`, kind: 'info'}});
}

/** The paper stayed in the detail pane long enough: marks it read (quietly: the marker goes, nothing is said). */
export async function markShownPaperRead(
	context: Pick<EffectContext, 'dispatch' | 'services' | 'bookmarks'>,
	paperId: string,
): Promise<void> {
	try {
		const store = await markStore(context);
		context.dispatch({type: 'marks.loaded', marks: await store.markRead(paperId)});
	} catch (error) {
		context.dispatch({type: 'message.show', message: {text: error instanceof Error ? error.message : String(error), kind: 'error'}});
	}
}

/** Enter in the tag prompt: closes it and writes what changed (tags added, tags removed) to the store. */
export async function saveTags(context: EffectContext): Promise<void> {
	const prompt = context.state.tagPrompt;
	if (!prompt) {
		return;
	}

	context.dispatch({type: 'tags.close'});
	const change = promptTagChange(prompt);
	if (change.add.length === 0 && change.remove.length === 0) {
		return;
	}

	const store = await markStore(context);
	const marks = await store.changeTags(prompt.paperId, change);
	context.dispatch({type: 'marks.loaded', marks});
	const tags = marks.get(prompt.paperId)?.tags ?? [];
	// Short, so that the tags fit the status line beside the counts.
	const text = tags.length === 0 ? 'Tags removed' : `Tags saved: ${tags.join(', ')}`;
	context.dispatch({type: 'message.show', message: {text, kind: 'info'}});
}
