import type {Bookmark, Paper} from '../types.js';

/** The orders `s` cycles through. `relevance` is the search's ranking, or the file's order with no query. */
export const sortOrders = ['relevance', 'newest', 'oldest', 'title', 'bookmarked'] as const;

/** One of `sortOrders`. */
export type SortOrder = (typeof sortOrders)[number];

/** The order after `order` in the cycle. */
export function nextSortOrder(order: SortOrder): SortOrder {
	return sortOrders[(sortOrders.indexOf(order) + 1) % sortOrders.length]!;
}

/** How the status line names an order; the default (the search's ranking, or the file's order) goes unnamed. */
export function sortOrderLabel(order: SortOrder): string | undefined {
	switch (order) {
		case 'relevance':
			return undefined;
		case 'newest':
			return 'newest first';
		case 'oldest':
			return 'oldest first';
		case 'title':
			return 'by title';
		case 'bookmarked':
			return 'recently bookmarked first';
	}
}

const titleCollator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/**
 * `matches` (indices into `papers`, in rank order) in `order`. Papers without a year come last
 * in the year orders, papers never bookmarked last in the bookmark order; ties keep rank order.
 */
export function sortMatches(
	matches: readonly number[],
	papers: readonly Paper[],
	order: SortOrder,
	bookmarks: readonly Bookmark[],
): readonly number[] {
	if (order === 'relevance') {
		return matches;
	}

	const addedAt = new Map(bookmarks.map(bookmark => [bookmark.id, Date.parse(bookmark.addedAt)]));
	const key = (index: number): number | string | undefined => {
		const paper = papers[index]!;
		switch (order) {
			case 'newest':
				return paper.year === undefined ? undefined : -paper.year;
			case 'oldest':
				return paper.year;
			case 'title':
				return paper.title;
			case 'bookmarked': {
				const time = addedAt.get(paper.id);
				return time === undefined || Number.isNaN(time) ? undefined : -time;
			}
		}
	};

	const ranked = matches.map((index, rank) => ({index, rank, key: key(index)}));
	ranked.sort((first, second) => {
		if (first.key === undefined || second.key === undefined) {
			return first.key === second.key ? first.rank - second.rank : first.key === undefined ? 1 : -1;
		}

		const byKey = typeof first.key === 'string' ? titleCollator.compare(first.key, String(second.key)) : first.key - Number(second.key);
		return byKey === 0 ? first.rank - second.rank : byKey;
	});
	return ranked.map(entry => entry.index);
}
