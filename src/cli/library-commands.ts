import {mkdirSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {isNoteId, readLibrary, serializeLibrary, stageFile, type BookmarkStore} from '../bookmarks/index.js';
import type {Output} from './output.js';
import type {ExitCode} from './paper-commands.js';

/** Where notes live: `<dataDir>/notes/<id>.md`. */
function notesDirectory(dataDir: string): string {
	return path.join(dataDir, 'notes');
}

/** The notes in `<dataDir>/notes`, by paper id; none when the folder does not exist. */
function readNotes(dataDir: string): Record<string, string> {
	let names: string[];
	try {
		names = readdirSync(notesDirectory(dataDir));
	} catch {
		return {};
	}

	const notes: Record<string, string> = {};
	for (const name of names.sort()) {
		const id = name.slice(0, -'.md'.length);
		if (name.endsWith('.md') && isNoteId(id)) {
			notes[id] = readFileSync(path.join(notesDirectory(dataDir), name), 'utf8');
		}
	}

	return notes;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function reportNotices(store: BookmarkStore, errors: Output): void {
	for (const notice of store.notices) {
		errors.write(`paper-tui: ${notice}\n`);
	}
}

/** `paper-tui library export [-o FILE]`: bookmarks, read state, tags and notes as one JSON file, to stdout or atomically to FILE. */
export async function exportLibrary(
	store: BookmarkStore,
	dataDir: string,
	outputPath: string | undefined,
	output: Output,
	errors: Output,
): Promise<ExitCode> {
	const [bookmarks, marks] = [await store.list(), await store.marks()];
	reportNotices(store, errors);
	const notes = readNotes(dataDir);
	const text = serializeLibrary({bookmarks, marks, notes}, new Date().toISOString());
	if (outputPath === undefined) {
		output.write(text);
		return 0;
	}

	try {
		await (await stageFile(outputPath, text)).commit();
	} catch (error) {
		errors.write(
			`paper-tui: cannot write ${outputPath}: ${error instanceof Error ? error.message.split('\n')[0]! : String(error)}; nothing was written\n`,
		);
		return 1;
	}

	const summary = `${plural(bookmarks.length, 'bookmark')}, marks of ${plural(marks.size, 'paper')} and ${plural(Object.keys(notes).length, 'note')}`;
	errors.write(`paper-tui: exported ${summary} to ${outputPath}\n`);
	return 0;
}

/**
 * Merges a note from another machine into `<dataDir>/notes/<id>.md`: a new note is written; one
 * already holding that text is left alone; a different one keeps its text and gets the other's
 * appended below a marked line, so neither is lost. Atomic. Returns what it did.
 */
async function mergeNote(dataDir: string, id: string, text: string, importedFrom: string): Promise<'added' | 'merged' | 'same'> {
	const file = path.join(notesDirectory(dataDir), `${id}.md`);
	let current: string | undefined;
	try {
		current = readFileSync(file, 'utf8');
	} catch {
		current = undefined;
	}

	if (current !== undefined && current.includes(text.trim())) {
		return 'same';
	}

	mkdirSync(notesDirectory(dataDir), {recursive: true});
	const merged = current === undefined ? text : `${current.trimEnd()}\n\n<!-- merged from ${path.basename(importedFrom)} -->\n\n${text}`;
	await (await stageFile(file, merged)).commit();
	return current === undefined ? 'added' : 'merged';
}

/** `paper-tui library import FILE`: merges another machine's export here (exit 2, one line, for a file that is not one). */
export async function importLibrary(store: BookmarkStore, dataDir: string, filePath: string, errors: Output): Promise<ExitCode> {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
	} catch (error) {
		const reason = error instanceof SyntaxError ? 'not valid JSON' : ((error as NodeJS.ErrnoException).code ?? 'cannot be read');
		errors.write(`paper-tui: ${filePath}: ${reason}; nothing was imported\n`);
		return 2;
	}

	const reading = readLibrary(value);
	if (reading.kind === 'invalid') {
		errors.write(`paper-tui: ${filePath}: ${reading.reason}; nothing was imported\n`);
		return 2;
	}

	const {library, droppedCount} = reading;
	const counts = await store.mergeLibrary(library);
	reportNotices(store, errors);
	const notes = {added: 0, merged: 0};
	for (const [id, text] of Object.entries(library.notes)) {
		const result = await mergeNote(dataDir, id, text, filePath);
		if (result !== 'same') notes[result]++;
	}

	const dropped = droppedCount === 0 ? '' : `; ${plural(droppedCount, 'malformed record')} skipped`;
	errors.write(
		`paper-tui: imported ${filePath}: ${plural(counts.bookmarks, 'new bookmark')}, read state or tags of ${plural(counts.papers, 'paper')}, ${plural(notes.added, 'new note')}, ${plural(notes.merged, 'note')} merged${dropped}\n`,
	);
	return 0;
}
