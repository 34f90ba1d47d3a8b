import {cleanQuery, maximumQueryLength, pastedLine} from '../text/query-edit.js';
import type {Action, AppState} from './app-state.js';
import {commandAction} from './command-action.js';
import {allPapers} from './initial-state.js';
import {nextSortOrder} from './sort-order.js';
import {modeOf} from './mode.js';
import {detailTextRows, isPartialResults, layoutOf, overlayLines, selectedDetailLines, selectedEntry, visibleEntries} from './selectors.js';
import {tagCatalog} from './mark-selectors.js';
import {completeTag, queryWithTag, tagPromptFor, withPromptText} from './tag-prompt.js';
import {thousands} from '../text/thousands.js';

function clamp(value: number, minimum: number, maximum: number): number {
	return Math.min(Math.max(value, minimum), Math.max(minimum, maximum));
}

/** Places the cursor and scrolls the list just enough to keep it visible. */
function withCursor(state: AppState, cursor: number): AppState {
	const count = visibleEntries(state).length;
	const rows = Math.max(1, layoutOf(state).listRows);
	const nextCursor = clamp(cursor, 0, count - 1);
	let listOffset = clamp(state.listOffset, 0, Math.max(0, count - rows));
	if (nextCursor < listOffset) {
		listOffset = nextCursor;
	} else if (nextCursor >= listOffset + rows) {
		listOffset = nextCursor - rows + 1;
	}

	const detailOffset = nextCursor === state.cursor ? state.detailOffset : 0;
	if (nextCursor === state.cursor && listOffset === state.listOffset && detailOffset === state.detailOffset) {
		return state;
	}

	return {...state, cursor: nextCursor, listOffset, detailOffset, isEndPending: nextCursor === state.cursor && state.isEndPending === true};
}

function withDetailOffset(state: AppState, offset: number): AppState {
	const lineCount = selectedDetailLines(state).length;
	const rows = detailTextRows(layoutOf(state), lineCount);
	const detailOffset = clamp(offset, 0, lineCount - rows);
	return detailOffset === state.detailOffset ? state : {...state, detailOffset};
}

function withOverlayOffset(state: AppState, offset: number): AppState {
	// The overlay's first row is its title; the lines get the rest.
	const overlayOffset = clamp(offset, 0, overlayLines(state).length - (layoutOf(state).overlayRows - 1));
	return overlayOffset === state.overlayOffset ? state : {...state, overlayOffset};
}

/** A new query starts at the top of the list (leaving any similar list); its results arrive as `search.results`. */
function withQuery(state: AppState, query: string): AppState {
	return query === state.query ? state : {...state, query, similar: null, cursor: 0, listOffset: 0, detailOffset: 0, isEndPending: false};
}

/** Shows a similar list in place of the current one, remembering where that stood. */
function withSimilar(state: AppState, source: AppState['papers'][number], matches: readonly number[]): AppState {
	const {cursor, listOffset, detailOffset, similar: parent} = state;
	return withCursor(
		{...state, similar: {source, matches, cursor, listOffset, detailOffset, parent}, cursor: 0, listOffset: 0, detailOffset: 0},
		0,
	);
}

/** Back to the list the similar list replaced, with its selection; nothing when none is open. */
function withoutSimilar(state: AppState): AppState {
	const {similar} = state;
	if (similar === null) {
		return state;
	}

	const back = {...state, similar: similar.parent, listOffset: similar.listOffset};
	return withDetailOffset(withCursor(back, similar.cursor), similar.detailOffset);
}

/**
 * A bracketed paste. In the list or the detail it opens the search line with the pasted text as
 * the query; in the search line it is inserted at the cursor (the end). Line breaks and tabs
 * become spaces and control characters are dropped, so no pasted character is ever a command;
 * the query keeps its first `maximumQueryLength` characters, with a warning. In the help and
 * citation views a paste is ignored.
 */
