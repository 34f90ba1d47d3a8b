import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fixtureServices, lines, listRows, memoryBookmarks, press, renderExplorer, samplePapers} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

describe('bookmarks', () => {
	test('b marks the selected paper with * at once and counts it on the status line', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 'j', 'b');
		expect(listRows(view.lastFrame())).toEqual([
			'  Understanding Catastrophic Forgetti…',
			'* LoRAMoE: Mixture of Experts',
			'  Prompt Tuning at Scale',
		]);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^2\/3 · 1 bookmarked · 3 unread · Bookmarked “LoRAMoE: Mixture of Experts”/);
		expect(bookmarks.toggled).toEqual(['loramoe']);
	});

	test('b again removes the mark and says so', async () => {
		const view = await renderExplorer();
		await press(view, 'b', 'b');
		expect(listRows(view.lastFrame())[0]).toBe('  Understanding Catastrophic Forgetti…');
		expect(lines(view.lastFrame()).at(-1)).toMatch(
			/^1\/3 · 0 bookmarked · 3 unread · Removed bookmark “Understanding Catastrophic Forgetting”/,
		);
	});

	test('B shows only the bookmarked papers, and B again shows all', async () => {
		const view = await renderExplorer();
		await press(view, 'b', 'G', 'b', 'B');
		expect(listRows(view.lastFrame())).toEqual(['* Understanding Catastrophic Forgetti…', '* Prompt Tuning at Scale']);
		expect(lines(view.lastFrame())[0]).toMatch(/^\/ press \/ to search +\[bookmarks\]$/);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/2 · 2 bookmarked /);
		await press(view, 'B');
		expect(listRows(view.lastFrame())).toHaveLength(3);
		expect(lines(view.lastFrame())[0]).toBe('/ press / to search');
	});

	test('B with no bookmarks says how to add one, wrapped to the list pane', async () => {
		const view = await renderExplorer();
		await press(view, 'B');
		expect(
			lines(view.lastFrame())
				.slice(1, 3)
				.map(line => line.slice(0, 40).trimEnd()),
		).toEqual(['No bookmarks yet: press b on a paper. B', 'shows all papers.']);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^0\/0 · 0 bookmarked /);
	});

	test('shows the bookmarks already saved when it opens', async () => {
		const bookmarks = memoryBookmarks();
		await bookmarks.toggle({id: 'prompt-tuning', title: 'Prompt Tuning at Scale'});
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		expect(listRows(view.lastFrame())[2]).toBe('* Prompt Tuning at Scale');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 1 bookmarked /);
	});

	test('shows a saved bookmark whose paper is missing, at the end of the bookmark view', async () => {
		const bookmarks = memoryBookmarks();
		await bookmarks.toggle({id: 'gone', title: 'A Paper From Another Corpus'});
		await bookmarks.toggle({id: 'loramoe', title: 'LoRAMoE: Mixture of Experts'});
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 'B', 'j');
		expect(listRows(view.lastFrame())).toEqual(['* LoRAMoE: Mixture of Experts', '* A Paper From Another Corpus']);
		expect(view.lastFrame()).toContain('│ This bookmarked paper is not in the corpus in use; only\n');
	});

	test('shows a notice from the bookmark store on the status line', async () => {
		const bookmarks = memoryBookmarks(['Bookmarks recovered from a backup']);
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked · 3 unread · Bookmarks recovered from a backup/);
	});
});

describe('copying', () => {
	test('y copies the title and first link and says so', async () => {
		const services = fixtureServices(samplePapers);
		const view = await renderExplorer({services, columns: 120});
		await press(view, 'y');
		expect(services.copied).toEqual(['Understanding Catastrophic Forgetting\nhttps://example.org/a']);
		expect(lines(view.lastFrame()).at(-1)).toMatch(
			/^1\/3 · 0 bookmarked · 3 unread · Sent to the terminal clipboard \(59 bytes\): “Understanding Catastrophic/,
		);
	});

	test('y copies the title alone for a paper without links', async () => {
		const services = fixtureServices(samplePapers);
		const view = await renderExplorer({services});
		await press(view, 'j', 'y');
		expect(services.copied).toEqual(['LoRAMoE: Mixture of Experts']);
	});

	test('y with no paper selected copies nothing and says why', async () => {
		const services = fixtureServices(samplePapers);
		const view = await renderExplorer({services});
		await press(view, 'B', 'y');
		expect(services.copied).toEqual([]);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^0\/0 · 0 bookmarked · 0 unread · No paper selected\./);
	});

	test('a failed copy shows the reason', async () => {
		const services = {...fixtureServices(samplePapers), copy: () => ({ok: false as const, reason: 'Text too long for OSC 52'})};
		const view = await renderExplorer({services});
		await press(view, 'y');
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked · 3 unread · Text too long for OSC 52/);
	});
});

describe('opening a link', () => {
	test("o opens the paper's first link and says so", async () => {
		const services = fixtureServices(samplePapers);
		const view = await renderExplorer({services});
		await press(view, 'o');
		expect(services.opened).toEqual(['https://example.org/a']);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/^1\/3 · 0 bookmarked · 3 unread · Opened https:\/\/example\.org\/a \(xdg-open\)/);
	});

	test('o with no display (over SSH) copies the link instead and says so', async () => {
		const services = fixtureServices(samplePapers);
		const view = await renderExplorer({
			services: {...services, openLink: async url => ({kind: 'copied', copy: services.copy(url)})},
			columns: 120,
		});
		await press(view, 'o');
		expect(services.copied).toEqual(['https://example.org/a']);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/No display here: sent the link to the terminal clipboard \(21 bytes\)/);
	});

	test('o on a paper without a link opens nothing and says why', async () => {
		const services = fixtureServices(samplePapers);
		const view = await renderExplorer({services});
		await press(view, 'j', 'o');
		expect(services.opened).toEqual([]);
		expect(lines(view.lastFrame()).at(-1)).toMatch(/No link for “LoRAMoE/);
	});
});
