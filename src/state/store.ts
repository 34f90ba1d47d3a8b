import type {Action, AppState} from './app-state.js';
import {reducer} from './reducer.js';

/** The explorer's state container: the reducer runs once per action, and listeners hear of each change. */
export interface Store {
	getState(): AppState;
	dispatch(action: Action): void;
	/** Calls `listener` after every change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
}

/**
 * Holds the state outside React, so that each key of a read that holds several (`/lora` typed
 * quickly, a paste) sees the state the one before it left, before React renders again.
 */
export function createStore(initialState: AppState): Store {
	let state = initialState;
	const listeners = new Set<() => void>();
	return {
		getState: () => state,
		dispatch(action) {
			const next = reducer(state, action);
			if (next === state) {
				return;
			}

			state = next;
			for (const listener of listeners) {
				listener();
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
			};
		},
	};
}
