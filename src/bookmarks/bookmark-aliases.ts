import type {Bookmark} from '../types.js';

/** Old paper id → current id (see the corpus's `idAliases`): ids that merging several corpus files changed. */
export type IdAliases = ReadonlyMap<string, string>;

/** The id a bookmark saved under `id` now points to: its alias's target, else `id` itself. */
export function resolveBookmarkId(id: string, aliases: IdAliases): string {
	return aliases.get(id) ?? id;
}

/**
 * The bookmarks with each id resolved through `aliases`, so that one saved under an id that
 * merging changed is shown on its paper. When two resolve to the same paper, the first is kept.
 */
export function resolveBookmarkIds(bookmarks: readonly Bookmark[], aliases: IdAliases): Bookmark[] {
	if (aliases.size === 0) {
		return [...bookmarks];
	}

	const seen = new Set<string>();
	const resolved: Bookmark[] = [];
	for (const bookmark of bookmarks) {
		const id = resolveBookmarkId(bookmark.id, aliases);
		if (!seen.has(id)) {
			seen.add(id);
			resolved.push(id === bookmark.id ? bookmark : {...bookmark, id});
		}
	}

	return resolved;
}

/** The stored ids that stand for the paper `id`: `id` itself and every old id that resolves to it. */
export function storedIdsOf(id: string, stored: readonly Bookmark[], aliases: IdAliases): string[] {
	return stored.filter(bookmark => bookmark.id === id || aliases.get(bookmark.id) === id).map(bookmark => bookmark.id);
}
