import {isEffectCommand, readKeys, type EffectCommandId, type KeyFlags} from '../keys/index.js';
import {keyOutcome, modeOf, type Store} from '../state/index.js';
import {useTerminalInput} from './use-terminal-input.js';

function handleKeys(store: Store, perform: (command: EffectCommandId) => void, input: string, key: KeyFlags): void {
	for (const press of readKeys(input, key)) {
		const outcome = keyOutcome(store.getState(), press);
		if (outcome === undefined) {
			continue;
		}

		if (outcome.kind === 'text') {
			const isTagPrompt = modeOf(store.getState()) === 'tags';
			store.dispatch(isTagPrompt ? {type: 'tags.input', text: outcome.text} : {type: 'query.insert', text: outcome.text});
			continue;
		}

		const {command} = outcome;
		if (!isEffectCommand(command)) {
			store.dispatch({type: 'command', command});
			continue;
		}

		perform(command);
		if (command === 'app.quit') {
			break;
		}
	}
}

/**
 * The explorer's one key handler. The terminal's input is decoded into keys and whole pastes
 * (`use-terminal-input`); each read's key presses are resolved in the mode the previous one left
 * (keymap → command) and each becomes one reducer action, or, for the few commands that touch
 * the world, one effect; a paste is one action. After each, `afterRead` runs (the search for the
 * query it left). A failure in one key's handling is shown on the status line and the explorer
 * goes on.
 */
export function useKeyHandler(store: Store, perform: (command: EffectCommandId) => void, afterRead: () => void): void {
	const reportError = (error: unknown): void => {
		store.dispatch({type: 'message.show', message: {text: error instanceof Error ? error.message : String(error), kind: 'error'}});
	};

	useTerminalInput(event => {
		if (event.type === 'paste') {
			store.dispatch({type: 'query.paste', text: event.text});
		} else {
			handleKeys(store, perform, event.input, event.key);
		}

		afterRead();
	}, reportError);
}
