import {watch, watchFile, unwatchFile, type FSWatcher} from 'node:fs';
import path from 'node:path';

/** How long to wait after the last change event before reporting: a write is several events. */
const DEBOUNCE_MS = 50;
/** How often the file is polled where the directory cannot be watched (missing, or no inotify). */
const POLL_INTERVAL_MS = 500;

/**
 * Calls `onChange` soon after `filePath` is changed by anyone: created, rewritten, replaced
 * by a rename (atomic writers) or deleted. Watches the directory, because a rename replaces the
 * file's inode; where that is impossible (the directory does not exist yet, or the file system
 * has no change events) it polls the file's status instead. Returns the function that stops
 * watching. Never throws.
 */
export function watchBookmarkFile(filePath: string, onChange: () => void): () => void {
	const name = path.basename(filePath);
	let timer: NodeJS.Timeout | undefined;
	let isStopped = false;
	const changed = (): void => {
		if (isStopped) {
			return;
		}

		clearTimeout(timer);
		timer = setTimeout(onChange, DEBOUNCE_MS);
		timer.unref();
	};

	let watcher: FSWatcher | undefined;
	let isPolling = false;
	const poll = (): void => {
		if (isPolling || isStopped) {
			return;
		}

		watcher?.close();
		watcher = undefined;
		isPolling = true;
		watchFile(filePath, {interval: POLL_INTERVAL_MS, persistent: false}, changed);
	};

	try {
		watcher = watch(path.dirname(filePath), {persistent: false}, (_event, changedName) => {
			// Temporary files of a write come and go beside the file; only the file itself counts.
			if (changedName === null || changedName === name) {
				changed();
			}
		});
		// The directory removed, or the watch lost: keep noticing changes by polling.
		watcher.on('error', poll);
	} catch {
		poll();
	}

	return () => {
		isStopped = true;
		clearTimeout(timer);
		watcher?.close();
		if (isPolling) {
			unwatchFile(filePath, changed);
		}
	};
}
