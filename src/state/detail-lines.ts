import type {ListEntry} from './app-state.js';
import {truncateText, wrapText} from '../text/wrap-text.js';

/** One line of the detail pane. `start` is its offset in the field named by `kind`. */
export interface DetailLine {
	readonly kind: 'title' | 'meta' | 'abstract' | 'blank' | 'heading' | 'link' | 'note';
	readonly text: string;
	readonly start: number;
	/** Target of a link line (its visible text may be cut to fit). */
	readonly url?: string;
}

const blank: DetailLine = {kind: 'blank', text: '', start: 0};

/** Lays out a paper for a pane `width` cells wide: title, authors and year, arXiv id and DOI, tags, abstract, links. */
export function buildDetailLines(entry: ListEntry, width: number, tags: readonly string[] = []): DetailLine[] {
	const {paper} = entry;
	const lines: DetailLine[] = wrapText(paper.title, width).map(line => ({kind: 'title', ...line}));
	const meta = [paper.authors.join(', '), paper.year === undefined ? '' : String(paper.year)].filter(Boolean).join(' · ');
	if (meta) {
		lines.push(...wrapText(meta, width).map(line => ({kind: 'meta' as const, ...line})));
	}

	const identifiers = [paper.arxivId === undefined ? '' : `arXiv ${paper.arxivId}`, paper.doi === undefined ? '' : `DOI ${paper.doi}`]
		.filter(Boolean)
		.join(' · ');
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

	if (paper.links.length > 0) {
		lines.push(blank, {kind: 'heading', text: 'Links', start: 0});
		for (const url of paper.links) {
			lines.push({kind: 'link', text: truncateText(url, width), start: 0, url});
		}
	}

	return lines;
}
