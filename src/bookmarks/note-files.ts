import {mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/** Paper ids are slugs (`[a-z0-9-]`); a note's file name is its paper's id, so only those are accepted. */
const NOTE_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** The largest note read into memory (for the detail pane and `note:` searches); the rest of a longer file is not read. */
export const MAX_NOTE_BYTES = 256 * 1024;

/** The folder that holds the notes: `notes/` in the user's data folder (see `resolveDataDir`). */
export function notesDirectory(dataDir: string): string {
	return path.join(dataDir, 'notes');
}

/** The Markdown file of the note on paper `id`: `<notesDir>/<id>.md`. Throws naming the id when it cannot be a file name. */
export function noteFilePath(notesDir: string, id: string): string {
	if (!NOTE_ID.test(id)) {
		throw new Error(`No note can be kept for the paper id \`${id}\`: a note's file is named by the id, which must be a slug ([a-z0-9-]).`);
	}

	return path.join(notesDir, `${id}.md`);
}

function readNoteText(file: string): string {
	const buffer = readFileSync(file);
	return buffer.subarray(0, MAX_NOTE_BYTES).toString('utf8');
}

/** Every note in `notesDir`, by paper id (at most `MAX_NOTE_BYTES` of each). A missing folder has none; an unreadable file is skipped. */
export function readNotes(notesDir: string): Map<string, string> {
	const notes = new Map<string, string>();
	let names: string[];
	try {
		names = readdirSync(notesDir);
	} catch {
		return notes;
	}

	for (const name of names.sort()) {
		const id = name.endsWith('.md') ? name.slice(0, -3) : '';
		if (!NOTE_ID.test(id)) continue;
		try {
			notes.set(id, readNoteText(path.join(notesDir, name)));
		} catch {
			// A folder named like a note, or a file removed meanwhile: not a note.
		}
	}

	return notes;
}

/** A note file made ready for an editor. */
export interface PreparedNote {
	readonly path: string;
	/** The file's text before the editor ran. */
	readonly initialText: string;
	/** True when the file was created for this edit (holding only the title heading). */
	readonly isNew: boolean;
}

/** The text a new note starts with: the paper's title as a Markdown heading, then an empty line. */
export function newNoteText(title: string): string {
	return `# ${title.replaceAll(/\s+/g, ' ').trim()}\n\n`;
}

/**
 * Makes the paper's note file ready for an editor: creates the notes folder, and the file with
 * the title as a heading (`newNoteText`) when there is none, so the editor opens something useful.
 */
export function prepareNote(notesDir: string, paper: {readonly id: string; readonly title: string}): PreparedNote {
	const file = noteFilePath(notesDir, paper.id);
	mkdirSync(notesDir, {recursive: true});
	try {
		return {path: file, initialText: readFileSync(file, 'utf8'), isNew: false};
	} catch (error: unknown) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}

	const text = newNoteText(paper.title);
	writeFileSync(file, text, {flag: 'wx'});
	return {path: file, initialText: text, isNew: true};
}

/**
 * The note's text after the editor ran, or `undefined` when there is no note: a file created by
 * `prepareNote` and left as it was (or emptied) is removed, so opening a note and quitting keeps
 * nothing. A note that existed before is never removed.
 */
export function finishNote(prepared: PreparedNote): string | undefined {
	let text: string;
	try {
		text = readNoteText(prepared.path);
	} catch {
		return undefined;
	}

	if (prepared.isNew && (text === prepared.initialText || text.trim() === '')) {
		rmSync(prepared.path, {force: true});
		return undefined;
	}

	return text;
}
