export type {
	Action,
	AppState,
	CorpusProgress,
	Focus,
	Highlighter,
	IndexProgress,
	ListEntry,
	Overlay,
	SearchResults,
	SimilarView,
	StatusMessage,
	TagPrompt,
} from './app-state.js';
export {filteredMatches, isUnread, queryFilters, tagCatalog, unreadCount, type TagCount} from './mark-selectors.js';
export {
	applyFilters,
	filterHits,
	filterParsers,
	parseQueryFilters,
	type FilterContext,
	type PaperFilter,
	type ParsedQuery,
} from './query-filters.js';
export {promptTagChange, tagCompletions} from './tag-prompt.js';
export {allPapers, createInitialState} from './initial-state.js';
export {keyOutcome, type KeyOutcome} from './key-outcome.js';
export {computeLayout, minimumSize, wideFromColumns, type ScreenLayout} from './layout.js';
export {modeOf} from './mode.js';
export {reducer} from './reducer.js';
export {
	bookmarkedIds,
	isPartialResults,
	listLength,
	matchCount,
	needsEveryMatch,
	needsMoreMatches,
	queryMatches,
	detailTextRows,
	layoutOf,
	overlayLines,
	paperToMarkRead,
	selectedDetailLines,
	selectedEntry,
	visibleEntries,
} from './selectors.js';
export {createStore, type Store} from './store.js';
export {nextSortOrder, sortMatches, sortOrderLabel, sortOrders, type SortOrder} from './sort-order.js';
export type {DetailLine} from './detail-lines.js';
