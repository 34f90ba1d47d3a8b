import type {BookmarkService} from '../services/index.js';
import {resolveBookmarkIds, storedIdsOf, type IdAliases} from '../bookmarks/index.js';

/**
 * The bookmark service as the explorer sees it when merging changed some ids: every list it
 * returns has old ids resolved to the current ones (so a bookmark saved under `x-2` marks the
 * paper now called `x`), and toggling or removing a paper removes the bookmarks stored under
 * its old ids too. `aliases` is read on each call (a corpus still being read fills it in when it
 * ends); while it is empty, every call goes to `service` as it is.
 */
export function withIdAliases(service: BookmarkService, aliases: IdAliases): BookmarkService {
	const resolve = resolveBookmarkIds;
	return {
		get notices() {
			return service.notices;
		},
		list: async () => resolve(await service.list(), aliases),
		async toggle(entry) {
			if (aliases.size === 0) return service.toggle(entry);
			const stored = await service.list();
			const ids = storedIdsOf(entry.id, stored, aliases);
			if (ids.length > 0 && !(ids.length === 1 && ids[0] === entry.id)) {
				const removed = stored.find(bookmark => ids.includes(bookmark.id))!;
				const bookmarks = await service.remove(ids);
				return {bookmarks: resolve(bookmarks, aliases), added: false, removed: {...removed, id: entry.id}};
			}

			const result = await service.toggle(entry);
			return {...result, bookmarks: resolve(result.bookmarks, aliases)};
		},
		async remove(ids) {
			if (aliases.size === 0) return service.remove(ids);
			const stored = await service.list();
			const all = [...new Set(ids.flatMap(id => [id, ...storedIdsOf(id, stored, aliases)]))];
			return resolve(await service.remove(all), aliases);
		},
		restore: async bookmarks => resolve(await service.restore(bookmarks), aliases),
		watch: onChange => service.watch(onChange),
		// Read state and tags are kept under the ids they were set on.
		marks: async () => service.marks(),
		toggleRead: async id => service.toggleRead(id),
		markRead: async id => service.markRead(id),
		changeTags: async (id, change) => service.changeTags(id, change),
	};
}
