import {useEffect} from 'react';

/** How long a paper must stay in the detail pane to count as read. */
export const DEFAULT_READ_AFTER_MS = 3000;

/**
 * Calls `onRead(paperId)` once the same paper has been shown for `delayMs`: the timer starts
 * when `paperId` is set and starts again whenever it changes (another paper selected, or none
 * shown: an overlay, a too-small terminal, a paper already read). A delay that is not finite never fires.
 */
export function useReadTimer(paperId: string | undefined, delayMs: number, onRead: (paperId: string) => void): void {
	useEffect(() => {
		if (paperId === undefined || !Number.isFinite(delayMs)) {
			return;
		}

		const timer = setTimeout(() => {
			onRead(paperId);
		}, delayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [paperId, delayMs, onRead]);
}
