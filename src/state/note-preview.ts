import {cleanText} from '../text/clean-text.js';

/** How many lines of a note the detail pane shows. */
export const NOTE_PREVIEW_LINES = 4;

/** Longest note line kept for the preview, before wrapping (a pasted paragraph is one long line). */
const MAX_PREVIEW_LINE = 2000;

/** The first lines of a note, as the detail pane shows them, and how many more lines it has. */
export interface NotePreview {
	readonly lines: readonly string[];
	readonly moreLines: number;
}

/**
 * The first `NOTE_PREVIEW_LINES` non-blank lines of a note, cleaned for the screen (control
 * characters and escape sequences dropped): a first line that is a Markdown heading (the title a
 * new note starts with) is skipped. Undefined when nothing is left to show.
 */
export function notePreview(text: string): NotePreview | undefined {
	const lines = text.split(/\r?\n/);
	if (/^#{1,6}\s/.test(lines[0] ?? '')) lines.shift();
	const shown = lines.map(line => cleanText(line.slice(0, MAX_PREVIEW_LINE)).trimEnd()).filter(line => line.trim() !== '');
	if (shown.length === 0) return undefined;
	return {lines: shown.slice(0, NOTE_PREVIEW_LINES), moreLines: Math.max(0, shown.length - NOTE_PREVIEW_LINES)};
}
