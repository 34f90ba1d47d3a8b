import {render} from 'ink-testing-library';
import type {Bookmark, Paper, PaperMark, PaperMarks} from '../../src/types.js';
import type {BookmarkService, ExplorerServices, NoteEditResult, SearchEngine} from '../../src/services/index.js';
import {App} from '../../src/app.js';
import {ThemeContext, createTheme} from '../../src/ui/theme.js';
import {buildSearchIndex, createHighlighter, findSimilarPapers} from '../../src/search/index.js';

/** The rows of a frame. */
export function lines(frame: string | undefined): string[] {
	return (frame ?? '').split('\n');
}

/** Titles in the list column (the left 40 columns at 100x24), with their bookmark marker. */
export function listRows(frame: string | undefined): string[] {
	return lines(frame)
		.slice(1, -1)
		.map(line => line.slice(2, 40).trimEnd())
		.filter(Boolean);
}

/** Three small papers that are easy to tell apart. */
export const samplePapers: Paper[] = [
	{
		id: 'catastrophic',
		title: 'Understanding Catastrophic Forgetting',
		abstract: 'Fine-tuning makes models forget. See https://example.org/a.',
		authors: [],
		links: ['https://example.org/a'],
	},
	{
		id: 'loramoe',
		title: 'LoRAMoE: Mixture of Experts',
		abstract: 'Low-rank adapters as experts keep world knowledge.',
		authors: ['Ada Lovelace'],
		links: [],
	},
	{id: 'prompt-tuning', title: 'Prompt Tuning at Scale', abstract: 'Soft prompts rival full fine-tuning.', authors: [], links: []},
];

/**
 * An in-memory bookmark service that records every toggle; `replace` plays another process
 * writing the file, `replaceMarks` another process changing read state and tags.
 */
export function memoryBookmarks(notices: string[] = []): BookmarkService & {
	toggled: string[];
	current(): Bookmark[];
	replace(list: Bookmark[]): void;
	currentMarks(): PaperMarks;
	replaceMarks(marks: PaperMarks): void;
} {
	let bookmarks: Bookmark[] = [];
	let marks: PaperMarks = new Map();
	const toggled: string[] = [];
	const watchers = new Set<() => void>();
	const setMark = (id: string, change: (mark: PaperMark) => PaperMark): PaperMarks => {
		const next = new Map(marks);
		const mark = change(marks.get(id) ?? {tags: []});
		if (mark.readAt === undefined && mark.tags.length === 0) next.delete(id);
		else next.set(id, mark);
		marks = next;
		return marks;
	};

	return {
		notices,
		toggled,
		current: () => bookmarks,
		currentMarks: () => marks,
		replaceMarks(next) {
			marks = next;
			for (const watcher of watchers) watcher();
		},
		marks: async () => marks,
		async toggleRead(id) {
			const isRead = marks.get(id)?.readAt === undefined;
			setMark(id, ({readAt: _readAt, ...mark}) => (isRead ? {...mark, readAt: '2026-01-01T00:00:00.000Z'} : mark));
			return {marks, isRead};
		},
		markRead: async id => setMark(id, mark => ({readAt: '2026-01-01T00:00:00.000Z', ...mark})),
		changeTags: async (id, change) =>
			setMark(id, mark => ({
				...mark,
				tags: [...mark.tags.filter(tag => !change.remove.includes(tag)), ...change.add.filter(tag => !mark.tags.includes(tag))],
			})),
		replace(list) {
			bookmarks = list;
			for (const watcher of watchers) watcher();
		},
		list: async () => bookmarks,
		async toggle(entry) {
			toggled.push(entry.id);
			const removed = bookmarks.find(bookmark => bookmark.id === entry.id);
			bookmarks = removed
				? bookmarks.filter(bookmark => bookmark.id !== entry.id)
				: [...bookmarks, {...entry, addedAt: '2026-01-01T00:00:00.000Z'}];
			return removed ? {bookmarks, added: false, removed} : {bookmarks, added: true};
		},
		async remove(ids) {
			bookmarks = bookmarks.filter(bookmark => !ids.includes(bookmark.id));
			return bookmarks;
		},
		async restore(records) {
			bookmarks = [...bookmarks, ...records.filter(record => !bookmarks.some(bookmark => bookmark.id === record.id))].sort(
				(left, right) => Date.parse(left.addedAt) - Date.parse(right.addedAt),
			);
			return bookmarks;
		},
		watch(onChange) {
			watchers.add(onChange);
			return () => watchers.delete(onChange);
		},
	};
}

/**
 * In-memory notes, by paper id, and a fake editor: each edit appends `line` to the note (a new note
 * starts with the title as a heading) and is recorded in `edited`.
 */
export function memoryNotes(line = 'Edited in the test.') {
	const notes = new Map<string, string>();
	const edited: string[] = [];
	return {
		notes,
		edited,
		readNotes: async (): Promise<ReadonlyMap<string, string>> => new Map(notes),
		async editNote(paper: Paper): Promise<NoteEditResult> {
			edited.push(paper.id);
			const text = `${notes.get(paper.id) ?? `# ${paper.title}\n\n`}${line}\n`;
			notes.set(paper.id, text);
			return {kind: 'saved', text};
		},
	};
}

