import type {Paper} from '../types.js';
import type {IndexProgress, SearchEngine} from '../services/index.js';
import {createTitleFilter} from '../search/index.js';

/**
 * The search engine while the corpus is still being read: a query is answered at once by the
 * title filter over the papers read so far (`isTitlesOnly`, so the status line says "titles
 * only"), until `engine` (made once all is read) is there; then every call goes to it, and its
 * progress reaches the listeners (its `null` has the hook run a titles-only answer again, ranked).
 * If making `engine` fails, the title filter goes on answering.
 */
export function createReadingSearchEngine(papers: readonly Paper[], engine: Promise<SearchEngine>): SearchEngine {
	let ready: SearchEngine | undefined;
	type Listener = (progress: IndexProgress | null) => void;
	const listeners = new Set<Listener>();
	const stops = new Map<Listener, () => void>();
	engine.then(
		found => {
			ready = found;
			for (const listener of listeners) stops.set(listener, found.watchProgress(listener));
		},
		() => {
			// The title filter stays: search still works, unranked.
		},
	);
	const titles: string[] = [];
	const titleFilter = createTitleFilter(titles);
	return {
		async run(query, options) {
			if (ready !== undefined) return ready.run(query, options);
			if (query.trim() === '') {
				// Every paper read so far; the list grows with the reading (see the reducer's `corpus.read`).
				return {query, matches: papers.map((_paper, index) => index), highlightTitle: () => [], highlightAbstract: () => []};
			}

			while (titles.length < papers.length) titles.push(papers[titles.length]!.title);
			return {
				query,
				matches: titleFilter.matches(query),
				highlightTitle: title => titleFilter.highlight(query, title),
				highlightAbstract: () => [],
				isTitlesOnly: true,
			};
		},
		watchProgress(listener) {
			if (ready !== undefined) return ready.watchProgress(listener);
			listeners.add(listener);
			return () => {
				listeners.delete(listener);
				stops.get(listener)?.();
			};
		},
		async similar(position, limit) {
			return ready?.similar(position, limit);
		},
	};
}
