import {useCallback, useEffect, useRef} from 'react';
import type {Store} from '../state/index.js';
import type {SearchEngine} from '../services/index.js';

/**
 * Owns "latest query → results": returns a function that runs the store's current query on the
 * engine, once per distinct query, and dispatches the answer as `search.results`. The key
 * handler calls it after each read from the terminal; a query typed while the engine was
 * loading is run as soon as it is ready. Until then the list stays as it is.
 */
export function useSearch(store: Store, engine: SearchEngine | undefined): () => void {
	// The initial state already holds the answer to the empty query.
	const answeredQuery = useRef('');
	const searchLatest = useCallback(() => {
		const {query} = store.getState();
		if (!engine || query === answeredQuery.current) {
			return;
		}

		answeredQuery.current = query;
		store.dispatch({type: 'search.results', results: engine.run(query)});
	}, [store, engine]);
	useEffect(searchLatest, [searchLatest]);
	return searchLatest;
}
