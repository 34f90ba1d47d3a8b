import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Paper} from '../../src/types.js';
import {keys} from '../support/keys.js';
import {fixtureServices, lines, memoryBookmarks, press, renderExplorer, samplePapers, turnsUntil, type} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

const status = (frame: string | undefined) => lines(frame).at(-1)!;
/** The list column's rows with their three marker cells (selection, unread, bookmark). */
const rows = (frame: string | undefined) =>
	lines(frame)
		.slice(1, -1)
		.map(line => line.slice(0, 40).trimEnd())
		.filter(Boolean);

/** Sample papers with years and one with BibTeX keywords. */
const datedPapers: Paper[] = [
	{...samplePapers[0]!, year: 2019},
	{...samplePapers[1]!, year: 2023, keywords: ['Mixture of Experts']},
	{...samplePapers[2]!, year: 2024},
];

describe('read state', () => {
	test('unread papers carry • and the status line counts them; r marks the selected one read, and r again unread', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		expect(rows(view.lastFrame())).toEqual([
			'>•  Understanding Catastrophic Forgetti…',
			' •  LoRAMoE: Mixture of Experts',
			' •  Prompt Tuning at Scale',
		]);
		expect(status(view.lastFrame())).toMatch(/^1\/3 · 0 bookmarked · 3 unread /);

		await press(view, 'r');
		expect(rows(view.lastFrame())[0]).toBe('>   Understanding Catastrophic Forgetti…');
		expect(status(view.lastFrame())).toMatch(/^1\/3 · 0 bookmarked · 2 unread · Marked read: “Understanding/);
		expect(bookmarks.currentMarks().get('catastrophic')?.readAt).toBeDefined();

		await press(view, 'r');
		expect(rows(view.lastFrame())[0]).toBe('>•  Understanding Catastrophic Forgetti…');
		expect(status(view.lastFrame())).toMatch(/^1\/3 · 0 bookmarked · 3 unread · Marked unread/);
	});

	test('a paper shown in the detail pane for the set time becomes read, without a message', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: {...fixtureServices(samplePapers, bookmarks), readAfterMs: 0}});
		await turnsUntil(() => bookmarks.currentMarks().has('catastrophic'));
		await press(view, 'k');
		expect(rows(view.lastFrame())[0]).toBe('>   Understanding Catastrophic Forgetti…');
		expect(status(view.lastFrame())).toMatch(/^1\/3 · 0 bookmarked · 2 unread {2,}/);
	});

	test('a paper marked unread with r is not marked read again by being shown', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replaceMarks(new Map([['catastrophic', {readAt: '2026-01-01T00:00:00.000Z', tags: []}]]));
		const view = await renderExplorer({services: {...fixtureServices(samplePapers, bookmarks), readAfterMs: 0}});
		await press(view, 'r');
		// The timer runs on a zero delay: the next paper is marked read as soon as it is shown.
		await press(view, 'j');
		await turnsUntil(() => bookmarks.currentMarks().has('loramoe'));
		expect(bookmarks.currentMarks().has('loramoe')).toBe(true);
		await press(view, 'k');
		// Far more timer turns than the zero-delay timer took for loramoe above: the paper set with r stays unread.
		await turnsUntil(() => bookmarks.currentMarks().has('catastrophic'), 50);
		expect(bookmarks.currentMarks().has('catastrophic')).toBe(false);
		expect(rows(view.lastFrame())[0]).toBe('>•  Understanding Catastrophic Forgetti…');
	});

	test('another session marking a paper read shows here', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		bookmarks.replaceMarks(new Map([['prompt-tuning', {readAt: '2026-01-01T00:00:00.000Z', tags: ['elsewhere']}]]));
		await turnsUntil(() => status(view.lastFrame()).includes('2 unread'));
		expect(rows(view.lastFrame())[2]).toBe('    Prompt Tuning at Scale');
	});
});

