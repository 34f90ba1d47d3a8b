import type {Span} from '../types.js';

/** The words a title filter looks for: the query's words, lower-cased, without operators or `field:` prefixes. */
function filterWords(query: string): string[] {
	return (
		query
			.toLowerCase()
			.split(/\s+/)
			// An excluded word (`-word`) cannot be honoured by a filter that only keeps; it is left out.
			.filter(word => !word.startsWith('-'))
			.map(word =>
				word
					.replace(/^[-+]+/, '')
					.replace(/^[a-z]+:/, '')
					.replace(/["*~^]/g, ''),
			)
			.filter(word => word !== '')
	);
}

/** A plain substring filter over titles, the stand-in for search while the index is being built. */
export interface TitleFilter {
	/** Indices of the titles that contain every word of `query` (case-insensitive), in corpus order. */
	matches(query: string): number[];
	/** The ranges of `title` holding a word of `query`. */
	highlight(query: string, title: string): Span[];
}

/** A title filter over `titles`, which may grow at its end between calls; lower-cases each title once, on first use. */
export function createTitleFilter(titles: readonly string[]): TitleFilter {
	const lowered: string[] = [];
	return {
		matches(query) {
			const words = filterWords(query);
			while (lowered.length < titles.length) lowered.push(titles[lowered.length]!.toLowerCase());
			const found: number[] = [];
			for (const [position, title] of lowered.entries()) {
				if (words.every(word => title.includes(word))) found.push(position);
			}
			return found;
		},
		highlight(query, title) {
			const text = title.toLowerCase();
			// Lower-casing changed the length (e.g. `İ`): offsets would not line up, so no highlight.
			if (text.length !== title.length) return [];
			const spans: Span[] = [];
			for (const word of filterWords(query)) {
				for (let start = text.indexOf(word); start !== -1; start = text.indexOf(word, start + word.length)) {
					spans.push({start, end: start + word.length});
				}
			}
			spans.sort((a, b) => a.start - b.start || b.end - a.end);
			const merged: Span[] = [];
			for (const span of spans) {
				const previous = merged.at(-1);
				if (previous !== undefined && span.start <= previous.end)
					merged[merged.length - 1] = {start: previous.start, end: Math.max(previous.end, span.end)};
				else merged.push(span);
			}
			return merged;
		},
	};
}
