import type {Action, AppState, Mode} from '../types.js';
import type {CommandId} from '../keys/commands.js';
import {deleteLastWord} from '../keys/text-edit.js';
import {layoutOf} from '../state/selectors.js';

/** What a command asks for that the reducer cannot do alone. */
export type Effect =
	| {readonly type: 'dispatch'; readonly action: Action}
	| {readonly type: 'query'; readonly query: string}
	| {readonly type: 'bookmark.toggle'}
	| {readonly type: 'bookmark.undo'}
	| {readonly type: 'copy.paper'}
	| {readonly type: 'copy.bibtex'}
	| {readonly type: 'citation.open'}
	| {readonly type: 'help.open'}
	| {readonly type: 'screen.redraw'}
	| {readonly type: 'quit'};

const dispatch = (action: Action): Effect => ({type: 'dispatch', action});

function movement(command: CommandId, mode: Mode, state: AppState): Effect | undefined {
	const layout = layoutOf(state);
	// One row of the overlay is its title; a page keeps one line of context.
	const overlayPage = Math.max(1, layout.overlayRows - 2);
	if (mode === 'help' || mode === 'citation') {
		const deltas: Partial<Record<CommandId, number>> = {
			'nav.down': 1, 'nav.up': -1, 'nav.pageDown': overlayPage, 'nav.pageUp': -overlayPage,
			'nav.top': -Number.MAX_SAFE_INTEGER, 'nav.bottom': Number.MAX_SAFE_INTEGER,
		};
		const delta = deltas[command];
		return delta === undefined ? undefined : dispatch({type: 'overlay.scroll', delta});
	}

	const inDetail = mode === 'detail';
	switch (command) {
		case 'nav.down': return dispatch(inDetail ? {type: 'detail.scroll', delta: 1} : {type: 'cursor.move', delta: 1});
		case 'nav.up': return dispatch(inDetail ? {type: 'detail.scroll', delta: -1} : {type: 'cursor.move', delta: -1});
		case 'nav.pageDown': return dispatch(inDetail ? {type: 'detail.page', direction: 1} : {type: 'cursor.page', direction: 1});
		case 'nav.pageUp': return dispatch(inDetail ? {type: 'detail.page', direction: -1} : {type: 'cursor.page', direction: -1});
		case 'nav.top': return dispatch(inDetail ? {type: 'detail.edge', edge: 'top'} : {type: 'cursor.edge', edge: 'top'});
		case 'nav.bottom': return dispatch(inDetail ? {type: 'detail.edge', edge: 'bottom'} : {type: 'cursor.edge', edge: 'bottom'});
		default: return undefined;
	}
}

/** Maps a command in a mode to what should happen. Pure: the caller performs the effect. */
export function commandEffect(command: CommandId, mode: Mode, state: AppState): Effect | undefined {
	switch (command) {
		case 'focus.toggle': return dispatch({type: 'focus.toggle'});
		case 'search.focus': return dispatch({type: 'search.focus'});
		case 'search.submit': return dispatch({type: 'search.leave'});
		case 'search.escape': return state.query ? {type: 'query', query: ''} : dispatch({type: 'search.leave'});
		case 'search.clear': return {type: 'query', query: ''};
		case 'search.deleteWord': return {type: 'query', query: deleteLastWord(state.query)};
		case 'bookmarks.view': return dispatch({type: 'bookmarks.toggleView'});
		case 'overlay.close': return dispatch({type: 'overlay.close'});
		case 'bookmark.toggle':
		case 'bookmark.undo':
		case 'copy.paper':
		case 'copy.bibtex':
		case 'citation.open':
		case 'help.open':
		case 'screen.redraw': return {type: command};
		case 'app.quit': return {type: 'quit'};
		default: return movement(command, mode, state);
	}
}
