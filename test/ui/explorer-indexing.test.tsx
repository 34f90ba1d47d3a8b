import {afterEach, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {IndexProgress, SearchEngine} from '../../src/services/index.js';
import {drawn, fixtureServices, press, renderExplorer, samplePapers, turnsUntil} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

/** An engine still indexing until `finish()`: answers from "titles" (papers 0 and 2) until then, ranked (paper 1) after. */
function indexingEngine() {
	const listeners = new Set<(progress: IndexProgress | null) => void>();
	let progress: IndexProgress | null = {done: 1_200, total: 4_200};
	const ranQueries: string[] = [];
	const engine: SearchEngine = {
		async run(query) {
			ranQueries.push(query);
			const answer = {query, highlightTitle: () => [], highlightAbstract: () => []};
			return progress === null ? {...answer, matches: [1]} : {...answer, matches: [0, 2], isTitlesOnly: true};
		},
		watchProgress(listener) {
			listeners.add(listener);
			listener(progress);
			return () => listeners.delete(listener);
		},
		similar: async () => (progress === null ? [] : undefined),
	};
	const report = (next: IndexProgress | null) => {
		progress = next;
		for (const listener of listeners) listener(next);
	};
	return {engine, report, ranQueries};
}

test('the status line shows indexing progress and title-only answers, and the query is ranked once the index is ready', async () => {
	const {engine, report, ranQueries} = indexingEngine();
	const view = await renderExplorer({services: {...fixtureServices(samplePapers), loadSearch: async () => engine}});
	const status = () => (view.lastFrame() ?? '').split('\n').at(-1) ?? '';
	await turnsUntil(() => status().includes('indexing 1,200 / 4,200'));
	expect(status()).toMatch(/^1\/3 · indexing 1,200 \/ 4,200 · 0 bookmarked/);

	await press(view, '/', 'tun');
	await turnsUntil(() => status().includes('matches (titles only)'));
	expect(status()).toMatch(/^1\/2 · 2 matches \(titles only\) · indexing 1,200 \/ 4,200/);

	report({done: 3_000, total: 4_200});
	await drawn(view);
	expect(status()).toContain('indexing 3,000 / 4,200');

	report(null);
	await turnsUntil(() => !status().includes('titles only'));
	expect(status()).toMatch(/^1\/1 · 1 match · 0 bookmarked/);
	expect(status()).not.toContain('indexing');
	// The query answered from titles was run again, ranked, once the index was ready.
	expect(ranQueries).toEqual(['tun', 'tun']);
});