function withPaste(state: AppState, text: string): AppState {
	const line = pastedLine(text);
	const mode = modeOf(state);
	if (state.tagPrompt && mode === 'tags') {
		return {...state, tagPrompt: withPromptText(state.tagPrompt, state.tagPrompt.text + line)};
	}

	if (!line || mode === 'help' || mode === 'citation' || mode === 'tagList') {
		return state;
	}

	const characters = [...cleanQuery(mode === 'search' ? state.query + line : line)];
	const searching = withQuery(reducer(state, {type: 'search.focus'}), characters.slice(0, maximumQueryLength).join(''));
	if (characters.length <= maximumQueryLength) {
		return searching;
	}

	const message = `Pasted text cut: a query holds at most ${thousands(maximumQueryLength)} characters`;
	return {...searching, message: {text: message, kind: 'warning'}};
}

/** The tag prompt's and the tag list's transitions. */
function withTagAction(state: AppState, action: Extract<Action, {type: `tags.${string}` | `tagList.${string}`}>): AppState {
	const prompt = state.tagPrompt;
	switch (action.type) {
		case 'tags.open': {
			const entry = selectedEntry(state);
			if (!entry) {
				return {...state, message: {text: 'No paper selected.', kind: 'warning'}};
			}

			const tagPrompt = tagPromptFor(entry.paper, state.marks.get(entry.paper.id)?.tags ?? []);
			return {...state, overlay: 'tags', overlayOffset: 0, citation: '', tagPrompt};
		}

		case 'tags.input': {
			return prompt ? {...state, tagPrompt: withPromptText(prompt, prompt.text + action.text)} : state;
		}

		case 'tags.set': {
			return prompt ? {...state, tagPrompt: withPromptText(prompt, action.text)} : state;
		}

		case 'tags.complete': {
			return prompt ? {...state, tagPrompt: completeTag(prompt, tagCatalog(state))} : state;
		}

		case 'tags.close': {
			return state.overlay === 'tags' ? {...state, overlay: 'none', tagPrompt: null} : state;
		}

		case 'tagList.open': {
			return {...state, overlay: 'tagList', overlayOffset: 0, citation: '', tagListCursor: 0};
		}

		case 'tagList.move': {
			const count = tagCatalog(state).length;
			const tagListCursor = clamp(state.tagListCursor + action.delta, 0, count - 1);
			// The overlay's first row is its title; the selected tag stays within the rest.
			const rows = Math.max(1, layoutOf(state).overlayRows - 1);
			const overlayOffset = clamp(state.overlayOffset, tagListCursor - rows + 1, tagListCursor);
			return {...state, tagListCursor, overlayOffset};
		}

		case 'tagList.pick': {
			const picked = tagCatalog(state)[state.tagListCursor];
			const closed: AppState = {...state, overlay: 'none', overlayOffset: 0};
			return picked ? withQuery(closed, queryWithTag(state, picked.tag)) : closed;
		}
	}
}

