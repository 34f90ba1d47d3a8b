import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {PtyApp} from '../support/pty-app.js';
import {corpus, pause, screenOf, slowWait, statusLine, useExplorers, waitForScreen} from './explorer-session.js';

// `n` lends the terminal to the user's editor and takes it back: the editor gets the main screen
// and a cooked terminal; afterwards the explorer is exactly what a fresh start shows.

const {open, makeTempDir} = useExplorers();

const enterAlternateScreen = '\x1b[?1049h';
const leaveAlternateScreen = '\x1b[?1049l';
const editorMark = 'FAKE-EDITOR-WAS-HERE';

/**
 * A stand-in editor: records the terminal's settings (`stty -a` reads the terminal on stdin), draws
 * on the screen as an editor would, appends a line to the file it is given, exits with `status`.
 */
function writeFakeEditor(directory: string, status = 0): {editor: string; sttyFile: string} {
	const editor = path.join(directory, 'fake-editor.sh');
	const sttyFile = path.join(directory, 'stty.txt');
	writeFileSync(
		editor,
		[
			'#!/bin/sh',
			`stty -a > '${sttyFile}'`,
			`printf '\\033[2J\\033[H${editorMark}\\n'`,
			// The file is the last argument (an editor command may carry its own arguments first).
			'for file; do :; done',
			`printf 'Appended by the fake editor.\\n' >> "$file"`,
			`exit ${status}`,
			'',
		].join('\n'),
	);
	chmodSync(editor, 0o755);
	return {editor, sttyFile};
}

/** The screen once the status message has gone (info messages clear after 4 s) and nothing is in flight. */
async function settledScreen(app: PtyApp): Promise<string> {
	await waitForScreen(app, () => /^1\/77 · 0 bookmarked(?: · \d+ unread)?\s+\/ search/.test(statusLine(app)), {
		...slowWait,
		description: 'the status line without a message',
	});
	await pause(300);
	await app.settled();
	return app.screenText();
}

describe('n: the note editor gets the terminal and gives it back', () => {
	test('the editor runs on the main screen in a cooked terminal, appends its line; then the screen is a fresh start’s', async () => {
		const directory = makeTempDir();
		const dataDir = path.join(directory, 'data');
		const {editor, sttyFile} = writeFakeEditor(directory);
		// Read state off: a paper shown for 3 s would be read in one run and not yet in the other.
		const env = {PAPER_TUI_DATA_DIR: dataDir, EDITOR: editor, VISUAL: '', PAPER_TUI_READ_AFTER_MS: 'off'};
		const app = await open({env});
		const mark = app.mark();
		app.press('n');
		await waitForScreen(app, () => statusLine(app).includes('Saved the note on'), {...slowWait, description: 'the note saved'});

		const noteFile = path.join(dataDir, 'notes', `${corpus.first.id}.md`);
		expect(readFileSync(noteFile, 'utf8')).toBe(`# ${corpus.first.title}\n\nAppended by the fake editor.\n`);
		// The editor had the main screen: the explorer left the alternate screen before it drew, and came back after.
		const during = app.outputSince(mark);
		const editorAt = during.indexOf(editorMark);
		expect(editorAt).toBeGreaterThan(0);
		expect(during.lastIndexOf(leaveAlternateScreen, editorAt)).toBeGreaterThanOrEqual(0);
		expect(during.lastIndexOf('\x1b[?2004l', editorAt)).toBeGreaterThanOrEqual(0);
		expect(during.indexOf(enterAlternateScreen, editorAt)).toBeGreaterThan(editorAt);
		// ... and a terminal in its normal (cooked) mode, not the explorer's raw mode.
		const stty = readFileSync(sttyFile, 'utf8');
		expect(stty).toMatch(/(?:^|\s)icanon(?:\s|$)/m);
		expect(stty).toMatch(/(?:^|\s)echo(?:\s|$)/m);

		// The explorer's terminal state is back, and its screen is what a fresh start shows.
		expect(app.isAlternateScreen()).toBe(true);
		expect(app.isBracketedPaste()).toBe(true);
		expect(app.isCursorHidden()).toBe(true);
		const afterEditor = await settledScreen(app);
		expect(afterEditor).toContain('Note');
		expect(afterEditor).toContain('Appended by the fake editor.');
		expect(afterEditor).not.toContain(editorMark);
		const fresh = await open({env, configDir: makeTempDir()});
		// Notes are read after the first frame.
		await waitForScreen(fresh, 'Appended by the fake editor.');
		expect(afterEditor, screenOf(app)).toBe(await settledScreen(fresh));

		// Keys work again, and q gives back the main screen.
		app.press('q');
		expect(await app.exit).toEqual({exitCode: 0});
		expect(app.isAlternateScreen()).toBe(false);
		expect(app.isCursorHidden()).toBe(false);
	});

	test('an editor that fails or cannot be started: one status line, the terminal back, what was saved kept', async () => {
		const directory = makeTempDir();
		const dataDir = path.join(directory, 'data');
		const {editor} = writeFakeEditor(directory, 3);
		const app = await open({env: {PAPER_TUI_DATA_DIR: dataDir, EDITOR: `${editor} --flag-ignored`, VISUAL: ''}});
		app.press('n');
		await waitForScreen(app, () => statusLine(app).includes('exited with status 3'), {...slowWait, description: 'the failure'});
		const noteFile = path.join(dataDir, 'notes', `${corpus.first.id}.md`);
		expect(readFileSync(noteFile, 'utf8')).toContain('Appended by the fake editor.');
		expect(app.isAlternateScreen()).toBe(true);
		expect(app.isBracketedPaste()).toBe(true);
		expect(app.screenText()).toContain('Appended by the fake editor.');

		const missing = await open({env: {PAPER_TUI_DATA_DIR: path.join(directory, 'other'), EDITOR: '', VISUAL: '/nonexistent/editor'}});
		missing.press('n');
		await waitForScreen(missing, () => statusLine(missing).includes('Cannot start the editor `/nonexistent/editor`'), {
			...slowWait,
			description: 'the editor not found',
		});
		expect(missing.isAlternateScreen()).toBe(true);
		// The new note nobody wrote to is not kept.
		expect(existsSync(path.join(directory, 'other', 'notes', `${corpus.first.id}.md`))).toBe(false);
		missing.press('j');
		await waitForScreen(missing, () => /^2\/77/.test(statusLine(missing)), {...slowWait, description: 'keys work again'});
	});
});
