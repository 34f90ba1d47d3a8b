export type {
	Action,
	AppState,
	Focus,
	Highlighter,
	IndexProgress,
	ListEntry,
	Overlay,
	SearchResults,
	SimilarView,
	StatusMessage,
} from './app-state.js';
export {allPapers, createInitialState} from './initial-state.js';
export {keyOutcome, type KeyOutcome} from './key-outcome.js';
export {computeLayout, minimumSize, wideFromColumns, type ScreenLayout} from './layout.js';
export {modeOf} from './mode.js';
export {reducer} from './reducer.js';
export {
	bookmarkedIds,
	queryMatches,
	detailTextRows,
	layoutOf,
	overlayLines,
	selectedDetailLines,
	selectedEntry,
	visibleEntries,
} from './selectors.js';
export {createStore, type Store} from './store.js';
export {nextSortOrder, sortMatches, sortOrderLabel, sortOrders, type SortOrder} from './sort-order.js';
export type {DetailLine} from './detail-lines.js';
