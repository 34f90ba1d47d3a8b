import {useCallback, useReducer, useRef} from 'react';
import type {Action, AppState} from '../types.js';
import {reducer} from '../state/reducer.js';

/**
 * The explorer's state, plus a ref that is up to date the moment an action is dispatched.
 * Several keys can arrive in one read, before React renders again; handlers read `latest`
 * so each key sees the effect of the one before it.
 */
export function useExplorerState(createInitial: () => AppState) {
	const [state, dispatchToReact] = useReducer(reducer, undefined, createInitial);
	const latest = useRef(state);
	const dispatch = useCallback((action: Action) => {
		latest.current = reducer(latest.current, action);
		dispatchToReact(action);
	}, []);
	return {state, latest, dispatch};
}
