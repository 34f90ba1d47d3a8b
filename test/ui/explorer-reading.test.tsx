import {afterEach, describe, expect, test} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Paper} from '../../src/types.js';
import type {NoteEditResult} from '../../src/services/index.js';
import {keys} from '../support/keys.js';
import {fixtureServices, lines, listRows, memoryBookmarks, memoryNotes, press, renderExplorer, type} from './explorer-fixture.js';

afterEach(() => {
	cleanup();
});

const paper = (id: string, title: string, abstract: string): Paper => ({id, title, abstract, authors: [], links: []});

/** Two topics: sparse experts (0, 2, 4) and soft prompts (1, 3). */
const topicPapers: Paper[] = [
	paper('sparse-routing', 'Sparse Mixture of Experts Routing', 'Routing tokens among sparse experts.'),
	paper('soft-prompts', 'Soft Prompt Tuning', 'Soft prompts tune frozen models.'),
	paper('expert-routing', 'Expert Routing for Sparse Layers', 'Experts with learned routing.'),
	paper('prompt-scale', 'Prompt Tuning at Scale', 'Soft prompts rival full fine-tuning.'),
	paper('sparse-translation', 'Sparse Experts for Translation', 'Sparse experts translate well.'),
];

/** The list rows without the selection and bookmark markers. */
function titles(frame: string | undefined): string[] {
	return listRows(frame).map(row => row.replace(/^[* ] /, '').trim());
}

function selectedTitle(frame: string | undefined): string {
	return (
		lines(frame)
			.find(line => line.startsWith('>'))
			?.slice(4, 40)
			.trim() ?? ''
	);
}

function statusLine(frame: string | undefined): string {
	return lines(frame).at(-1) ?? '';
}

describe('m: more like this', () => {
	test('lists the papers most similar to the selected one, most similar first, without it; Esc returns to the list and selection', async () => {
		const view = await renderExplorer({papers: topicPapers});
		await press(view, 'j', 'j', 'j', 'j');
		expect(selectedTitle(view.lastFrame())).toBe('Sparse Experts for Translation');
		await press(view, 'm');
		expect(titles(view.lastFrame())).toEqual(['Sparse Mixture of Experts Routing', 'Expert Routing for Sparse Layers']);
		expect(selectedTitle(view.lastFrame())).toBe('Sparse Mixture of Experts Routing');
		expect(statusLine(view.lastFrame())).toMatch(/^1\/2 · like “Sparse Experts for Translation” · Esc back/);

		await press(view, keys.escape);
		expect(titles(view.lastFrame())).toHaveLength(5);
		expect(selectedTitle(view.lastFrame())).toBe('Sparse Experts for Translation');
		expect(statusLine(view.lastFrame())).toMatch(/^5\/5 · 0 bookmarked/);
	});

	test('the same keys work in the similar list: j moves, b bookmarks, y copies, Tab shows the detail', async () => {
		const bookmarks = memoryBookmarks();
		const services = fixtureServices(topicPapers, bookmarks);
		const view = await renderExplorer({papers: topicPapers, services});
		await press(view, 'm', 'j');
		expect(selectedTitle(view.lastFrame())).toBe('Sparse Experts for Translation');
		await press(view, 'b', 'y');
		expect(bookmarks.toggled).toEqual(['sparse-translation']);
		expect(services.copied).toEqual(['Sparse Experts for Translation']);
		await press(view, keys.tab, 'j');
		expect(view.lastFrame()).toContain('Sparse experts translate well.');
	});

	test('m in a similar list opens another; each Esc goes back one list', async () => {
		const view = await renderExplorer({papers: topicPapers});
		await press(view, 'j', 'm');
		expect(titles(view.lastFrame())).toEqual(['Prompt Tuning at Scale']);
		await press(view, 'm');
		expect(titles(view.lastFrame())).toEqual(['Soft Prompt Tuning']);
		await press(view, keys.escape);
		expect(titles(view.lastFrame())).toEqual(['Prompt Tuning at Scale']);
		await press(view, keys.escape);
		expect(selectedTitle(view.lastFrame())).toBe('Soft Prompt Tuning');
		expect(titles(view.lastFrame())).toHaveLength(5);
	});

	test('searching leaves the similar list for the results', async () => {
		const view = await renderExplorer({papers: topicPapers});
		await press(view, 'm', '/');
		await type(view, 'prompt');
		expect(titles(view.lastFrame())).toEqual(['Soft Prompt Tuning', 'Prompt Tuning at Scale']);
	});

	test('says so when no paper shares a word, and keeps the list', async () => {
		const papers = [...topicPapers, paper('zebra', 'Zebra Stripes', 'Nothing in common here.')];
		const view = await renderExplorer({papers});
		await press(view, 'G', 'm');
		expect(statusLine(view.lastFrame())).toContain('No paper shares words with “Zebra Stripes”');
		expect(titles(view.lastFrame())).toHaveLength(6);
	});

	test('says the index is not ready rather than showing an empty list', async () => {
		const services = fixtureServices(topicPapers);
		const loadSearch = services.loadSearch.bind(services);
		services.loadSearch = async () => ({...(await loadSearch()), similar: async () => undefined});
		const view = await renderExplorer({papers: topicPapers, services});
		await press(view, 'm');
		expect(statusLine(view.lastFrame())).toContain('Similar papers need the search index');
		expect(titles(view.lastFrame())).toHaveLength(5);
	});
});