/** The explorer's only state transition function: pure, no I/O. */
export function reducer(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'command': {
			const meaning = commandAction(state, action.command);
			return meaning ? reducer(state, meaning) : state;
		}

		case 'query.insert': {
			return withQuery(state, cleanQuery(state.query + action.text));
		}

		case 'query.paste': {
			return withPaste(state, action.text);
		}

		case 'query.set': {
			return withQuery(state, cleanQuery(action.query));
		}

		case 'search.results': {
			// Results for a query the user has since changed are stale: the newer query's will come.
			if (action.results.query !== state.query) {
				return state;
			}

			// While the corpus is read, an answer may count papers read since the list last grew: they come with the next `corpus.read`
			// (checked only then: afterwards every answer is of the papers the list holds).
			const known = state.papers.length;
			const results =
				state.reading !== null && action.results.matches.some(index => index >= known)
					? {...action.results, matches: action.results.matches.filter(index => index < known)}
					: action.results;
			// `G` pressed while only the best matches were known: now the last row is known.
			const next = {...state, results};
			if (state.isEndPending === true && !isPartialResults(results)) {
				return {...withCursor(next, visibleEntries(next).length - 1), isEndPending: false};
			}

			return withCursor(next, state.cursor);
		}

		case 'corpus.read': {
			if (action.papers === state.papers) {
				return {...state, reading: action.progress};
			}

			// Until the search engine has answered a query, the list is every paper read so far.
			const results =
				state.results.query === '' && state.results.isTitlesOnly !== true
					? {...allPapers(action.papers), highlightTitle: state.results.highlightTitle, highlightAbstract: state.results.highlightAbstract}
					: state.results;
			return {...state, papers: action.papers, results, reading: action.progress};
		}

		case 'search.progress': {
			return {...state, indexing: action.progress};
		}

		case 'cursor.move': {
			return withCursor(state, state.cursor + action.delta);
		}

		case 'cursor.page': {
			const rows = Math.max(1, layoutOf(state).listRows - 1);
			return withCursor(state, state.cursor + action.direction * rows);
		}

		case 'cursor.edge': {
			if (action.edge === 'top') {
				return withCursor(state, 0);
			}

			const atEnd = withCursor(state, visibleEntries(state).length - 1);
			return state.similar === null && isPartialResults(state.results) ? {...atEnd, isEndPending: true} : atEnd;
		}

		case 'detail.scroll': {
			return withDetailOffset(state, state.detailOffset + action.delta);
		}

		case 'detail.page': {
			const layout = layoutOf(state);
			return withDetailOffset(state, state.detailOffset + action.direction * Math.max(1, layout.detailRows - 2));
		}

		case 'detail.edge': {
			return withDetailOffset(state, action.edge === 'top' ? 0 : Number.MAX_SAFE_INTEGER);
		}

		case 'overlay.scroll': {
			return withOverlayOffset(state, state.overlayOffset + action.delta);
		}

		case 'focus.toggle': {
			const focus = state.focus === 'list' ? 'detail' : 'list';
			return {...state, focus, previousFocus: focus};
		}

		case 'search.focus': {
			return state.focus === 'search' ? state : {...state, focus: 'search'};
		}

		case 'search.leave': {
			return state.focus === 'search' ? {...state, focus: state.previousFocus} : state;
		}

		case 'bookmarks.loaded': {
			return withCursor({...state, bookmarks: action.bookmarks, isBookmarksKnown: true}, state.cursor);
		}

		case 'bookmarks.changed': {
			return withCursor({...state, bookmarks: action.bookmarks, isBookmarksKnown: true, lastBookmarkChange: action.change}, state.cursor);
		}

		case 'bookmarks.undone': {
			return withCursor({...state, bookmarks: action.bookmarks, isBookmarksKnown: true, lastBookmarkChange: null}, state.cursor);
		}

		case 'bookmarks.toggleView': {
			return withCursor({...state, isBookmarkView: !state.isBookmarkView, similar: null, cursor: 0, listOffset: 0, detailOffset: 0}, 0);
		}

		case 'sort.cycle': {
			return withCursor({...state, sortOrder: nextSortOrder(state.sortOrder), similar: null, cursor: 0, listOffset: 0, detailOffset: 0}, 0);
		}

		case 'similar.show': {
			return withSimilar(state, action.source, action.matches);
		}

		case 'similar.close': {
			return withoutSimilar(state);
		}

		case 'notes.loaded': {
			// A note edited here before the files were read is newer than what was read.
			return withCursor({...state, notes: new Map([...action.notes, ...state.notes])}, state.cursor);
		}

		case 'note.changed': {
			const notes = new Map(state.notes);
			if (action.text === undefined) notes.delete(action.id);
			else notes.set(action.id, action.text);
			return withCursor({...state, notes}, state.cursor);
		}

		case 'marks.loaded': {
			return withCursor({...state, marks: action.marks, isMarksKnown: true}, state.cursor);
		}

		case 'read.decided': {
			return {...state, readDecidedId: action.paperId};
		}

		case 'tags.open':
		case 'tags.input':
		case 'tags.set':
		case 'tags.complete':
		case 'tags.close':
		case 'tagList.open':
		case 'tagList.move':
		case 'tagList.pick': {
			return withTagAction(state, action);
		}

		case 'help.open': {
			return {...state, overlay: 'help', overlayOffset: 0, citation: ''};
		}

		case 'citation.show': {
			return {...state, overlay: 'citation', overlayOffset: 0, citation: action.text};
		}

		case 'overlay.close': {
			return state.overlay === 'none' ? state : {...state, overlay: 'none', overlayOffset: 0, citation: ''};
		}

		case 'resize': {
			const resized = {...state, size: action.size};
			return withOverlayOffset(withDetailOffset(withCursor(resized, state.cursor), state.detailOffset), state.overlayOffset);
		}

		case 'message.show': {
			return {...state, message: action.message};
		}

		case 'message.clear': {
			return state.message === null ? state : {...state, message: null};
		}
	}
}
