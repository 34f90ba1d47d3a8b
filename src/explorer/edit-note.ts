import {spawnSync} from 'node:child_process';
import type {Paper} from '../types.js';
import type {NoteEditResult} from '../services/index.js';
import {finishNote, prepareNote} from '../bookmarks/index.js';
import {editorCommand} from '../terminal/editor-command.js';
import {handOverTerminal} from './hand-over-terminal.js';

/** What editing a note needs: where notes live, the environment (for the editor) and the terminal. */
export interface NoteEditorOptions {
	readonly notesDir: string;
	readonly env: NodeJS.ProcessEnv;
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the paper's note (`<notesDir>/<id>.md`, created with the title as a heading when new) in
 * the user's editor (`editorCommand`), with the terminal handed over until it exits. The file is
 * the editor's to write: whatever it saved stays, even when it fails; a new note left as it was
 * is removed. An editor that cannot be started, or exits with a failure, is reported, never thrown.
 */
export function editNoteInTerminal(paper: Pick<Paper, 'id' | 'title'>, options: NoteEditorOptions): NoteEditResult {
	let prepared;
	try {
		prepared = prepareNote(options.notesDir, paper);
	} catch (error: unknown) {
		return {kind: 'failed', reason: `Cannot open the note: ${describe(error)}`, text: undefined};
	}

	const {program, args} = editorCommand(options.env);
	const outcome = handOverTerminal(options.stdout, options.stdin, () =>
		spawnSync(program, [...args, prepared.path], {stdio: 'inherit', env: options.env}),
	);
	const text = finishNote(prepared);
	if (outcome.error !== undefined) {
		const code = (outcome.error as NodeJS.ErrnoException).code ?? describe(outcome.error);
		return {kind: 'failed', reason: `Cannot start the editor \`${program}\` (${code}): set $VISUAL or $EDITOR`, text};
	}

	if (outcome.status !== 0) {
		const how = outcome.signal === null ? `exited with status ${outcome.status}` : `was ended by ${outcome.signal}`;
		const kept = text === undefined ? 'no note kept' : `the note is kept as saved in ${prepared.path}`;
		return {kind: 'failed', reason: `The editor \`${program}\` ${how}; ${kept}`, text};
	}

	// A new note is removed unless written to; an old one is changed when its text is.
	const isUnchanged = prepared.isNew ? text === undefined : text === prepared.initialText;
	return {kind: isUnchanged ? 'unchanged' : 'saved', text};
}
