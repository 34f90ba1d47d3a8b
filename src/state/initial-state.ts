import type {Bookmark, Paper, PaperMarks, TerminalSize} from '../types.js';
import type {AppState, CorpusProgress, SearchResults} from './app-state.js';

const noSpans = () => [];

/** Every paper in corpus order: the list before any search has run. */
export function allPapers(papers: readonly Paper[]): SearchResults {
	return {query: '', matches: papers.map((_paper, index) => index), highlightTitle: noSpans, highlightAbstract: noSpans};
}

/**
 * The explorer as it opens: every paper in corpus order, the list focused. `bookmarks` (and
 * `marks`) are undefined when they are not known yet (then no marker or count is drawn until they are);
 * `reading` is how far the corpus is read when the explorer opens before all of it is.
 */
export function createInitialState(
	papers: readonly Paper[],
	size: TerminalSize,
	bookmarks?: readonly Bookmark[],
	marks?: PaperMarks,
	reading?: CorpusProgress,
): AppState {
	return {
		papers,
		query: '',
		results: allPapers(papers),
		indexing: null,
		reading: reading ?? null,
		bookmarks: bookmarks ?? [],
		isBookmarksKnown: bookmarks !== undefined,
		lastBookmarkChange: null,
		isBookmarkView: false,
		similar: null,
		notes: new Map(),
		marks: marks ?? new Map(),
		isMarksKnown: marks !== undefined,
		readDecidedId: null,
		tagPrompt: null,
		tagListCursor: 0,
		sortOrder: 'relevance',
		focus: 'list',
		previousFocus: 'list',
		overlay: 'none',
		cursor: 0,
		listOffset: 0,
		detailOffset: 0,
		overlayOffset: 0,
		citation: '',
		size,
		message: null,
	};
}