describe('n: notes', () => {
	test("n opens the selected paper's note in the editor; the detail shows its first lines under Note", async () => {
		const notes = memoryNotes('Compare with the routing paper.');
		const view = await renderExplorer({papers: topicPapers, services: fixtureServices(topicPapers, memoryBookmarks(), notes)});
		await press(view, 'j');
		expect(view.lastFrame()).not.toContain('Note');
		await press(view, 'n');
		expect(notes.edited).toEqual(['soft-prompts']);
		const frame = lines(view.lastFrame());
		const heading = frame.findIndex(line => line.slice(41).trim() === 'Note');
		expect(heading).toBeGreaterThan(0);
		// The title heading a new note starts with is not repeated under Note.
		expect(frame[heading + 1]!.slice(41).trim()).toBe('Compare with the routing paper.');
		expect(statusLine(view.lastFrame())).toContain('Saved the note on “Soft Prompt Tuning”');
	});

	test('notes already on disk show at start, at most four lines, with how many more there are', async () => {
		const notes = memoryNotes();
		notes.notes.set(
			'sparse-routing',
			'# Sparse Mixture of Experts Routing\n\nline one\n\nline two\nline three\nline four\nline five\nline six\n',
		);
		const view = await renderExplorer({papers: topicPapers, services: fixtureServices(topicPapers, memoryBookmarks(), notes)});
		const detail = lines(view.lastFrame()).map(line => line.slice(41).trim());
		const heading = detail.indexOf('Note');
		expect(detail.slice(heading, heading + 6)).toEqual([
			'Note',
			'line one',
			'line two',
			'line three',
			'line four',
			'… 2 more lines (n opens the note)',
		]);
	});

	test('an editor that fails is reported on the status line and the note stays as it was', async () => {
		const notes = memoryNotes();
		notes.notes.set('sparse-routing', 'kept line\n');
		const services = fixtureServices(topicPapers, memoryBookmarks(), notes);
		services.editNote = async (): Promise<NoteEditResult> => ({
			kind: 'failed',
			reason: 'Cannot start the editor `nope` (ENOENT): set $VISUAL or $EDITOR',
			text: 'kept line\n',
		});
		const view = await renderExplorer({papers: topicPapers, services});
		await press(view, 'n');
		expect(statusLine(view.lastFrame())).toContain('Cannot start the editor `nope` (ENOENT)');
		expect(view.lastFrame()).toContain('kept line');
	});

	test('note:word in the query keeps the papers whose note holds the word, combined with words', async () => {
		const notes = memoryNotes();
		notes.notes.set('sparse-routing', 'Read for the Adapter idea.');
		notes.notes.set('prompt-scale', 'An adapter baseline.');
		notes.notes.set('soft-prompts', 'Nothing here.');
		const view = await renderExplorer({papers: topicPapers, services: fixtureServices(topicPapers, memoryBookmarks(), notes)});
		await press(view, '/');
		await type(view, 'note:adapter');
		expect(titles(view.lastFrame())).toEqual(['Sparse Mixture of Experts Routing', 'Prompt Tuning at Scale']);
		expect(statusLine(view.lastFrame())).toMatch(/^1\/2 · 2 matches/);
		await type(view, ' prompt');
		expect(titles(view.lastFrame())).toEqual(['Prompt Tuning at Scale']);
	});
});
