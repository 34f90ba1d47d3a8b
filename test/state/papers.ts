import type {Bookmark, Paper, TerminalSize} from '../../src/types.js';
import type {AppState} from '../../src/state/index.js';
import {createInitialState} from '../../src/state/initial-state.js';
import {reducer} from '../../src/state/reducer.js';
import type {Action} from '../../src/state/index.js';

/** `count` papers titled `Paper 0001`, `Paper 0002`, … with a short abstract each. */
export function numberedPapers(count: number): Paper[] {
	return Array.from({length: count}, (_unused, index) => {
		const number = String(index + 1).padStart(4, '0');
		return {id: `paper-${number}`, title: `Paper ${number}`, abstract: `Abstract of paper ${number}.`, authors: [], links: []};
	});
}

/**
 * A paper whose detail has exactly `abstractLines + 2` lines in a pane at least `width` cells
 * wide but less than twice that: a one-line title, a blank line, then one abstract word per
 * line (each word is `width - 1` cells, so no two fit on a line).
 */
export function paperWithAbstractLines(id: string, abstractLines: number, width: number): Paper {
	const words = Array.from({length: abstractLines}, (_unused, index) => String(index % 10).repeat(width - 1));
	return {id, title: id, abstract: words.join(' '), authors: [], links: []};
}

export const size80x24: TerminalSize = {columns: 80, rows: 24};
export const size120x40: TerminalSize = {columns: 120, rows: 40};

/** The initial state for `papers` at `size`, with `bookmarks`. */
export function stateOf(papers: readonly Paper[], size: TerminalSize = size80x24, bookmarks: readonly Bookmark[] = []): AppState {
	return createInitialState(papers, size, bookmarks);
}

/** Applies the actions in order. */
export function apply(state: AppState, ...actions: Action[]): AppState {
	return actions.reduce(reducer, state);
}

/** A bookmark for `id` with `title`. */
export function bookmark(id: string, title = id): Bookmark {
	return {id, title, addedAt: '2026-01-01T00:00:00.000Z'};
}

/** The actions of typing `query` and its search answering with `matches`. */
export function searched(query: string, matches: readonly number[]): Action[] {
	return [
		{type: 'query.set', query},
		{type: 'search.results', results: {query, matches, highlightTitle: () => [], highlightAbstract: () => []}},
	];
}
