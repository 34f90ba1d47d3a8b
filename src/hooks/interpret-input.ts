import type {AppState, Mode} from '../types.js';
import {keyName, type KeyFlags} from '../keys/key-name.js';
import {resolveCommand} from '../keys/resolve-command.js';
import {cleanQuery, maximumQueryLength, pastedLine} from '../keys/text-edit.js';
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
 * appended to the query and Backspace erases; keys that are neither do nothing.
 */
export function interpretInput(state: AppState, input: string, key: KeyFlags): Effect[] {
	const isSeveralKeys = input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\u001B');
	if (!isSeveralKeys) {
		const effect = effectOfKey(state, input, key);
		return effect ? [effect] : [];
	}

	const effects: Effect[] = [];
	let local = state;
	for (const token of splitKeys(input)) {
		const effect = effectOfKey(local, token.input, token.key);
		if (!effect) {
			continue;
		}

		// Consecutive edits of the query are run as one search.
		if (effect.type === 'query' && effects.at(-1)?.type === 'query') {
			effects.pop();
		}

		effects.push(effect);
		if (effect.type === 'quit') {
			break;
		}

		if (effect.type === 'dispatch') {
			local = reducer(local, effect.action);
		} else if (effect.type === 'query') {
			local = {...local, query: effect.query};
		}
	}

	return effects;
}

/**
 * What a bracketed paste asks for. In the list or the detail it opens the search line with the
 * pasted text as the query; in the search line it is inserted at the cursor (the end). Line
 * breaks and tabs become spaces and control characters are dropped, so no pasted character is
 * ever a command; the query keeps its first `maximumQueryLength` characters, with a warning. In
 * the help and citation views a paste is ignored.
 */
export function interpretPaste(state: AppState, text: string): Effect[] {
	const line = pastedLine(text);
	const mode = modeOf(state);
	if (!line || mode === 'help' || mode === 'citation') {
		return [];
	}

	const characters = [...cleanQuery(mode === 'search' ? state.query + line : line)];
	const effects: Effect[] = mode === 'search' ? [] : [{type: 'dispatch', action: {type: 'search.focus'}}];
	effects.push({type: 'query', query: characters.slice(0, maximumQueryLength).join('')});
	if (characters.length > maximumQueryLength) {
		const text = `Pasted text cut: a query holds at most ${maximumQueryLength.toLocaleString('en-US')} characters`;
		effects.push({type: 'dispatch', action: {type: 'message.show', message: {text, kind: 'warning'}}});
	}

	return effects;
}

/** One key: a command of the mode, or in the search line an edit of the query. */
function effectOfKey(state: AppState, input: string, key: KeyFlags): Effect | undefined {
	const name = keyName(input, key);
	const command = effectOf(state, name);
	if (command || modeOf(state) !== 'search') {
		return command;
	}

	if (name === 'backspace') {
		return {type: 'query', query: [...state.query].slice(0, -1).join('')};
	}

	return isText(input, key) ? {type: 'query', query: cleanQuery(state.query + input)} : undefined;
}

const controlNames: Readonly<Record<string, {input: string; key: KeyFlags}>> = {
	'\r': {input: '', key: {return: true}},
	'\u007F': {input: '', key: {backspace: true}},
	'\b': {input: '', key: {backspace: true}},
	// In pasted text, tabs and line feeds separate words.
	'\t': {input: ' ', key: {}},
	'\n': {input: ' ', key: {}},
};

/**
 * Splits a read holding several keys into single keys: each control character is a key of its
 * own (Ctrl-C is `\u0003`), and each printable character too, so that a character that opens the
 * search line changes how the next ones are read.
 */
function splitKeys(input: string): Array<{input: string; key: KeyFlags}> {
	return [...input].map(character => {
		const code = character.codePointAt(0)!;
		const named = controlNames[character];
		if (named) {
			return named;
		}

		if (code < 0x20) {
			return {input: String.fromCodePoint(code + 0x60), key: {ctrl: true}};
		}

		return {input: character, key: {}};
	});
}
