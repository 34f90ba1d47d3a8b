/** A research paper as the app sees it: every string already cleaned of control characters. */
export interface Paper {
	/** Stable slug derived from the title; unique within a loaded corpus. */
	readonly id: string;
	readonly title: string;
	readonly abstract: string;
	readonly authors: readonly string[];
	readonly year?: number;
	readonly url?: string;
	/** URLs found in the abstract or given explicitly, without trailing punctuation. */
	readonly links: readonly string[];
}

/** A saved bookmark: keeps the title so it still shows when its paper is missing. */
export interface Bookmark {
	readonly id: string;
	readonly title: string;
	/** ISO-8601 timestamp. */
	readonly addedAt: string;
}

/** A bookmark this explorer added or removed, as it was. */
export interface BookmarkChange {
	readonly kind: 'added' | 'removed';
	readonly bookmark: Bookmark;
}

/** A half-open [start, end) range of characters in a text, to be highlighted. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** One search result: the paper's index in the corpus and its score. */
export interface SearchHit {
	readonly index: number;
	readonly score: number;
}

/** Which part of the explorer receives keys. */
export type Focus = 'list' | 'detail' | 'search';

/** A layer drawn over the explorer, or none. */
export type Overlay = 'none' | 'help' | 'citation';

/** The key-handling mode: the overlay when one is open, else the focused pane. */
export type Mode = Focus | Exclude<Overlay, 'none'>;

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

/** Terminal size in character cells. */
export interface TerminalSize {
	readonly columns: number;
	readonly rows: number;
}

/** Everything the explorer shows; changed only by the reducer. */
export interface AppState {
	readonly papers: readonly Paper[];
	readonly query: string;
	/** Indices into `papers`, best first; every paper in corpus order when the query is empty. */
	readonly matches: readonly number[];
	readonly bookmarks: readonly Bookmark[];
	/** False until the bookmark file has been read: markers and the count are not drawn before. */
	readonly isBookmarksKnown: boolean;
	/** The last bookmark change made here, which `u` undoes; null when there is none to undo. */
	readonly lastBookmarkChange: BookmarkChange | null;
	readonly isBookmarkView: boolean;
	readonly focus: Focus;
	/** Where `Esc`/`Enter` in the search line return to. */
	readonly previousFocus: Exclude<Focus, 'search'>;
	readonly overlay: Overlay;
	/** Index of the selected row within the visible entries. */
	readonly cursor: number;
	/** Index of the first visible row of the list. */
	readonly listOffset: number;
	/** First visible line of the detail pane. */
	readonly detailOffset: number;
	/** First visible line of the open overlay. */
	readonly overlayOffset: number;
	/** Lines of the open overlay (help or citation; may carry colour), pre-wrapped to fit. */
	readonly overlayLines: readonly string[];
	readonly size: TerminalSize;
	readonly message: StatusMessage | null;
}

/** Every way the explorer state can change. */
export type Action =
	| {readonly type: 'cursor.move'; readonly delta: number}
	| {readonly type: 'cursor.page'; readonly direction: 1 | -1}
	| {readonly type: 'cursor.edge'; readonly edge: 'top' | 'bottom'}
	| {readonly type: 'detail.scroll'; readonly delta: number}
	| {readonly type: 'detail.page'; readonly direction: 1 | -1}
	| {readonly type: 'detail.edge'; readonly edge: 'top' | 'bottom'}
	| {readonly type: 'focus.toggle'}
	| {readonly type: 'search.focus'}
	| {readonly type: 'search.leave'}
	| {readonly type: 'query.change'; readonly query: string; readonly matches: readonly number[]}
	| {readonly type: 'bookmarks.loaded'; readonly bookmarks: readonly Bookmark[]}
	| {readonly type: 'bookmarks.changed'; readonly bookmarks: readonly Bookmark[]; readonly change: BookmarkChange}
	| {readonly type: 'bookmarks.undone'; readonly bookmarks: readonly Bookmark[]}
	| {readonly type: 'bookmarks.toggleView'}
	| {readonly type: 'overlay.open'; readonly overlay: Exclude<Overlay, 'none'>; readonly lines: readonly string[]}
	| {readonly type: 'overlay.close'}
	| {readonly type: 'overlay.scroll'; readonly delta: number}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	| {readonly type: 'message.show'; readonly message: StatusMessage}
	| {readonly type: 'message.clear'};
