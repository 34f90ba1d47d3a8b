import fs, {type Stats} from 'node:fs';
import {lock} from 'proper-lockfile';
import {BookmarkStoreError, errorMessage, isErrorCode} from './errors.js';

/** How long a lock whose holder stopped refreshing it blocks others. */
export const DEFAULT_LOCK_STALE_MS = 5000;

/** proper-lockfile refuses anything shorter. */
const MINIMUM_LOCK_STALE_MS = 2000;

/**
 * A live holder sets its lock's mtime to now, rounded up to the next second at most
 * (proper-lockfile's precision probe); one further ahead was set by a clock that has since
 * gone back, or by hand, and would otherwise block every writer until that time comes.
 */
const FUTURE_MTIME_TOLERANCE_MS = 2000;

/** A lock dated in the future is reported as dated at the epoch, so proper-lockfile sees it as stale and breaks it. */
function withFutureAsStale(stats: Stats): Stats {
	if (stats.mtimeMs > Date.now() + FUTURE_MTIME_TOLERANCE_MS) {
		Object.defineProperty(stats, 'mtime', {value: new Date(0)});
		Object.defineProperty(stats, 'mtimeMs', {value: 0});
	}

	return stats;
}

/** node:fs for proper-lockfile, with `stat` seeing future-dated locks as stale. */
const lockFileSystem = {
	...fs,
	stat(filePath: string, callback: (error: NodeJS.ErrnoException | null, stats?: Stats) => void) {
		fs.stat(filePath, (error, stats) => {
			callback(error, error ? stats : withFutureAsStale(stats));
		});
	},
};

/**
 * Runs `task` while holding the cross-process lock of `filePath` (a `<file>.lock`
 * directory, refreshed every second). A lock not refreshed for `staleMs` (its holder was
 * killed) is broken, and so is one dated in the future. Waits up to twice `staleMs` plus 5 s, then throws a BookmarkStoreError
 * naming the lock. The file itself need not exist.
 */
export async function withFileLock<T>(filePath: string, task: () => Promise<T>, staleMs = DEFAULT_LOCK_STALE_MS): Promise<T> {
	const stale = Math.max(staleMs, MINIMUM_LOCK_STALE_MS);
	const lockPath = `${filePath}.lock`;
	let release: () => Promise<void>;
	try {
		release = await lock(filePath, {
			realpath: false,
			lockfilePath: lockPath,
			fs: lockFileSystem,
			stale,
			update: 1000,
			retries: {retries: 1000, factor: 1.5, minTimeout: 5, maxTimeout: 100, randomize: true, maxRetryTime: 2 * stale + 5000},
			// A lock is "compromised" when its holder stalled past `stale` and another process
			// broke it. The default throws from a timer and would crash the app; writers check
			// the file's identity before committing instead (see the store), so this is ignored.
			onCompromised() {},
		});
	} catch (error) {
		throw new BookmarkStoreError(
			isErrorCode(error, 'ELOCKED')
				? `Cannot save bookmarks: ${filePath} is locked by another paper-tui (${lockPath}). Try again; if no other paper-tui is running, delete ${lockPath}.`
				: `Cannot save bookmarks: cannot lock ${filePath} (${errorMessage(error)}).`,
		);
	}

	try {
		return await task();
	} finally {
		await release().catch(() => undefined);
	}
}
