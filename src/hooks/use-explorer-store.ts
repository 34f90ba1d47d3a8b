import {useState, useSyncExternalStore} from 'react';
import {createStore, type AppState, type Store} from '../state/index.js';

/** The explorer's store, created once, and its current state (re-rendering on every change). */
export function useExplorerStore(createInitialState: () => AppState): {store: Store; state: AppState} {
	const [store] = useState(() => createStore(createInitialState()));
	const state = useSyncExternalStore(store.subscribe, store.getState);
	return {store, state};
}
