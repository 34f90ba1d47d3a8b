import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {finishNote, MAX_NOTE_BYTES, noteFilePath, notesDirectory, prepareNote, readNotes} from '../../src/bookmarks/index.js';
import {editorCommand} from '../../src/terminal/editor-command.js';

let dataDir: string;
let notesDir: string;
beforeEach(() => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-notes-'));
	notesDir = notesDirectory(dataDir);
});
afterEach(() => {
	rmSync(dataDir, {recursive: true, force: true});
});

const paper = {id: 'sparse-experts', title: 'Sparse  Experts\nat Scale'};

describe('note files', () => {
	test('live in notes/ of the data folder, one Markdown file named by the paper id', () => {
		expect(noteFilePath(notesDir, 'sparse-experts')).toBe(path.join(dataDir, 'notes', 'sparse-experts.md'));
	});

	test('refuse an id that cannot be a file name, naming it', () => {
		expect(() => noteFilePath(notesDir, '../escape')).toThrow('`../escape`');
		expect(() => noteFilePath(notesDir, '')).toThrow();
	});

	test('a new note starts with the title as a heading; left as it was, it is removed', () => {
		const prepared = prepareNote(notesDir, paper);
		expect(prepared.isNew).toBe(true);
		expect(readFileSync(prepared.path, 'utf8')).toBe('# Sparse Experts at Scale\n\n');
		expect(finishNote(prepared)).toBeUndefined();
		expect(existsSync(prepared.path)).toBe(false);
	});

	test('a new note emptied by the editor is removed too', () => {
		const prepared = prepareNote(notesDir, paper);
		writeFileSync(prepared.path, '\n \n');
		expect(finishNote(prepared)).toBeUndefined();
		expect(existsSync(prepared.path)).toBe(false);
	});

	test('a written note is kept, and an existing one is never removed, even when unchanged or emptied', () => {
		const prepared = prepareNote(notesDir, paper);
		writeFileSync(prepared.path, `${prepared.initialText}A line.\n`, {flag: 'w'});
		expect(finishNote(prepared)).toBe('# Sparse Experts at Scale\n\nA line.\n');
		const again = prepareNote(notesDir, paper);
		expect(again).toMatchObject({isNew: false, initialText: '# Sparse Experts at Scale\n\nA line.\n'});
		expect(finishNote(again)).toBe(again.initialText);
		writeFileSync(again.path, '');
		expect(finishNote(again)).toBe('');
		expect(existsSync(again.path)).toBe(true);
	});

	test('readNotes reads every note by id, skips other files, and caps a huge note', () => {
		expect(readNotes(notesDir).size).toBe(0);
		mkdirSync(notesDir, {recursive: true});
		writeFileSync(path.join(notesDir, 'a-paper.md'), 'note a');
		writeFileSync(path.join(notesDir, 'big.md'), 'x'.repeat(MAX_NOTE_BYTES + 10));
		writeFileSync(path.join(notesDir, 'readme.txt'), 'not a note');
		mkdirSync(path.join(notesDir, 'folder.md'));
		const notes = readNotes(notesDir);
		expect([...notes.keys()]).toEqual(['a-paper', 'big']);
		expect(notes.get('a-paper')).toBe('note a');
		expect(notes.get('big')).toHaveLength(MAX_NOTE_BYTES);
	});
});

describe('editorCommand', () => {
	test.each([
		[
			{VISUAL: 'nano', EDITOR: 'vim'},
			{program: 'nano', args: []},
		],
		[
			{VISUAL: '  ', EDITOR: 'emacs -nw'},
			{program: 'emacs', args: ['-nw']},
		],
		[{EDITOR: 'code --wait  --new-window'}, {program: 'code', args: ['--wait', '--new-window']}],
		[{}, {program: 'vi', args: []}],
	])('%j', (env, expected) => {
		expect(editorCommand(env)).toEqual(expected);
	});
});