/** Real search over `papers`, with fake bookmarks, clipboard, link opener (as on a machine with a display) and notes. */
export function fixtureServices(
	papers: readonly Paper[],
	bookmarks = memoryBookmarks(),
	notes = memoryNotes(),
): ExplorerServices & {copied: string[]; opened: string[]} {
	const copied: string[] = [];
	const opened: string[] = [];
	return {
		copied,
		opened,
		readNotes: notes.readNotes,
		editNote: notes.editNote,
		async loadSearch(): Promise<SearchEngine> {
			const index = buildSearchIndex(papers);
			return {
				run: async query => ({
					query,
					matches: index.search(query).map(hit => hit.index),
					highlightTitle: createHighlighter(query, 'title'),
					highlightAbstract: createHighlighter(query, 'abstract'),
				}),
				watchProgress(listener) {
					listener(null);
					return () => {};
				},
				similar: async (position, limit) => findSimilarPapers(index, papers, position, limit).map(hit => hit.index),
			};
		},
		readBookmarksNow: () => bookmarks.current(),
		readMarksNow: () => bookmarks.currentMarks(),
		// Never on its own: a test that wants papers to become read by being shown sets a time.
		readAfterMs: Number.POSITIVE_INFINITY,
		openBookmarks: async () => bookmarks,
		copy(text) {
			copied.push(text);
			return {ok: true, bytes: text.length};
		},
		async openLink(url) {
			opened.push(url);
			return {kind: 'opened', program: 'xdg-open'};
		},
		bibtex: async paper => `@misc{key, title = {{${paper.title}}}}`,
		citation: async paper => `@misc{key, title = {{${paper.title}}}}`,
	};
}

/** One turn of the event loop: what the key handler, React and Ink queued has run. */
function nextTurn(): Promise<void> {
	return new Promise(resolve => {
		setImmediate(resolve);
	});
}

/** Service calls the explorer has started and not yet seen finish. */
export interface PendingWork {
	readonly pending: Set<Promise<unknown>>;
}

/** What the helpers below need of a rendered view. */
interface DrawnView extends PendingWork {
	readonly stdin: {write(data: string): void};
}

/**
 * Waits until the explorer has done everything a key press started: the key handler and the
 * frame it causes run in the turn after the write (Ink draws synchronously on commit in tests),
 * and any service call it made (a bookmark write, the citation highlighter) is followed until
 * it has settled and its result has been drawn. No timing window: the explicit signals are the
 * event loop's turns and the service calls' own promises.
 */
export async function drawn(view: DrawnView): Promise<void> {
	// Two turns: React renders in one and runs the effects of that render in the next.
	await nextTurn();
	await nextTurn();
	while (view.pending.size > 0) {
		await Promise.allSettled([...view.pending]);
		await nextTurn();
		await nextTurn();
	}
}

/** Waits, a timer turn at a time (at most `maxTurns`, default 1,000), until `isDone` holds: for signals such as a service method being called. */
export async function turnsUntil(isDone: () => boolean, maxTurns = 1000): Promise<void> {
	for (let turn = 0; turn < maxTurns && !isDone(); turn++) {
		await new Promise(resolve => {
			setTimeout(resolve, 0);
		});
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

/**
 * Wraps every asynchronous method of `service` so that its calls are in `pending` until they
 * settle, and names every method called in `called`.
 */
export function tracked<T extends object>(service: T, pending: Set<Promise<unknown>>, called = new Set<string | symbol>()): T {
	return new Proxy(service, {
		get(target, property, receiver) {
			const value: unknown = Reflect.get(target, property, receiver);
			if (typeof value !== 'function') {
				return value;
			}

			return (...arguments_: unknown[]) => {
				called.add(property);
				const result: unknown = value.apply(target, arguments_);
				if (result instanceof Promise) {
					const settled = result.then(loaded =>
						typeof loaded === 'object' && loaded !== null && !Array.isArray(loaded) && 'toggle' in loaded
							? tracked(loaded, pending, called)
							: loaded,
					);
					pending.add(settled);
					void settled.finally(() => pending.delete(settled)).catch(() => {});
					return settled;
				}

				return result;
			};
		},
	});
}

/** Renders the explorer at `columns`x`rows` and waits until its services have loaded and been drawn. */
export async function renderExplorer(
	options: {papers?: Paper[]; columns?: number; rows?: number; services?: ExplorerServices; environment?: Record<string, string>} = {},
) {
	const papers = options.papers ?? samplePapers;
	const services = options.services ?? fixtureServices(papers);
	const pending = new Set<Promise<unknown>>();
	const called = new Set<string | symbol>();
	const view = render(
		<ThemeContext.Provider value={createTheme(options.environment ?? {})}>
			<App
				papers={papers}
				services={tracked(services, pending, called)}
				initialSize={{columns: options.columns ?? 100, rows: options.rows ?? 24}}
			/>
		</ThemeContext.Provider>,
	);
	// The app asks for its services once its first frame is drawn (a timer); then follow them to the end.
	await turnsUntil(() => called.has('loadSearch') && called.has('openBookmarks') && called.has('readNotes'));

	await drawn({...view, pending});
	// Once open, the bookmark store is read (and then watched): that read is the last thing a start does.
	await turnsUntil(() => called.has('list'));
	await drawn({...view, pending});
	return {...view, services, pending};
}
