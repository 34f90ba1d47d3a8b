import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {BookmarkService} from '../../src/services/index.js';
import {
	drawn,
	fixtureServices,
	lines,
	listRows,
	memoryBookmarks,
	press,
	renderExplorer,
	samplePapers,
	tracked,
	turnsUntil,
} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

const promptTuning = {id: 'prompt-tuning', title: 'Prompt Tuning at Scale', addedAt: '2026-01-02T03:04:05.000Z'};
const missingPaper = {id: 'gone', title: 'A Paper From Another Corpus', addedAt: '2025-05-06T07:08:09.000Z'};

describe('the first frame shows the bookmarks on disk', () => {
	test('the very first frame has the marker and the count, before the store has opened', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replace([promptTuning]);
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		const first = view.frames[0];
		expect(listRows(first)[2]).toBe('* Prompt Tuning at Scale');
		expect(lines(first).at(-1)).toMatch(/^1\/3 · 1 bookmarked /);
	});

	test('when the file cannot be read before the first frame, no count and no marker are drawn until the store knows', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replace([promptTuning]);
		let open: ((store: BookmarkService) => void) | undefined;
		const services = {
			...fixtureServices(samplePapers, bookmarks),
			readBookmarksNow: () => undefined,
			readMarksNow: () => undefined,
			openBookmarks: async () =>
				new Promise<BookmarkService>(resolve => {
					open = resolve;
				}),
		};
		const view = await renderExplorerWhileLoading(services);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 {2,}/);
		expect(view.lastFrame()).not.toContain('bookmarked');
		// From here on, the test follows the store's calls to their end.
		const pending = new Set<Promise<unknown>>();
		const called = new Set<string | symbol>();
		// The app asks for the store from a timer after its first frame: on a loaded machine that
		// can come after the frame was drawn.
		await turnsUntil(() => open !== undefined);
		open!(tracked(bookmarks, pending, called));
		// The store, once open, is read at once: wait for that read and what it draws.
		await turnsUntil(() => called.has('list'));
		await drawn({...view, pending});
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 1 bookmarked /);
		expect(listRows(view.lastFrame())[2]).toBe('* Prompt Tuning at Scale');
	});
});

/** Renders without waiting for the bookmark store (which the test opens itself). */
async function renderExplorerWhileLoading(services: ReturnType<typeof fixtureServices>) {
	const {render} = await import('ink-testing-library');
	const {App} = await import('../../src/app.js');
	const pending = new Set<Promise<unknown>>();
	const searching = services.loadSearch();
	pending.add(searching);
	void searching.finally(() => pending.delete(searching));
	const view = render(
		<App papers={samplePapers} services={{...services, loadSearch: async () => searching}} initialSize={{columns: 100, rows: 24}} />,
	);
	await drawn({...view, pending});
	return view;
}

describe('changes made by another session', () => {
	test('a bookmark added elsewhere shows its marker and count', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked /);
		bookmarks.replace([promptTuning]);
		await drawn(view);
		expect(listRows(view.lastFrame())[2]).toBe('* Prompt Tuning at Scale');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 1 bookmarked /);
	});

	test('a bookmark removed elsewhere loses its marker', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replace([promptTuning]);
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		bookmarks.replace([]);
		await drawn(view);
		expect(listRows(view.lastFrame())[2]).toBe('  Prompt Tuning at Scale');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked /);
	});
});

describe('u undoes the last bookmark change', () => {
	test('b on a bookmark whose paper is missing offers u, and u puts it back with its title and date', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replace([missingPaper]);
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 'B');
		expect(listRows(view.lastFrame())).toEqual(['* A Paper From Another Corpus']);

		await press(view, 'b');
		expect(lines(view.lastFrame())[1]).toMatch(/^No bookmarks yet/);
		expect(lines(view.lastFrame()).at(-1)).toMatch(
			/^0\/0 · 0 bookmarked · 0 unread · Removed bookmark “A Paper From Another Corpus” — u undo/,
		);
		expect(bookmarks.current()).toEqual([]);

		await press(view, 'u');
		expect(listRows(view.lastFrame())).toEqual(['* A Paper From Another Corpus']);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/1 · 1 bookmarked · 0 unread · Restored bookmark “A Paper From Another Corpus”/);
		expect(bookmarks.current()).toEqual([missingPaper]);
	});

	test('u after b on a paper removes the bookmark just added', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 'b', 'u');
		expect(bookmarks.current()).toEqual([]);
		expect(listRows(view.lastFrame())[0]).toBe('  Understanding Catastrophic Forgetti…');
		expect(lines(view.lastFrame()).at(-1)).toMatch(
			/^1\/3 · 0 bookmarked · 3 unread · Undone: removed bookmark “Understanding Catastrophic/,
		);
	});

	test('u with nothing to undo says so and changes nothing', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replace([promptTuning]);
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 'u');
		expect(bookmarks.current()).toEqual([promptTuning]);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 1 bookmarked · 3 unread · No bookmark change to undo\./);
	});

	test('undoes only once', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replace([missingPaper]);
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 'B', 'b', 'u', 'u');
		expect(bookmarks.current()).toEqual([missingPaper]);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/No bookmark change to undo\./);
	});
});
