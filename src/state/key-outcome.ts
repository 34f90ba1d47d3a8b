import {resolveCommand, type CommandId, type KeyPress} from '../keys/index.js';
import type {AppState} from './app-state.js';
import {modeOf} from './mode.js';

/** What one key press asks for in the current state: a command, text for the query, or nothing. */
export type KeyOutcome = {readonly kind: 'command'; readonly command: CommandId} | {readonly kind: 'text'; readonly text: string};

/**
 * Resolves a key press in the state's mode: a bound key gives its command; in the search line,
 * any other key that types text gives that text. Everything else (an unbound key, a key with no
 * name) asks for nothing. The tag prompt takes text as the search line does.
 */
export function keyOutcome(state: AppState, press: KeyPress): KeyOutcome | undefined {
	const mode = modeOf(state);
	const command = resolveCommand(mode, press.name);
	if (command) {
		return {kind: 'command', command};
	}

	return (mode === 'search' || mode === 'tags') && press.text !== undefined ? {kind: 'text', text: press.text} : undefined;
}
