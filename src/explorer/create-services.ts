import {spawn} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import type {Paper} from '../types.js';
import type {BookmarkService, CorpusReading, ExplorerServices, SearchEngine} from '../services/index.js';
import {
	notesDirectory,
	readBookmarksNow,
	readMarksNow,
	readNotes,
	resolveBookmarkIds,
	resolveDataDir,
	watchBookmarkFile,
	type IdAliases,
} from '../bookmarks/index.js';
import {withIdAliases} from './aliased-bookmarks.js';
import {linkOpener} from '../terminal/link-opener.js';
import {osc52Copy} from '../terminal/osc52.js';
import {createTheme} from '../ui/theme.js';
import {editNoteInTerminal} from './edit-note.js';
import {readCorpusInSteps} from './read-corpus-in-steps.js';

export type {CorpusReading} from '../services/index.js';

/**
 * How long a paper shown in the detail pane takes to become read, from `PAPER_TUI_READ_AFTER_MS`:
 * a whole number of milliseconds, `0` or `off` never; unset or unreadable, the default (undefined).
 */
export function readAfterMsFrom(env: NodeJS.ProcessEnv): number | undefined {
	const text = env['PAPER_TUI_READ_AFTER_MS']?.trim().toLowerCase();
	if (text === 'off' || text === '0') {
		return Number.POSITIVE_INFINITY;
	}

	return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Explorer services plus a way to wait for bookmark writes in flight. */
export interface ServiceBundle {
	readonly services: ExplorerServices;
	/** Resolves when no bookmark write is in flight, including writes started by ones that were. */
	settle(): Promise<void>;
}

/**
 * The real services: search, bookmarks and citations are imported on demand (separate
 * chunks of the bundle), so none of them is parsed before the first frame.
 */
export function createServices(
	papers: readonly Paper[],
	options: {
		configDir: string | undefined;
		env: NodeJS.ProcessEnv;
		stdout: NodeJS.WriteStream;
		/** A serialized index of `papers` (the build writes one for the built-in corpus); built when missing or stale. */
		searchIndexFile?: string;
		/**
		 * The search worker's bundle (dist/search-worker.cjs): a corpus of more than
		 * `uncachedPaperLimit` papers with no usable prebuilt index is indexed there, off the key path,
		 * or read from the cache.
		 */
		searchWorkerFile?: string;
		/** Where built indexes are cached; default `resolveCacheDir(env)`. */
		cacheDir?: string;
		/** The terminal's input, lent to the note editor with stdout; default `process.stdin`. */
		stdin?: NodeJS.ReadStream;
		/** The user's data folder, which holds `notes/`; default `resolveDataDir({env})`. */
		dataDir?: string;
		/** Old ids → current ids of papers merging joined (see `withIdAliases`); none by default. */
		idAliases?: IdAliases;
		/**
		 * The rest of the corpus, when `papers` are only its first papers: `readCorpus` reads it
		 * between keys, and the search engine is made once all is read (the aliases it finds are
		 * added to `idAliases`).
		 */
		corpusReading?: CorpusReading;
	},
): ServiceBundle {
	const inFlight = new Set<Promise<unknown>>();
	const track = <T>(promise: Promise<T>): Promise<T> => {
		inFlight.add(promise);
		void promise.finally(() => inFlight.delete(promise)).catch(() => {});
		return promise;
	};

	const bibtex = async (paper: Paper): Promise<string> => {
		const {toBibtexEntry, citationKeys} = await import('../citation/bibtex.js');
		return toBibtexEntry(paper, citationKeys([paper])[0]!);
	};

	// Filled in when a corpus read between keys ends (the bookmark service reads it on each call).
	const aliases = new Map(options.idAliases ?? []);
	const reading = options.corpusReading;
	let finishCorpus: (papers: readonly Paper[]) => void = () => {};
	const wholeCorpus =
		reading === undefined
			? Promise.resolve(papers)
			: new Promise<readonly Paper[]>(resolve => {
					finishCorpus = resolve;
				});
	const openBookmarkService = async (): Promise<BookmarkService> => {
		const {openBookmarkStore} = await import('../bookmarks/index.js');
		const store = await openBookmarkStore({configDir: options.configDir, env: options.env});
		return withIdAliases(
			{
				get notices() {
					return store.notices;
				},
				list: async () => store.list(),
				toggle: async entry => track(store.toggle(entry)),
				remove: async ids => track(store.remove(ids)),
				restore: async bookmarks => track(store.restore(bookmarks)),
				watch: onChange => watchBookmarkFile(store.path, onChange),
				marks: async () => store.marks(),
				toggleRead: async id => track(store.toggleRead(id)),
				markRead: async id => track(store.setRead([id], true)),
				changeTags: async (id, change) => track(store.changeTags(id, change)),
			},
			aliases,
		);
	};
	let bookmarkService: Promise<BookmarkService> | undefined;
	const notesDir = notesDirectory(options.dataDir ?? resolveDataDir({env: options.env}));

	/** The search engine over the whole corpus: the built-in index, a worker for a large corpus, or an index built here. */
	const loadEngine = async (papers: readonly Paper[]): Promise<SearchEngine> => {
		const {buildSearchIndex, loadSearchIndex, resolveCacheDir, uncachedPaperLimit} = await import('../search/index.js');
		const {createIndexEngine, createWorkerEngine} = await import('./search-engine.js');
		const loadPrebuilt = (file: string) => {
			try {
				return loadSearchIndex(JSON.parse(readFileSync(file, 'utf8')), papers);
			} catch {
				// Missing (a run from source), or from other papers or another version: build it.
				return undefined;
			}
		};

		const prebuilt = options.searchIndexFile === undefined ? undefined : loadPrebuilt(options.searchIndexFile);
		if (prebuilt !== undefined) return createIndexEngine(prebuilt, papers);
		const workerFile = options.searchWorkerFile;
		if (papers.length > uncachedPaperLimit && workerFile !== undefined && existsSync(workerFile)) {
			return createWorkerEngine(papers, workerFile, {cacheDir: options.cacheDir ?? resolveCacheDir(options.env)});
		}
		return createIndexEngine(buildSearchIndex(papers), papers);
	};

	const services: ExplorerServices = {
		...(reading === undefined
			? {}
			: {
					async readCorpus(onPapers) {
						await readCorpusInSteps(reading, onPapers);
						const result = reading.result();
						for (const [oldId, id] of result.aliases) aliases.set(oldId, id);
						finishCorpus(result.papers);
						return reading.takeNotices();
					},
					corpusProgress: () => ({papers: reading.papers.length, ...reading.progress}),
				}),
		async loadSearch(): Promise<SearchEngine> {
			if (reading !== undefined) {
				// The index is of the whole corpus: until it is read, titles are filtered as they come.
				const {createReadingSearchEngine} = await import('./reading-search-engine.js');
				return createReadingSearchEngine(reading.papers, wholeCorpus.then(loadEngine));
			}

			return loadEngine(papers);
		},
		readBookmarksNow() {
			const bookmarks = readBookmarksNow({configDir: options.configDir, env: options.env});
			return bookmarks === undefined ? undefined : resolveBookmarkIds(bookmarks, aliases);
		},
		readMarksNow: () => readMarksNow({configDir: options.configDir, env: options.env}),
		readAfterMs: readAfterMsFrom(options.env),
		openBookmarks(): Promise<BookmarkService> {
			// Tracked too: a key pressed while the store opens toggles once it has opened.
			bookmarkService ??= track(openBookmarkService());
			return bookmarkService;
		},
		copy(text) {
			const result = osc52Copy(text, options.env);
			if (result.ok) {
				options.stdout.write(result.sequence);
			}

			return result;
		},
		async openLink(url) {
			const program = linkOpener(options.env, process.platform);
			if (program !== undefined) {
				// Detached, with no terminal: the opener must never draw on the explorer's screen.
				const child = spawn(program, [url], {detached: true, stdio: 'ignore', env: options.env});
				const started = await new Promise<boolean>(resolve => {
					child.once('spawn', () => resolve(true));
					child.once('error', () => resolve(false));
				});
				if (started) {
					child.unref();
					return {kind: 'opened', program};
				}
			}

			return {kind: 'copied', copy: services.copy(url)};
		},
		bibtex,
		async citation(paper) {
			const [{highlightCitation}, {toJsonRecord}, entry] = await Promise.all([
				import('../citation/highlight-citation.js'),
				import('../citation/json-record.js'),
				bibtex(paper),
			]);
			const color = createTheme(options.env).isColor;
			const [bibtexText, jsonText] = await Promise.all([
				highlightCitation(entry, 'bibtex', {color}),
				highlightCitation(toJsonRecord(paper), 'json', {color}),
			]);
			return `BibTeX\n\n${bibtexText}\n\nJSON\n\n${jsonText}`;
		},
		readNotes: async () => readNotes(notesDir),
		async editNote(paper) {
			return editNoteInTerminal(paper, {notesDir, env: options.env, stdout: options.stdout, stdin: options.stdin ?? process.stdin});
		},
	};

	return {
		services,
		async settle() {
			// A write that waited for another (the store opening) starts only after it: look again.
			while (inFlight.size > 0) {
				await Promise.allSettled([...inFlight]);
				await new Promise(resolve => {
					setImmediate(resolve);
				});
			}
		},
	};
}
