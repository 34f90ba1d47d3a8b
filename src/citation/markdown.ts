import type {Bookmark, Paper} from '../types.js';
import {firstSentence} from './first-sentence.js';
import {primaryLink} from './primary-link.js';

/** What a Markdown list item is made of: a paper, or the bookmark of a paper missing from the corpus. */
export type MarkdownEntry = Paper | Bookmark;

function escapeInline(text: string): string {
	return (
		text
			.replace(/[\\`*_[\]<>~|]/g, character => `\\${character}`)
			// `&amp;` and friends would render as the character they name.
			.replace(/&(?=#?\w+;)/g, '\\&')
	);
}

function escapeLineStart(text: string): string {
	// At the start of a list item these would open a heading, quote, nested list or ordered list.
	return text.replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

function linkDestination(url: string): string {
	return url
		.trim()
		.replace(/[\s<>]/g, character => encodeURIComponent(character))
		.replace(/[()\\]/g, character => `\\${character}`);
}

function listItem(entry: MarkdownEntry): string {
	const title = escapeInline(entry.title.replace(/\s+/g, ' ').trim());
	if (!('abstract' in entry)) {
		return `- ${escapeLineStart(title)}`;
	}
	const link = primaryLink(entry);
	const heading = link === undefined || link.trim() === '' ? escapeLineStart(title) : `[${title}](${linkDestination(link)})`;
	const sentence = firstSentence(entry.abstract);
	const tags = entry.keywords === undefined || entry.keywords.length === 0 ? '' : ` (tags: ${escapeInline(entry.keywords.join(', '))})`;
	return sentence === '' ? `- ${heading}${tags}` : `- ${heading} — ${escapeInline(sentence)}${tags}`;
}

/**
 * A Markdown bullet list, one item per entry in order, ending with a newline: the title
 * linked to the paper's primary link (plain when it has none, or when only a bookmark is
 * left), then " — " and the abstract's first sentence, then its keywords and tags in parentheses. Markdown syntax in titles and
 * abstracts is escaped so it shows literally.
 */
export function toMarkdown(entries: readonly MarkdownEntry[]): string {
	return entries.map(entry => `${listItem(entry)}\n`).join('');
}
