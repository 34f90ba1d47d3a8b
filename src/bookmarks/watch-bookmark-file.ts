import {realpathSync, unwatchFile, watch, watchFile, type FSWatcher} from 'node:fs';
import path from 'node:path';

/** How long to wait after the last change event before reporting: a write is several events. */
const DEBOUNCE_MS = 50;
/** How often the file is polled where the directory cannot be watched (missing, or no inotify). */
const POLL_INTERVAL_MS = 500;

/**
 * Calls `onChange` soon after `filePath` is changed by anyone: created, rewritten, replaced
 * by a rename (atomic writers) or deleted. Watches the directory, because a rename replaces the
 * file's inode, and, when the file is a symbolic link (a dotfile manager's), the directory of
 * its target too. Where a directory cannot be watched (it does not exist yet, or the file
 * system has no change events) it polls the file's status instead. Returns the function that
 * stops watching. Never throws.
 */
export function watchBookmarkFile(filePath: string, onChange: () => void): () => void {
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

	const stops = [...new Set([filePath, realPath(filePath)])].map(watched => watchOne(watched, changed));
	return () => {
		isStopped = true;
		clearTimeout(timer);
		for (const stop of stops) {
			stop();
		}
	};
}

function realPath(filePath: string): string {
	try {
		return realpathSync(filePath);
	} catch {
		return filePath;
	}
}

/** Watches one file through its directory, falling back to polling; returns the function that stops. */
function watchOne(filePath: string, changed: () => void): () => void {
	const name = path.basename(filePath);
	let watcher: FSWatcher | undefined;
	let isPolling = false;
	const poll = (): void => {
		if (isPolling) {
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
		watcher?.close();
		if (isPolling) {
			unwatchFile(filePath, changed);
		}
	};
}