describe('tags', () => {
	test('t opens a prompt; typed tags are saved with Enter and shown in the detail pane', async () => {
		const bookmarks = memoryBookmarks();
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 't');
		expect(lines(view.lastFrame())[0]).toBe('Tags for “Understanding Catastrophic Forge…”:');
		expect(status(view.lastFrame())).toMatch(/Enter save {2}Esc cancel/);
		await type(view, 'Forgetting, survey');
		await press(view, keys.enter);
		expect(bookmarks.currentMarks().get('catastrophic')?.tags).toEqual(['forgetting', 'survey']);
		expect(lines(view.lastFrame())[0]).toBe('/ press / to search');
		expect(view.lastFrame()).toContain('│ Tags: forgetting, survey');
		expect(status(view.lastFrame())).toMatch(/ · 3 unread · Tags saved: forgetting, survey /);
	});

	test('Tab completes from the tags already used, and the status line lists them', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replaceMarks(new Map([['loramoe', {tags: ['adapters', 'adaptation']}]]));
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 't');
		await type(view, 'ad');
		expect(status(view.lastFrame())).toMatch(/Tab: adaptation · adapters/);
		await press(view, keys.tab);
		expect(lines(view.lastFrame())[0]).toMatch(/”: adapt$/);
		await type(view, 'e');
		await press(view, keys.tab, keys.enter);
		expect(bookmarks.currentMarks().get('catastrophic')?.tags).toEqual(['adapters']);
	});

	test('Esc leaves the tags as they were; editing removes a deleted tag', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replaceMarks(new Map([['catastrophic', {tags: ['keep', 'drop']}]]));
		const view = await renderExplorer({services: fixtureServices(samplePapers, bookmarks)});
		await press(view, 't');
		await type(view, 'other');
		await press(view, keys.escape);
		expect(bookmarks.currentMarks().get('catastrophic')?.tags).toEqual(['keep', 'drop']);
		await press(view, 't', keys.ctrlW, keys.enter);
		expect(bookmarks.currentMarks().get('catastrophic')?.tags).toEqual(['keep']);
	});

	test('T lists every tag with its count, keywords included; Enter filters the list by the selected one', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replaceMarks(
			new Map([
				['catastrophic', {tags: ['survey', 'forgetting']}],
				['prompt-tuning', {tags: ['survey']}],
			]),
		);
		const view = await renderExplorer({papers: datedPapers, services: fixtureServices(datedPapers, bookmarks)});
		await press(view, 'T');
		const frame = lines(view.lastFrame());
		expect(frame[1]).toMatch(/^Tags \(Enter filters by the selected tag\)/);
		expect(frame.slice(2, 5)).toEqual(['> survey              2 papers', '  forgetting          1 paper', '  mixture-of-experts  1 paper']);
		await press(view, 'j', keys.enter);
		expect(lines(view.lastFrame())[0]).toBe('/ tag:forgetting');
		expect(rows(view.lastFrame())).toEqual(['>•  Understanding Catastrophic Forgetti…']);
		expect(status(view.lastFrame())).toMatch(/^1\/1 · 1 match · 0 bookmarked · 1 unread/);
	});
});

describe('filters in the search line', () => {
	test('year:, is: and tag: narrow the results, combined with words', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replaceMarks(new Map([['prompt-tuning', {readAt: '2026-01-01T00:00:00.000Z', tags: []}]]));
		const view = await renderExplorer({papers: datedPapers, services: fixtureServices(datedPapers, bookmarks)});
		await press(view, '/');
		await type(view, 'year:>=2023');
		expect(rows(view.lastFrame())).toEqual(['>•  LoRAMoE: Mixture of Experts', '    Prompt Tuning at Scale']);
		await type(view, ' is:unread');
		expect(rows(view.lastFrame())).toEqual(['>•  LoRAMoE: Mixture of Experts']);
		await press(view, keys.ctrlU);
		await type(view, 'tuning is:read');
		expect(rows(view.lastFrame())).toEqual(['>   Prompt Tuning at Scale']);
		await press(view, keys.ctrlU);
		await type(view, 'tag:mixture-of-experts');
		expect(rows(view.lastFrame())).toEqual(['>•  LoRAMoE: Mixture of Experts']);
	});

	test('is:bookmarked keeps the bookmarked papers', async () => {
		const view = await renderExplorer();
		await press(view, 'j', 'b', '/');
		await type(view, 'is:bookmarked');
		expect(rows(view.lastFrame())).toEqual(['>•* LoRAMoE: Mixture of Experts']);
	});

	test('a malformed filter is searched as a word and the status line says what was expected', async () => {
		const view = await renderExplorer({papers: datedPapers, services: fixtureServices(datedPapers)});
		await press(view, '/');
		await type(view, 'year:abc');
		expect(view.lastFrame()).toContain('No papers match “year:abc”');
		expect(status(view.lastFrame())).toMatch(/year:abc is not a year: try year:2023/);
	});
});

describe('tags in exports from the explorer', () => {
	test('Y and c hand the paper to the citation with its tags after its keywords', async () => {
		const bookmarks = memoryBookmarks();
		bookmarks.replaceMarks(new Map([['loramoe', {tags: ['adapters']}]]));
		const services = fixtureServices(datedPapers, bookmarks);
		const exported: Paper[] = [];
		const view = await renderExplorer({
			papers: datedPapers,
			services: {
				...services,
				bibtex: async paper => {
					exported.push(paper);
					return services.bibtex(paper);
				},
				citation: async paper => {
					exported.push(paper);
					return services.citation(paper);
				},
			},
		});
		await press(view, 'j', 'Y', 'c');
		expect(exported.map(paper => paper.keywords)).toEqual([
			['Mixture of Experts', 'adapters'],
			['Mixture of Experts', 'adapters'],
		]);
	});
});
