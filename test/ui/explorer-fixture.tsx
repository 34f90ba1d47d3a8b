import {render} from 'ink-testing-library';
import type {Paper} from '../../src/types.js';
import type {BookmarkService, ExplorerServices, SearchEngine} from '../../src/hooks/services.js';
import {App} from '../../src/app.js';
import {buildSearchIndex, createHighlighter} from '../../src/search/index.js';

/** Three small papers that are easy to tell apart. */
export const samplePapers: Paper[] = [
	{id: 'catastrophic', title: 'Understanding Catastrophic Forgetting', abstract: 'Fine-tuning makes models forget. See https://example.org/a.', authors: [], links: ['https://example.org/a']},
	{id: 'loramoe', title: 'LoRAMoE: Mixture of Experts', abstract: 'Low-rank adapters as experts keep world knowledge.', authors: ['Ada Lovelace'], links: []},
	{id: 'prompt-tuning', title: 'Prompt Tuning at Scale', abstract: 'Soft prompts rival full fine-tuning.', authors: [], links: []},
];

/** An in-memory bookmark service that records every toggle. */
export function memoryBookmarks(notices: string[] = []): BookmarkService & {toggled: string[]} {
	let bookmarks: Array<{id: string; title: string; addedAt: string}> = [];
	const toggled: string[] = [];
	return {
		notices,
		toggled,
		list: async () => bookmarks,
		async toggle(entry) {
			toggled.push(entry.id);
			const added = !bookmarks.some(bookmark => bookmark.id === entry.id);
			bookmarks = added ? [...bookmarks, {...entry, addedAt: '2026-01-01T00:00:00.000Z'}] : bookmarks.filter(bookmark => bookmark.id !== entry.id);
			return {bookmarks, added};
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

/** Renders the explorer at `columns`x`rows` and waits for its services to load. */
export async function renderExplorer(options: {papers?: Paper[]; columns?: number; rows?: number; services?: ExplorerServices} = {}) {
	const papers = options.papers ?? samplePapers;
	const services = options.services ?? fixtureServices(papers);
	const view = render(<App papers={papers} services={services} initialSize={{columns: options.columns ?? 100, rows: options.rows ?? 24}}/>);
	await settle();
	return {...view, services};
}
