import {useEffect} from 'react';
import type {PaperMarks} from '../types.js';
import type {Action} from '../state/index.js';
import type {BookmarkService} from '../services/index.js';

/** Whether two sets of marks say the same: same papers, read times and tags. */
export function sameMarks(left: PaperMarks, right: PaperMarks): boolean {
	if (left.size !== right.size) {
		return false;
	}

	for (const [id, mark] of left) {
		const other = right.get(id);
		if (
			!other ||
			other.readAt !== mark.readAt ||
			other.tags.length !== mark.tags.length ||
			other.tags.some((tag, index) => tag !== mark.tags[index])
		) {
			return false;
		}
	}

	return true;
}

/**
 * Keeps the state's read state and tags equal to the file's: reads them once the store is open,
 * then again whenever the file changes (another explorer, another machine's import). Runs once
 * per store: the callers' functions are stable.
 */
export function useMarksSync(
	store: BookmarkService | undefined,
	current: () => PaperMarks,
	dispatch: (action: Action) => void,
	reportError: (error: unknown) => void,
): void {
	useEffect(() => {
		if (!store) {
			return;
		}

		let isActive = true;
		let isFirst = true;
		const refresh = (): void => {
			store.marks().then(marks => {
				if (isActive && (isFirst || !sameMarks(marks, current()))) {
					dispatch({type: 'marks.loaded', marks});
				}

				isFirst = false;
			}, reportError);
		};

		refresh();
		const stop = store.watch(refresh);
		return () => {
			isActive = false;
			stop();
		};
	}, [store, current, dispatch, reportError]);
}
