import type {Action, AppState} from '../types.js';
import {detailTextRows, layoutOf, selectedDetailLines, visibleEntries} from './selectors.js';

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

	return {...state, cursor: nextCursor, listOffset, detailOffset};
}

function withDetailOffset(state: AppState, offset: number): AppState {
	const lineCount = selectedDetailLines(state).length;
	const rows = detailTextRows(layoutOf(state), lineCount);
	const detailOffset = clamp(offset, 0, lineCount - rows);
	return detailOffset === state.detailOffset ? state : {...state, detailOffset};
}

function withOverlayOffset(state: AppState, offset: number): AppState {
	// The overlay's first row is its title; the lines get the rest.
	const overlayOffset = clamp(offset, 0, state.overlayLines.length - (layoutOf(state).overlayRows - 1));
	return overlayOffset === state.overlayOffset ? state : {...state, overlayOffset};
}

/** The explorer's only state transition function: pure, no I/O. */
export function reducer(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'cursor.move': {
			return withCursor(state, state.cursor + action.delta);
		}

		case 'cursor.page': {
			const rows = Math.max(1, layoutOf(state).listRows - 1);
			return withCursor(state, state.cursor + (action.direction * rows));
		}

		case 'cursor.edge': {
			return withCursor(state, action.edge === 'top' ? 0 : visibleEntries(state).length - 1);
		}

		case 'detail.scroll': {
			return withDetailOffset(state, state.detailOffset + action.delta);
		}

		case 'detail.page': {
			const layout = layoutOf(state);
			return withDetailOffset(state, state.detailOffset + (action.direction * Math.max(1, layout.detailRows - 2)));
		}

		case 'detail.edge': {
			return withDetailOffset(state, action.edge === 'top' ? 0 : Number.MAX_SAFE_INTEGER);
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

		case 'query.change': {
			const next = {...state, query: action.query, matches: action.matches, cursor: 0, listOffset: 0, detailOffset: 0};
			return withCursor(next, 0);
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
			return withCursor({...state, isBookmarkView: !state.isBookmarkView, cursor: 0, listOffset: 0, detailOffset: 0}, 0);
		}

		case 'overlay.open': {
			return {...state, overlay: action.overlay, overlayOffset: 0, overlayLines: action.lines};
		}

		case 'overlay.close': {
			return state.overlay === 'none' ? state : {...state, overlay: 'none', overlayOffset: 0, overlayLines: []};
		}

		case 'overlay.scroll': {
			return withOverlayOffset(state, state.overlayOffset + action.delta);
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
