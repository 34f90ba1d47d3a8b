import type {Bookmark, BookmarkChange, Paper, PaperMarks, Span, TerminalSize} from '../types.js';
import type {Mode, StateCommandId} from '../keys/index.js';
import type {SortOrder} from './sort-order.js';

/** Which part of the explorer receives keys. */
export type Focus = Extract<Mode, 'list' | 'detail' | 'search'>;

/** A layer drawn over the explorer, or none. */
export type Overlay = 'none' | Exclude<Mode, Focus>;

/** A row of the list: a paper, or a bookmark whose paper is not in the corpus in use. */
export interface ListEntry {
	readonly paper: Paper;
	readonly isMissing: boolean;
}

/** A one-line message on the status bar. */
export interface StatusMessage {
	readonly text: string;
	readonly kind: 'info' | 'warning' | 'error';
}

/** Finds the ranges of one text that a query matched. */
export type Highlighter = (text: string) => readonly Span[];

/** The search service's answer to one query. */
export interface SearchResults {
	/** The query answered; results for any other query than the current one are stale. */
	readonly query: string;
	/** Indices into the papers, best first; every paper in corpus order for an empty query. */
	readonly matches: readonly number[];
	/**
	 * How many papers match, when `matches` holds only the best of them (see `isPartialResults`);
	 * undefined when `matches` is every match.
	 */
	readonly totalMatches?: number;
	readonly highlightTitle: Highlighter;
	readonly highlightAbstract: Highlighter;
	/** True for a stand-in answer while the index is built: titles holding every typed word, unranked. */
	readonly isTitlesOnly?: boolean;
}

/** How far building the search index has got: papers indexed of all. */
export interface IndexProgress {
	readonly done: number;
	readonly total: number;
}

/** How far reading a large corpus has got, while the explorer shows its first papers. */
export interface CorpusProgress {
	/** Papers read so far. */
	readonly papers: number;
	readonly bytesRead: number;
	readonly totalBytes: number;
}

/**
 * A "more like this" list (`m`), shown instead of the search results: Esc returns to the list it
 * replaced (another similar list, or the results), with its selection.
 */
export interface SimilarView {
	/** The paper the list is like. */
	readonly source: Paper;
	/** Indices into the papers, most similar first. */
	readonly matches: readonly number[];
	/** Where the list it replaced stood. */
	readonly cursor: number;
	readonly listOffset: number;
	readonly detailOffset: number;
	/** The similar list it replaced; null when it replaced the results. */
	readonly parent: SimilarView | null;
}

/** The tag prompt (`t`) while it is open: the paper, what was typed, and the tags it had when it opened. */
export interface TagPrompt {
	readonly paperId: string;
	readonly title: string;
	readonly text: string;
	readonly original: readonly string[];
}

/** Everything the explorer shows; changed only by the reducer. */
export interface AppState {
	readonly papers: readonly Paper[];
	/** What the user typed in the search line. */
	readonly query: string;
	/** The latest answer of the search service (for `query`, or an earlier query while it runs). */
	readonly results: SearchResults;
	/** Progress of the search index being built; null when it is ready (or not started). */
	readonly indexing: IndexProgress | null;
	/** Progress of reading the corpus while the explorer already shows its first papers; null once all is read. */
	readonly reading: CorpusProgress | null;
	readonly bookmarks: readonly Bookmark[];
	/** False until the bookmark file has been read: markers and the count are not drawn before. */
	readonly isBookmarksKnown: boolean;
	/** The last bookmark change made here, which `u` undoes; null when there is none to undo. */
	readonly lastBookmarkChange: BookmarkChange | null;
	readonly isBookmarkView: boolean;
	/** The user's notes by paper id (the detail pane shows the selected paper's first lines; `note:word` filters on them). */
	readonly notes: ReadonlyMap<string, string>;
	/** The open "more like this" list, which the list shows instead of the results; null when none is open. */
	readonly similar: SimilarView | null;
	/** Read state and tags per paper id, as in the store. */
	readonly marks: PaperMarks;
	/** False until the marks have been read: unread markers and the count are not drawn before. */
	readonly isMarksKnown: boolean;
	/** The paper last marked read or unread with `r`: being shown does not mark it read. */
	readonly readDecidedId: string | null;
	/** The open tag prompt, or null. */
	readonly tagPrompt: TagPrompt | null;
	/** The selected row of the tag list (`T`). */
	readonly tagListCursor: number;
	/** The order of the list (`s` cycles it). */
	readonly sortOrder: SortOrder;
	readonly focus: Focus;
	/** Where `Esc`/`Enter` in the search line return to. */
	readonly previousFocus: Exclude<Focus, 'search'>;
	readonly overlay: Overlay;
	/** Index of the selected row within the visible entries. */
	readonly cursor: number;
	/**
	 * `G`/End was pressed while the results held only the best matches: the cursor goes to the
	 * last row when all of them come (unless it moves first).
	 */
	readonly isEndPending?: boolean;
	/** Index of the first visible row of the list. */
	readonly listOffset: number;
	/** First visible line of the detail pane. */
	readonly detailOffset: number;
	/** First visible line of the open overlay. */
	readonly overlayOffset: number;
	/** The citation view's text (may carry colour), laid out to the width when drawn. */
	readonly citation: string;
	readonly size: TerminalSize;
	readonly message: StatusMessage | null;
}

