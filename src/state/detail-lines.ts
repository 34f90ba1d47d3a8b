import type {ListEntry} from './app-state.js';
import {truncateText, wrapText} from '../text/wrap-text.js';
import type {NotePreview} from './note-preview.js';
import {authorsAndYear, paperIdentifiers} from '../text/paper-summary.js';

/** One line of the detail pane. `start` is its offset in the field named by `kind`. */
export interface DetailLine {
	readonly kind: 'title' | 'meta' | 'abstract' | 'blank' | 'heading' | 'link' | 'note' | 'noteText';
	readonly text: string;
	readonly start: number;
	/** Target of a link line (its visible text may be cut to fit). */
	readonly url?: string;
}

const blank: DetailLine = {kind: 'blank', text: '', start: 0};

/** The "Note" block: the note's first lines (see `notePreview`), and how many more there are. */
function noteLines(note: NotePreview, width: number): DetailLine[] {
	const lines: DetailLine[] = [blank, {kind: 'heading', text: 'Note', start: 0}];
	for (const line of note.lines) lines.push(...wrapText(line, width).map(wrapped => ({kind: 'noteText' as const, ...wrapped})));
	if (note.moreLines > 0) {
		const more = `… ${note.moreLines} more ${note.moreLines === 1 ? 'line' : 'lines'} (n opens the note)`;
		lines.push(...wrapText(more, width).map(wrapped => ({kind: 'note' as const, ...wrapped})));
	}

	return lines;
}

/**
 * Lays out a paper for a pane `width` cells wide: title, authors and year, arXiv id and version,
 * DOI, journal reference and updated date, tags, abstract, the first lines of the user's note on
 * it (when there is one), links.
 */
export function buildDetailLines(entry: ListEntry, width: number, tags: readonly string[] = [], note?: NotePreview): DetailLine[] {
	const {paper} = entry;
	const lines: DetailLine[] = wrapText(paper.title, width).map(line => ({kind: 'title', ...line}));
	const meta = authorsAndYear(paper);
	if (meta) {
		lines.push(...wrapText(meta, width).map(line => ({kind: 'meta' as const, ...line})));
	}

	const identifiers = paperIdentifiers(paper);
	if (identifiers) {
		lines.push(...wrapText(identifiers, width).map(line => ({kind: 'meta' as const, ...line})));
	}

	if (tags.length > 0) {
		lines.push(...wrapText(`Tags: ${tags.join(', ')}`, width).map(line => ({kind: 'meta' as const, ...line})));
	}

	lines.push(blank);
	if (entry.isMissing) {
		lines.push(
			...wrapText('This bookmarked paper is not in the corpus in use; only its title was saved.', width).map(line => ({
				kind: 'note' as const,
				...line,
			})),
		);
		return lines;
	}

	if (paper.abstract) {
		lines.push(...wrapText(paper.abstract, width).map(line => ({kind: 'abstract' as const, ...line})));
	} else {
		lines.push({kind: 'note', text: 'No abstract.', start: 0});
	}

	if (note !== undefined) {
		lines.push(...noteLines(note, width));
	}

	if (paper.links.length > 0) {
		lines.push(blank, {kind: 'heading', text: 'Links', start: 0});
		for (const url of paper.links) {
			lines.push({kind: 'link', text: truncateText(url, width), start: 0, url});
		}
	}

	return lines;
}
