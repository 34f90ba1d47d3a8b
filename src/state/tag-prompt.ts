import {cleanQuery} from '../text/query-edit.js';
import {normalizeTag, parseTagInput} from '../text/tags.js';
import type {AppState, TagPrompt} from './app-state.js';
import type {TagCount} from './mark-selectors.js';

/** Longest text the tag prompt holds. */
const MAXIMUM_PROMPT_LENGTH = 500;

/** The prompt for a paper, holding its tags as they are now (space separated, with a space to type after). */
export function tagPromptFor(paper: {id: string; title: string}, tags: readonly string[]): TagPrompt {
	return {paperId: paper.id, title: paper.title, text: tags.length === 0 ? '' : `${tags.join(' ')} `, original: tags};
}

/** The prompt with its text replaced: control characters become spaces (separators), cut to a bounded length. */
export function withPromptText(prompt: TagPrompt, text: string): TagPrompt {
	const clean = [...cleanQuery(text)].slice(0, MAXIMUM_PROMPT_LENGTH).join('');
	return clean === prompt.text ? prompt : {...prompt, text: clean};
}

/** The word being typed: the text after the last comma or space. */
function partialTag(text: string): string {
	return /[^\s,]*$/.exec(text)![0];
}

/** Tags already used that start with the word being typed and are not in the prompt yet, most used first. */
export function tagCompletions(prompt: TagPrompt, catalog: readonly TagCount[]): string[] {
	const partial = normalizeTag(partialTag(prompt.text));
	const typed = new Set(parseTagInput(prompt.text.slice(0, prompt.text.length - partialTag(prompt.text).length)));
	return catalog.map(entry => entry.tag).filter(tag => tag.startsWith(partial) && !typed.has(tag) && (partial !== '' || tag !== ''));
}

/**
 * Tab: completes the word being typed to the only tag that fits (and a space), or to the longest
 * beginning all fitting tags share. Unchanged when nothing fits or nothing is typed.
 */
export function completeTag(prompt: TagPrompt, catalog: readonly TagCount[]): TagPrompt {
	const partial = partialTag(prompt.text);
	if (partial === '') {
		return prompt;
	}

	const candidates = tagCompletions(prompt, catalog);
	if (candidates.length === 0) {
		return prompt;
	}

	const base = prompt.text.slice(0, prompt.text.length - partial.length);
	if (candidates.length === 1) {
		return withPromptText(prompt, `${base}${candidates[0]!} `);
	}

	let shared = candidates[0]!;
	for (const candidate of candidates) {
		while (!candidate.startsWith(shared)) shared = shared.slice(0, -1);
	}

	return shared.length > normalizeTag(partial).length ? withPromptText(prompt, `${base}${shared}`) : prompt;
}

/** What saving the prompt changes: tags typed that it did not have, and tags it had that were deleted. */
export function promptTagChange(prompt: TagPrompt): {add: string[]; remove: string[]} {
	const typed = parseTagInput(prompt.text);
	return {add: typed.filter(tag => !prompt.original.includes(tag)), remove: prompt.original.filter(tag => !typed.includes(tag))};
}

/** The query after picking `tag` in the tag list: the current query with `tag:name` added (once). */
export function queryWithTag(state: Pick<AppState, 'query'>, tag: string): string {
	const filter = `tag:${tag}`;
	const tokens = state.query.split(/\s+/).filter(Boolean);
	return tokens.includes(filter) ? tokens.join(' ') : [...tokens, filter].join(' ');
}
