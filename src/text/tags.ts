import type {Paper, PaperMarks} from '../types.js';
import {cleanText} from './clean-text.js';

/** Longest tag kept, in characters; a longer one is cut. */
export const MAX_TAG_LENGTH = 64;

/**
 * A tag as stored and matched: cleaned of control characters, trimmed, lower-cased, inner
 * whitespace and commas turned into `-` (a tag is one word in the query language: `tag:deep-learning`),
 * cut to `MAX_TAG_LENGTH`. Empty when nothing is left.
 */
export function normalizeTag(text: string): string {
	return cleanText(text)
		.trim()
		.toLowerCase()
		.replaceAll(/[\s,]+/g, '-')
		.replaceAll(/^-+|-+$/g, '')
		.slice(0, MAX_TAG_LENGTH);
}

/** The tags typed in the tag prompt: separated by commas or spaces, normalised, empty and repeated ones left out, in order. */
export function parseTagInput(text: string): string[] {
	return uniqueTags(text.split(/[\s,]+/).map(normalizeTag));
}

/** `tags` without empty and repeated entries, first occurrence kept. */
export function uniqueTags(tags: readonly string[]): string[] {
	return [...new Set(tags.filter(tag => tag !== ''))];
}

/**
 * A paper's tags for filtering, listing and export: the user's own, then the keywords of its
 * source file (BibTeX `keywords`, CSL `keyword`) normalised the same way, each once.
 */
export function paperTags(userTags: readonly string[] | undefined, keywords: readonly string[] | undefined): string[] {
	return uniqueTags([...(userTags ?? []), ...(keywords ?? []).map(normalizeTag)]);
}

/**
 * What exports write as a paper's keywords: its source's keywords as they were written, then
 * the user's tags that are not among them (compared normalised). Undefined when there are none.
 */
export function keywordsWithTags(keywords: readonly string[] | undefined, userTags: readonly string[] | undefined): string[] | undefined {
	const known = new Set((keywords ?? []).map(normalizeTag));
	const all = [...(keywords ?? []), ...(userTags ?? []).filter(tag => !known.has(normalizeTag(tag)))];
	return all.length === 0 ? undefined : all;
}

/** The paper as exports see it: its keywords followed by the user's tags (see `keywordsWithTags`); the same paper when it has no tags. */
export function paperWithTags(paper: Paper, marks: PaperMarks): Paper {
	const tags = marks.get(paper.id)?.tags;
	if (tags === undefined || tags.length === 0) {
		return paper;
	}

	return {...paper, keywords: keywordsWithTags(paper.keywords, tags)};
}
