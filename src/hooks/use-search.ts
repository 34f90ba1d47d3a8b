import {useCallback, useEffect, useRef} from 'react';
import {parseQueryFilters, type SearchResults, type Store} from '../state/index.js';
import type {SearchEngine} from '../services/index.js';

/**
 * Owns "latest query → results": returns a function that starts the store's current query on
 * the engine, once per distinct query, and dispatches the answer as `search.results` when it
 * arrives (the reducer drops it if the query has changed since; the engine drops queries
 * replaced before they ran). The key handler calls it after each read from the terminal; it
 * never waits for an answer. A query typed while the engine was loading is run as soon as it
 * is ready. The index's build progress goes to the store as `search.progress`; when the index
 * becomes ready, a query answered by the title filter meanwhile is run again, ranked. The engine
 * sees only the query's words: its filters (`is:unread`, `tag:x`) are applied to the answer on
 * this side, where the user's marks are; a change to the filters alone reuses the last answer.
 */
export function useSearch(store: Store, engine: SearchEngine | undefined): () => void {
	// The initial state already holds the answer to the empty query.
	const answeredQuery = useRef<string | undefined>('');
	const lastAnswer = useRef<SearchResults | undefined>(undefined);
	const searchLatest = useCallback(() => {
		const {query} = store.getState();
		if (!engine || query === answeredQuery.current) {
			return;
		}

		answeredQuery.current = query;
		const {words} = parseQueryFilters(query);
		const previous = lastAnswer.current;
		if (previous !== undefined && previous.query === words && previous.isTitlesOnly !== true) {
			store.dispatch({type: 'search.results', results: {...previous, query}});
			return;
		}

		void engine.run(words).then(results => {
			if (results === undefined) return;
			lastAnswer.current = results;
			store.dispatch({type: 'search.results', results: {...results, query}});
		});
	}, [store, engine]);
	useEffect(searchLatest, [searchLatest]);
	useEffect(() => {
		if (!engine) return;
		return engine.watchProgress(progress => {
			if (progress !== null || store.getState().indexing !== null) store.dispatch({type: 'search.progress', progress});
			if (progress === null && store.getState().results.isTitlesOnly === true) {
				answeredQuery.current = undefined;
				searchLatest();
			}
		});
	}, [store, engine, searchLatest]);
	return searchLatest;
}
