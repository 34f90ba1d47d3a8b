import {useCallback, useEffect, useRef} from 'react';
import {isPartialResults, needsEveryMatch, needsMoreMatches, parseQueryFilters, type SearchResults, type Store} from '../state/index.js';
import type {SearchEngine} from '../services/index.js';

/** What was last asked of the engine: a query, and whether for all of its matches. */
interface Asked {
	readonly query: string;
	readonly all: boolean;
}

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
 * A query is answered with its best matches and their number; all of them are asked for (the same
 * query again, which the engine does not rank anew) when the list needs them (`needsMoreMatches`:
 * filters, another order, the bookmark view, scrolling near their end, `G`), at once when it
 * already needs them as the query is typed (or when its best matches arrive).
 */
export function useSearch(store: Store, engine: SearchEngine | undefined): () => void {
	// The initial state already holds the answer to the empty query (every paper).
	const asked = useRef<Asked | undefined>({query: '', all: true});
	const lastAnswer = useRef<SearchResults | undefined>(undefined);
	const searchLatest = useCallback(
		function searchLatest() {
			const state = store.getState();
			const {query} = state;
			if (!engine) {
				return;
			}

			const isSameQuery = asked.current?.query === query;
			if (isSameQuery && (asked.current?.all === true || !needsMoreMatches(state))) {
				return;
			}

			const all = isSameQuery || needsEveryMatch(state);
			asked.current = {query, all};
			const {words} = parseQueryFilters(query);
			const previous = lastAnswer.current;
			if (previous !== undefined && previous.query === words && previous.isTitlesOnly !== true && (!all || !isPartialResults(previous))) {
				store.dispatch({type: 'search.results', results: {...previous, query}});
				return;
			}

			void engine.run(words, {all}).then(results => {
				if (results === undefined) return;
				lastAnswer.current = results;
				store.dispatch({type: 'search.results', results: {...results, query}});
				// The list may have come to need all of the matches while the best ones were on their way.
				searchLatest();
			});
		},
		[store, engine],
	);
	useEffect(searchLatest, [searchLatest]);
	useEffect(() => {
		if (!engine) return;
		return engine.watchProgress(progress => {
			if (progress !== null || store.getState().indexing !== null) store.dispatch({type: 'search.progress', progress});
			if (progress === null && store.getState().results.isTitlesOnly === true) {
				asked.current = undefined;
				searchLatest();
			}
		});
	}, [store, engine, searchLatest]);
	return searchLatest;
}
