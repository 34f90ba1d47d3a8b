import {useEffect} from 'react';
import type {Bookmark} from '../types.js';
import type {Action} from '../state/index.js';
import type {BookmarkService} from '../services/index.js';

function sameBookmarks(left: readonly Bookmark[], right: readonly Bookmark[]): boolean {
	return (
		left.length === right.length &&
		left.every((bookmark, index) => bookmark.id === right[index]!.id && bookmark.title === right[index]!.title)
	);
}

/**
 * Keeps the state's bookmarks equal to the file's: reads them once the store is open, then
 * again whenever the file changes (another explorer, the `bookmarks` command), and shows
 * each new notice of the store once. Runs once per store: the callers' functions are stable.
 */
export function useBookmarkSync(
	store: BookmarkService | undefined,
	current: () => readonly Bookmark[],
	dispatch: (action: Action) => void,
	reportError: (error: unknown) => void,
): void {
	useEffect(() => {
		if (!store) {
			return;
		}

		let isActive = true;
		let shownNotices = 0;
		let isFirst = true;
		const showNewNotice = (): void => {
			const notice = store.notices[shownNotices];
			shownNotices = store.notices.length;
			if (notice) {
				dispatch({type: 'message.show', message: {text: notice, kind: 'warning'}});
			}
		};

		const refresh = (): void => {
			store.list().then(list => {
				if (!isActive) {
					return;
				}

				showNewNotice();
				// The first read also marks the bookmarks as known, even when they did not change.
				if (isFirst || !sameBookmarks(list, current())) {
					dispatch({type: 'bookmarks.loaded', bookmarks: list});
				}

				isFirst = false;
			}, reportError);
		};

		showNewNotice();
		refresh();
		const stop = store.watch(refresh);
		return () => {
			isActive = false;
			stop();
		};
	}, [store, current, dispatch, reportError]);
}
