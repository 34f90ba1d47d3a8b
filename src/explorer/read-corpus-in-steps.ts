import type {Paper} from '../types.js';
import type {CorpusProgress, CorpusReading} from '../services/index.js';

/** How long one step of reading holds the main thread: a key read meanwhile waits at most this long for its turn. */
export const READING_STEP_MS = 4;

/** How often the papers read so far are shown (the list and the count in the status line grow). */
export const READING_REPORT_MS = 250;

/** How much the list must have grown before the papers read so far are handed over again. */
const LIST_GROWTH = 1.5;

/**
 * Reads the rest of a corpus in steps of `stepMs` on the main thread, each in its own turn of the
 * event loop, so that keys (read in between) are handled as they come while a large file is
 * read. Calls `onPapers` every `reportMs` with the progress and a copy of the papers so far (the
 * same copy as before until the papers have grown by half), and once at the end with every paper
 * and null; resolves then. Rejects with the reading's error.
 */
export async function readCorpusInSteps(
	reading: CorpusReading,
	onPapers: (papers: readonly Paper[], progress: CorpusProgress | null) => void,
	{stepMs = READING_STEP_MS, reportMs = READING_REPORT_MS}: {stepMs?: number; reportMs?: number} = {},
): Promise<void> {
	return new Promise((resolve, reject) => {
		// The explorer opens saying how far the reading is; the first report comes a `reportMs` later
		// (one at once would make a key pressed at the first frame wait for Ink's next frame).
		let reportedAt = performance.now();
		let shown: readonly Paper[] | undefined;
		const next = (): void => {
			let isDone: boolean;
			try {
				isDone = reading.step(performance.now() + stepMs);
			} catch (error: unknown) {
				reject(error);
				return;
			}

			if (isDone) {
				onPapers(reading.papers.slice(), null);
				resolve();
				return;
			}

			if (performance.now() - reportedAt >= reportMs) {
				reportedAt = performance.now();
				// A longer list costs the explorer a pass over every paper (its count, marks, bookmarks): it
				// is handed over each time it has grown by half, and in between only the progress changes.
				if (shown === undefined || reading.papers.length >= shown.length * LIST_GROWTH) shown = reading.papers.slice();
				onPapers(shown, {papers: reading.papers.length, ...reading.progress});
			}

			setImmediate(next);
		};

		setImmediate(next);
	});
}
