import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {keys} from '../support/keys.js';
import type {PtyApp} from '../support/pty-app.js';
import {
	corpus,
	readConfigFile,
	runCliCommand,
	screenOf,
	selectedRow,
	statusLine,
	useExplorers,
	waitForScreen,
	waitForStatus,
} from './explorer-session.js';

const explorers = useExplorers();
// Papers are never marked read by being shown here, so every row keeps its unread marker `•`
// (second cell) and the rows read the same whatever the timing.
const start: typeof explorers.start = async (options = {}) =>
	explorers.start({...options, env: {PAPER_TUI_READ_AFTER_MS: 'off', ...options.env}});
const open: typeof explorers.open = async (options = {}, total) =>
	explorers.open({...options, env: {PAPER_TUI_READ_AFTER_MS: 'off', ...options.env}}, total);
const {makeTempDir} = explorers;

/** A config dir whose config.json holds these bookmarks. */
function configWith(bookmarks: Array<{id: string; title: string; addedAt: string}>): string {
	const configDir = makeTempDir();
	mkdirSync(configDir, {recursive: true});
	writeFileSync(path.join(configDir, 'config.json'), `${JSON.stringify({version: 1, bookmarks}, undefined, '\t')}\n`);
	return configDir;
}

/** The list row showing `title` (wide layout: the part left of the separator). */
function listRowOf(lines: string[], title: string): string | undefined {
	return lines.find(line => line.includes(title.slice(0, 30)) && /^[> »][ •]/.test(line))?.split(/[│←→]/)[0];
}

/** Waits for the first screen that shows the first paper's title and a status line. */
function firstScreenWithList(app: PtyApp) {
	return waitForScreen(app, () => app.screenText().includes(corpus.first.title) && /^1\/77(?!\d)/.test(statusLine(app)), {
		description: 'the first screen with the list',
	});
}

describe('the first frame shows the truth', () => {
	test('a saved bookmark has its marker and count on the first screen that shows the list', async () => {
		const configDir = configWith([{id: corpus.first.id, title: corpus.first.title, addedAt: '2026-01-02T03:04:05.000Z'}]);
		const app = await start({configDir});
		// Checked after every chunk the terminal receives: it stops at the first screen with the list and the status line.
		await firstScreenWithList(app);
		const firstScreen = app.lines();
		expect(statusLine(app), screenOf(app)).toMatch(/^1\/77 · 1 bookmarked · 77 unread /);
		expect(listRowOf(firstScreen, corpus.first.title), screenOf(app)).toMatch(/^>•\* Improving/);
	});

	test('b on a bookmarked paper right after start removes it, as the screen showed it bookmarked', async () => {
		const configDir = configWith([{id: corpus.first.id, title: corpus.first.title, addedAt: '2026-01-02T03:04:05.000Z'}]);
		const app = await start({configDir});
		await firstScreenWithList(app);
		expect(listRowOf(app.lines(), corpus.first.title), screenOf(app)).toMatch(/^>•\* Improving/);
		app.press('b');
		await waitForScreen(app, () => statusLine(app).includes('Removed bookmark'), {description: 'the removal message'});
		expect(statusLine(app)).toMatch(/^1\/77 · 0 bookmarked · 77 unread · Removed bookmark/);
	});

	test('bookmarks added and removed by another session show up in the explorer', async () => {
		const configDir = makeTempDir();
		const app = await open({configDir});
		await waitForStatus(app, '1/77');
		expect(statusLine(app)).toMatch(/^1\/77 · 0 bookmarked/);

		await runCliCommand(configDir, ['bookmarks', 'add', corpus.second.id]);
		await waitForScreen(app, () => /^ •\* Preserving In-Context/.test(listRowOf(app.lines(), corpus.second.title) ?? ''), {
			timeoutMs: 5000,
			description: 'the marker of the bookmark added by the CLI',
		});
		expect(statusLine(app)).toMatch(/^1\/77 · 1 bookmarked/);

		await runCliCommand(configDir, ['bookmarks', 'rm', corpus.second.id]);
		await waitForScreen(app, () => /^1\/77 · 0 bookmarked/.test(statusLine(app)), {timeoutMs: 5000, description: 'the count back to 0'});
		expect(listRowOf(app.lines(), corpus.second.title)).toMatch(/^ • {2}Preserving/);
	});
});

describe('the status line at 80x24', () => {
	test('keeps ? help in the list, in the detail, and beside a message', async () => {
		const app = await open({cols: 80, rows: 24});
		expect(statusLine(app), screenOf(app)).toMatch(/ \? help( {2}q quit)?$/);

		app.press(keys.tab);
		await waitForScreen(app, '↓ detail');
		expect(statusLine(app), screenOf(app)).toMatch(/ \? help( {2}q quit)?$/);

		app.press(keys.tab);
		await waitForScreen(app, '↑ list');
		app.press('b');
		await waitForScreen(app, () => statusLine(app).includes('Bookmarked'), {description: 'the bookmark message'});
		expect(statusLine(app), screenOf(app)).toMatch(/^1\/77 · 1 bookmarked · 77 unread · Bookmarked “Impr.* \? help( {2}q quit)?$/);
	});
});

describe('undo in the bookmarks view', () => {
	const elsewhere = {id: 'a-paper-from-another-corpus', title: 'A Paper From Another Corpus', addedAt: '2025-05-06T07:08:09.000Z'};

	test('b on a bookmark whose paper is missing offers u, and u restores it as it was', async () => {
		const configDir = configWith([elsewhere]);
		const app = await open({configDir});
		app.press('B');
		await waitForStatus(app, '1/1');
		expect(selectedRow(app)).toMatch(/^> \* A Paper From Another Corpus/);

		app.press('b');
		await waitForScreen(app, () => statusLine(app).includes('Removed bookmark'), {description: 'the removal message'});
		expect(statusLine(app)).toMatch(/^0\/0 · 0 bookmarked · 0 unread · Removed bookmark “A Paper From Another Corpus” — u undo/);
		expect((JSON.parse(readConfigFile(configDir)) as {bookmarks: unknown[]}).bookmarks).toEqual([]);

		app.press('u');
		await waitForStatus(app, '1/1');
		await waitForScreen(app, () => statusLine(app).includes('Restored'), {description: 'the restore message'});
		expect(statusLine(app)).toMatch(/^1\/1 · 1 bookmarked · 0 unread · Restored bookmark “A Paper From Another Corpus”/);
		expect(selectedRow(app)).toMatch(/^> \* A Paper From Another Corpus/);
		expect((JSON.parse(readConfigFile(configDir)) as {bookmarks: unknown[]}).bookmarks).toEqual([elsewhere]);
	});
});
