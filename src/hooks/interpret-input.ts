import type {AppState, Mode} from '../types.js';
import {keyName, type KeyFlags} from '../keys/key-name.js';
import {resolveCommand} from '../keys/resolve-command.js';
import {cleanQuery} from '../keys/text-edit.js';
import {reducer} from '../state/reducer.js';
import {commandEffect, type Effect} from './command-action.js';

/** The key-handling mode: the open overlay, else the focused pane. */
export function modeOf(state: AppState): Mode {
	return state.overlay === 'none' ? state.focus : state.overlay;
}

function isText(input: string, key: KeyFlags): boolean {
	return input.length > 0 && !key.ctrl && !key.meta && !input.startsWith('\u001B') && input >= ' ';
}

function effectOf(state: AppState, name: string | undefined): Effect | undefined {
	const mode = modeOf(state);
	const command = resolveCommand(mode, name);
	return command && commandEffect(command, mode, state);
}

/**
 * What one read from the terminal asks for. Over a slow link several keys arrive in one read
 * (`jjj`, or `/lora` typed quickly); they are taken one character at a time, and once one of
 * them opens the search line the rest is typed into the query. In the search line, text is
 * left to the text input once it listens (`isTextInputListening`).
 */
export function interpretInput(state: AppState, input: string, key: KeyFlags, isTextInputListening: boolean): Effect[] {
	const name = keyName(input, key);
	const single = effectOf(state, name);
	if (modeOf(state) === 'search' && !single && !isTextInputListening) {
		// The text input mounts a frame after `/`: until it listens, edit the query here.
		if (name === 'backspace') {
			return [{type: 'query', query: [...state.query].slice(0, -1).join('')}];
		}

		return isText(input, key) ? [{type: 'query', query: cleanQuery(state.query + input)}] : [];
	}

	if (single || input.length < 2 || !isText(input, key) || modeOf(state) === 'search') {
		return single ? [single] : [];
	}

	const effects: Effect[] = [];
	let local = state;
	const characters = [...input];
	for (const [index, character] of characters.entries()) {
		if (modeOf(local) === 'search') {
			effects.push({type: 'query', query: cleanQuery(local.query + characters.slice(index).join(''))});
			break;
		}

		const effect = effectOf(local, character);
		if (!effect) {
			continue;
		}

		effects.push(effect);
		if (effect.type === 'quit') {
			break;
		}

		if (effect.type === 'dispatch') {
			local = reducer(local, effect.action);
		}
	}

	return effects;
}
