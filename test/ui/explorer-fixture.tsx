import {render} from 'ink-testing-library';
import type {Bookmark, Paper} from '../../src/types.js';
import type {BookmarkService, ExplorerServices, SearchEngine} from '../../src/hooks/services.js';
import {App} from '../../src/app.js';
import {ThemeContext, createTheme} from '../../src/ui/theme.js';
import {buildSearchIndex, createHighlighter} from '../../src/search/index.js';

/** Three small papers that are easy to tell apart. */
export const samplePapers: Paper[] = [
	{id: 'catastrophic', title: 'Understanding Catastrophic Forgetting', abstract: 'Fine-tuning makes models forget. See https://example.org/a.', authors: [], links: ['https://example.org/a']},
	{id: 'loramoe', title: 'LoRAMoE: Mixture of Experts', abstract: 'Low-rank adapters as experts keep world knowledge.', authors: ['Ada Lovelace'], links: []},
	{id: 'prompt-tuning', title: 'Prompt Tuning at Scale', abstract: 'Soft prompts rival full fine-tuning.', authors: [], links: []},
];

/** An in-memory bookmark service that records every toggle; `replace` plays another process writing the file. */
export function memoryBookmarks(notices: string[] = []): BookmarkService & {toggled: string[]; current(): Bookmark[]; replace(list: Bookmark[]): void} {
	let bookmarks: Bookmark[] = [];
	const toggled: string[] = [];
	const watchers = new Set<() => void>();
	return {
		notices,
		toggled,
		current: () => bookmarks,
		replace(list) {
			bookmarks = list;
			for (const watcher of watchers) watcher();
		},
		list: async () => bookmarks,
		async toggle(entry) {
			toggled.push(entry.id);
			const removed = bookmarks.find(bookmark => bookmark.id === entry.id);
			bookmarks = removed ? bookmarks.filter(bookmark => bookmark.id !== entry.id) : [...bookmarks, {...entry, addedAt: '2026-01-01T00:00:00.000Z'}];
			return removed ? {bookmarks, added: false, removed} : {bookmarks, added: true};
		},
		async remove(ids) {
			bookmarks = bookmarks.filter(bookmark => !ids.includes(bookmark.id));
			return bookmarks;
		},
		async restore(records) {
			bookmarks = [...bookmarks, ...records.filter(record => !bookmarks.some(bookmark => bookmark.id === record.id))]
				.sort((left, right) => Date.parse(left.addedAt) - Date.parse(right.addedAt));
			return bookmarks;
		},
		watch(onChange) {
			watchers.add(onChange);
			return () => watchers.delete(onChange);
		},
	};
}

/** Real search over `papers`, with fake bookmarks and clipboard. */
export function fixtureServices(papers: readonly Paper[], bookmarks = memoryBookmarks()): ExplorerServices & {copied: string[]} {
	const copied: string[] = [];
	return {
		copied,
		async loadSearch(): Promise<SearchEngine> {
			const index = buildSearchIndex(papers);
			return {search: query => index.search(query).map(hit => hit.index), highlighter: (query, field) => createHighlighter(query, field)};
		},
		readBookmarksNow: () => bookmarks.current(),
		openBookmarks: async () => bookmarks,
		copy(text) {
			copied.push(text);
			return {ok: true, bytes: text.length};
		},
		bibtex: async paper => `@misc{key, title = {{${paper.title}}}}`,
		citation: async paper => `@misc{key, title = {{${paper.title}}}}`,
	};
}

/** Waits for effects, timers and renders to settle. */
export async function settle(milliseconds = 30): Promise<void> {
	await new Promise(resolve => setTimeout(resolve, milliseconds));
}

/** What the helpers below need of a rendered view. */
interface DrawnView {
	readonly stdin: {write(data: string): void};
	readonly frames: readonly string[];
}

/**
 * Waits for the frames a key press causes: up to `firstFrameMilliseconds` for the first one,
 * then until none has been drawn for `quietMilliseconds`. A frame can take a few tens of
 * milliseconds in a busy test run, and the search input only listens once its frame is
 * committed, so a fixed short sleep is not enough.
 */
export async function drawn(view: DrawnView, quietMilliseconds = 15, firstFrameMilliseconds = 100): Promise<void> {
	const start = Date.now();
	const before = view.frames.length;
	while (view.frames.length === before && Date.now() - start < firstFrameMilliseconds) {
		await settle(2);
	}

	let count = view.frames.length;
	let lastChange = Date.now();
	while (Date.now() - lastChange < quietMilliseconds && Date.now() - start < 3000) {
		await settle(2);
		if (view.frames.length !== count) {
			count = view.frames.length;
			lastChange = Date.now();
		}
	}
}

/** Presses each key in turn (each string is one read from the terminal), waiting for its frame. */
export async function press(view: DrawnView, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		view.stdin.write(key);
		await drawn(view);
	}
}

/** Types `text` one character per key press. */
export async function type(view: DrawnView, text: string): Promise<void> {
	await press(view, ...text);
}

/** Renders the explorer at `columns`x`rows` and waits for its services to load. */
export async function renderExplorer(options: {papers?: Paper[]; columns?: number; rows?: number; services?: ExplorerServices; environment?: Record<string, string>} = {}) {
	const papers = options.papers ?? samplePapers;
	const services = options.services ?? fixtureServices(papers);
	let loading = 2;
	const loaded = <T,>(load: () => Promise<T>) => async (): Promise<T> => {
		try {
			return await load();
		} finally {
			loading--;
		}
	};

	// Same services, but the test knows when both have loaded (the app loads each once).
	const tracked: ExplorerServices = {
		...services,
		loadSearch: loaded(services.loadSearch.bind(services)),
		openBookmarks: loaded(services.openBookmarks.bind(services)),
	};
	const view = render(
		<ThemeContext.Provider value={createTheme(options.environment ?? {})}>
			<App papers={papers} services={tracked} initialSize={{columns: options.columns ?? 100, rows: options.rows ?? 24}}/>
		</ThemeContext.Provider>,
	);
	const start = Date.now();
	while (loading > 0 && Date.now() - start < 5000) {
		await settle(2);
	}

	// The effects of the loaded services (bookmarks, notices) draw one more frame; on a busy
	// machine React may run them tens of milliseconds later.
	await drawn(view, 50, 0);
	return {...view, services};
}
