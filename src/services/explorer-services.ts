import type {Bookmark, Paper, PaperMarks} from '../types.js';
import type {CorpusProgress, IndexProgress, SearchResults} from '../state/index.js';

/** Ranked search over the loaded corpus, off the key path; never throws. */
export interface SearchEngine {
	/**
	 * Answers one query: the matching papers, best first (every paper in corpus order for an
	 * empty query), and highlighters for titles and abstracts, from one reading of the query.
	 * While the index is being built the answer is a title filter (`isTitlesOnly`). Latest query
	 * wins: resolves with `undefined` when a newer `run` replaced this query before it ran.
	 * Only the best matches come (`TOP_MATCH_COUNT`, with `totalMatches`) unless `all` is asked
	 * for: then every match, in the same order.
	 */
	run(query: string, options?: {readonly all?: boolean}): Promise<SearchResults | undefined>;
	/**
	 * Calls `listener` with the index's build progress as it changes, and with `null` once ranked
	 * search is ready (at once when it already is). Returns the function that stops.
	 */
	watchProgress(listener: (progress: IndexProgress | null) => void): () => void;
	/**
	 * The papers most like the paper at `position` (indices, most similar first, at most `limit`,
	 * never the paper itself), from its top terms run as one query on the index. Resolves with
	 * `undefined` while the index is still being built.
	 */
	similar(position: number, limit: number): Promise<readonly number[] | undefined>;
}

/** The persistent bookmark store as the explorer uses it. */
export interface BookmarkService {
	/** One-line notices about recovered or unreadable files, to show once. */
	readonly notices: readonly string[];
	list(): Promise<readonly Bookmark[]>;
	/** Adds or removes the paper, decided on the file's current content; `removed` is the record removed. */
	toggle(paper: {id: string; title: string}): Promise<{bookmarks: readonly Bookmark[]; added: boolean; removed?: Bookmark}>;
	/** Removes these ids (undo of an add). */
	remove(ids: readonly string[]): Promise<readonly Bookmark[]>;
	/** Puts removed bookmarks back with their own title and date (undo of a removal). */
	restore(bookmarks: readonly Bookmark[]): Promise<readonly Bookmark[]>;
	/** Calls `onChange` soon after the bookmark file changes (this or another process); returns the function that stops. */
	watch(onChange: () => void): () => void;
	/** Read state and tags per paper, as on disk now. */
	marks(): Promise<PaperMarks>;
	/** Marks the paper read if the file has it unread, else unread; `isRead` is the new state. */
	toggleRead(id: string): Promise<{marks: PaperMarks; isRead: boolean}>;
	/** Marks the paper read (one already read keeps its first time). */
	markRead(id: string): Promise<PaperMarks>;
	/** Adds and removes tags of one paper, applied to the file's current tags so another session's edits survive. */
	changeTags(id: string, change: {readonly add: readonly string[]; readonly remove: readonly string[]}): Promise<PaperMarks>;
}

/** Result of a clipboard copy: what to say on the status line. */
export type CopyResult = {readonly ok: true; readonly bytes: number} | {readonly ok: false; readonly reason: string};

/** What opening a link did: a program on this machine's display opened it, or (no display) it was copied. */
export type OpenResult = {readonly kind: 'opened'; readonly program: string} | {readonly kind: 'copied'; readonly copy: CopyResult};

/**
 * What editing a note did, with the note's text now (`undefined`: there is no note, as when a new
 * note was left empty). `failed` carries the one line to show: the editor could not be started,
 * or exited with a failure (what it saved is kept).
 */
export type NoteEditResult =
	| {readonly kind: 'saved' | 'unchanged'; readonly text: string | undefined}
	| {readonly kind: 'failed'; readonly reason: string; readonly text: string | undefined};

/**
 * A corpus read in steps (as `CorpusLoading` of the corpus folder reads one): the explorer opens on
 * the first papers and reads the rest between keys.
 */
export interface CorpusReading {
	/** The papers read so far (the same array, growing at its end; a paper a later file joins is replaced in place). */
	readonly papers: readonly Paper[];
	readonly progress: {readonly bytesRead: number; readonly totalBytes: number};
	/** Reads on until `deadline` (`performance.now()` time); returns true once all is read. Throws the file's problem. */
	step(deadline: number): boolean;
	/** The whole corpus and the ids merging changed; once all is read. */
	result(): {readonly papers: readonly Paper[]; readonly aliases: ReadonlyMap<string, string>};
	/** Stops reading (closes the open file). */
	close(): void;
	/** One-line notices about the files (fields cut, entries skipped) given since the last call. */
	takeNotices(): readonly string[];
}

/** Everything with side effects the explorer needs, injected so tests can use temp dirs and fakes. */
export interface ExplorerServices {
	/**
	 * Reads the rest of the corpus between keys, when the explorer opened on its first papers:
	 * calls `onPapers` now and then with the papers so far (a new array each time, the earlier
	 * papers in their places) and the progress, and once at the end with every paper and null.
	 * Resolves once all is read, with the one-line notices about the files given meanwhile (fields
	 * cut, entries skipped); rejects with the file's problem (one line naming the file and line),
	 * and the explorer closes. Absent when the whole corpus was read before the first frame.
	 */
	readCorpus?(onPapers: (papers: readonly Paper[], progress: CorpusProgress | null) => void): Promise<readonly string[]>;
	/** How far the corpus is read now; with `readCorpus`. */
	corpusProgress?(): CorpusProgress;
	/** Loads (or builds) the search engine; called once, after the first frame. */
	loadSearch(): Promise<SearchEngine>;
	/** The bookmarks on disk, read before the first frame; undefined when that needs the store (a damaged file). */
	readBookmarksNow(): readonly Bookmark[] | undefined;
	/** Read state and tags on disk, read before the first frame; undefined when that needs the store (a damaged file). */
	readMarksNow(): PaperMarks | undefined;
	/** How long a paper shown in the detail pane takes to become read; default 3000 ms. */
	readonly readAfterMs?: number;
	/** Opens the bookmark store (once: later calls return the same store); first called after the first frame. */
	openBookmarks(): Promise<BookmarkService>;
	/** Copies text to the user's clipboard through the terminal (OSC 52). */
	copy(text: string): CopyResult;
	/** Opens a link with this machine's opener when it has a display, else copies it through the terminal. */
	openLink(url: string): Promise<OpenResult>;
	/** The paper's BibTeX entry. */
	bibtex(paper: Paper): Promise<string>;
	/** The citation view's text (BibTeX and JSON, highlighted when colour is on). */
	citation(paper: Paper): Promise<string>;
	/** Every note (Markdown, one file per paper in the user's data folder), by paper id; read after the first frame. */
	readNotes(): Promise<ReadonlyMap<string, string>>;
	/**
	 * Opens the paper's note in the user's editor (`$VISUAL`, `$EDITOR`, `vi`), lending it the
	 * terminal until it exits; the explorer draws its whole frame again afterwards.
	 */
	editNote(paper: Paper): Promise<NoteEditResult>;
}
