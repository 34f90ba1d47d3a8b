import type {Mode} from '../keys/index.js';
import type {AppState} from './app-state.js';

/** The key-handling mode: the open overlay, else the focused pane. */
export function modeOf(state: Pick<AppState, 'overlay' | 'focus'>): Mode {
	return state.overlay === 'none' ? state.focus : state.overlay;
}