/** Every way the explorer state can change. */
export type Action =
	/** A command from the keymap that only changes state; its meaning depends on the mode. */
	| {readonly type: 'command'; readonly command: StateCommandId}
	/** Text typed into the search line. */
	| {readonly type: 'query.insert'; readonly text: string}
	/** A bracketed paste: the query's text, whatever the mode (see the reducer). */
	| {readonly type: 'query.paste'; readonly text: string}
	| {readonly type: 'query.set'; readonly query: string}
	| {readonly type: 'search.results'; readonly results: SearchResults}
	/** More of the corpus was read: the papers so far (the ones before unchanged in place), and the progress, null once all is read. */
	| {readonly type: 'corpus.read'; readonly papers: readonly Paper[]; readonly progress: CorpusProgress | null}
	/** The search index's build progress; null once ranked search is ready. */
	| {readonly type: 'search.progress'; readonly progress: IndexProgress | null}
	| {readonly type: 'cursor.move'; readonly delta: number}
	| {readonly type: 'cursor.page'; readonly direction: 1 | -1}
	| {readonly type: 'cursor.edge'; readonly edge: 'top' | 'bottom'}
	| {readonly type: 'detail.scroll'; readonly delta: number}
	| {readonly type: 'detail.page'; readonly direction: 1 | -1}
	| {readonly type: 'detail.edge'; readonly edge: 'top' | 'bottom'}
	| {readonly type: 'overlay.scroll'; readonly delta: number}
	| {readonly type: 'focus.toggle'}
	| {readonly type: 'search.focus'}
	| {readonly type: 'search.leave'}
	| {readonly type: 'bookmarks.loaded'; readonly bookmarks: readonly Bookmark[]}
	/** A change made here (`b`), kept so that `u` can undo it. */
	| {readonly type: 'bookmarks.changed'; readonly bookmarks: readonly Bookmark[]; readonly change: BookmarkChange}
	| {readonly type: 'bookmarks.undone'; readonly bookmarks: readonly Bookmark[]}
	| {readonly type: 'bookmarks.toggleView'}
	| {readonly type: 'sort.cycle'}
	/** Shows the papers like `source` (indices, most similar first) in the list; Esc (`similar.close`) goes back. */
	| {readonly type: 'similar.show'; readonly source: Paper; readonly matches: readonly number[]}
	| {readonly type: 'similar.close'}
	/** Every note on disk, read after the first frame. */
	| {readonly type: 'notes.loaded'; readonly notes: ReadonlyMap<string, string>}
	/** The note on paper `id` after an edit; `undefined` when there is none. */
	| {readonly type: 'note.changed'; readonly id: string; readonly text: string | undefined}
	| {readonly type: 'marks.loaded'; readonly marks: PaperMarks}
	| {readonly type: 'read.decided'; readonly paperId: string}
	/** Opens the tag prompt on the selected paper. */
	| {readonly type: 'tags.open'}
	| {readonly type: 'tags.input'; readonly text: string}
	| {readonly type: 'tags.set'; readonly text: string}
	| {readonly type: 'tags.complete'}
	| {readonly type: 'tags.close'}
	| {readonly type: 'tagList.open'}
	| {readonly type: 'tagList.move'; readonly delta: number}
	/** Puts `tag:name` of the selected tag in the query and closes the list. */
	| {readonly type: 'tagList.pick'}
	| {readonly type: 'help.open'}
	| {readonly type: 'citation.show'; readonly text: string}
	| {readonly type: 'overlay.close'}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	| {readonly type: 'message.show'; readonly message: StatusMessage}
	| {readonly type: 'message.clear'};
