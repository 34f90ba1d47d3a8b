import type {Mode, StateCommandId} from '../keys/index.js';
import {deleteLastWord} from '../text/query-edit.js';
import type {Action, AppState} from './app-state.js';
import {layoutOf} from './selectors.js';
import {modeOf} from './mode.js';

/** How far a movement command scrolls a list overlay whose page is `page` rows; undefined for other commands. */
function overlayDelta(command: StateCommandId, page: number): number | undefined {
	const deltas: Partial<Record<StateCommandId, number>> = {
		'nav.down': 1,
		'nav.up': -1,
		'nav.pageDown': page,
		'nav.pageUp': -page,
		'nav.top': -Number.MAX_SAFE_INTEGER,
		'nav.bottom': Number.MAX_SAFE_INTEGER,
	};
	return deltas[command];
}

/** The transition a movement command stands for in `mode`: scroll an overlay or the detail, or move the cursor. */
function movementAction(command: StateCommandId, mode: Mode, state: AppState): Action | undefined {
	if (mode === 'tagList' || mode === 'help' || mode === 'citation') {
		// One row of an overlay is its title; a page keeps one line of context.
		const delta = overlayDelta(command, Math.max(1, layoutOf(state).overlayRows - 2));
		if (delta === undefined) return undefined;
		return mode === 'tagList' ? {type: 'tagList.move', delta} : {type: 'overlay.scroll', delta};
	}

	const inDetail = mode === 'detail';
	switch (command) {
		case 'nav.down':
			return inDetail ? {type: 'detail.scroll', delta: 1} : {type: 'cursor.move', delta: 1};
		case 'nav.up':
			return inDetail ? {type: 'detail.scroll', delta: -1} : {type: 'cursor.move', delta: -1};
		case 'nav.pageDown':
			return inDetail ? {type: 'detail.page', direction: 1} : {type: 'cursor.page', direction: 1};
		case 'nav.pageUp':
			return inDetail ? {type: 'detail.page', direction: -1} : {type: 'cursor.page', direction: -1};
		case 'nav.top':
			return inDetail ? {type: 'detail.edge', edge: 'top'} : {type: 'cursor.edge', edge: 'top'};
		case 'nav.bottom':
			return inDetail ? {type: 'detail.edge', edge: 'bottom'} : {type: 'cursor.edge', edge: 'bottom'};
		default:
			return undefined;
	}
}

/**
 * What a keymap command means in the state's mode, as the one transition the reducer then makes:
 * `j` moves the cursor in the list, scrolls the detail or an overlay; `Esc` in the search line
 * clears the query, or leaves the line when it is empty. Undefined when it means nothing here.
 */
export function commandAction(state: AppState, command: StateCommandId): Action | undefined {
	switch (command) {
		case 'focus.toggle':
		case 'search.focus':
		case 'help.open':
		case 'overlay.close':
			return {type: command};
		case 'search.submit':
			return {type: 'search.leave'};
		case 'search.escape':
			return state.query ? {type: 'query.set', query: ''} : {type: 'search.leave'};
		case 'search.backspace':
			return {type: 'query.set', query: [...state.query].slice(0, -1).join('')};
		case 'search.clear':
			return {type: 'query.set', query: ''};
		case 'search.deleteWord':
			return {type: 'query.set', query: deleteLastWord(state.query)};
		case 'bookmarks.view':
			return {type: 'bookmarks.toggleView'};
		case 'sort.cycle':
			return {type: 'sort.cycle'};
		case 'similar.close':
			return {type: 'similar.close'};
		case 'tags.edit':
			return {type: 'tags.open'};
		case 'tags.browse':
			return {type: 'tagList.open'};
		case 'tagList.pick':
			return {type: 'tagList.pick'};
		case 'prompt.cancel':
			return {type: 'tags.close'};
		case 'prompt.complete':
			return {type: 'tags.complete'};
		case 'prompt.backspace':
			return {type: 'tags.set', text: [...(state.tagPrompt?.text ?? '')].slice(0, -1).join('')};
		case 'prompt.clear':
			return {type: 'tags.set', text: ''};
		case 'prompt.deleteWord':
			return {type: 'tags.set', text: deleteLastWord(state.tagPrompt?.text ?? '')};
		default:
			return movementAction(command, modeOf(state), state);
	}
}
