import {useInput} from 'ink';
import {isEffectCommand, readKeys, type EffectCommandId} from '../keys/index.js';
import {keyOutcome, type Store} from '../state/index.js';

/**
 * The explorer's one key handler. Each read from the terminal is split into key presses; each
 * press is resolved in the mode the previous one left (keymap → command) and becomes one
 * reducer action, or, for the few commands that touch the world, one effect. After the read,
 * `afterRead` runs (the search for the query it left). A failure in one key's handling is shown
 * on the status line and the explorer goes on.
 */
export function useKeyHandler(store: Store, perform: (command: EffectCommandId) => void, afterRead: () => void): void {
	useInput((input, key) => {
		try {
			for (const press of readKeys(input, key)) {
				const outcome = keyOutcome(store.getState(), press);
				if (outcome === undefined) {
					continue;
				}

				if (outcome.kind === 'text') {
					store.dispatch({type: 'query.insert', text: outcome.text});
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

			afterRead();
		} catch (error: unknown) {
			store.dispatch({type: 'message.show', message: {text: error instanceof Error ? error.message : String(error), kind: 'error'}});
		}
	});
}
