import {randomBytes} from 'node:crypto';
import {lstatSync, readlinkSync, renameSync, unlinkSync} from 'node:fs';
import {mkdir, open, readdir, stat, unlink} from 'node:fs/promises';
import path from 'node:path';
import {isErrorCode} from './errors.js';

/** A fully written and fsync'ed temporary file, waiting to replace its target. */
export interface StagedFile {
	/** Renames the temporary file over the target (synchronously, so nothing runs between a caller's last check and the rename), then fsyncs the directory. */
	commit(): Promise<void>;
	/** Deletes the temporary file. */
	discard(): Promise<void>;
}

const TEMPORARY_INFIX = '.tmp-';

/** Links followed before giving up (the kernel's own limit is 40). */
const MAXIMUM_LINK_DEPTH = 40;

/** Temporary files written and not yet committed or discarded; removed if the process exits first. */
const liveTemporaryFiles = new Set<string>();
let isExitCleanupInstalled = false;

function removeLiveTemporaryFiles(): void {
	for (const temporaryPath of liveTemporaryFiles) {
		try {
			unlinkSync(temporaryPath);
		} catch {
			// Already renamed into place, or gone.
		}
	}

	liveTemporaryFiles.clear();
}

/**
 * The file that writing to `filePath` should replace: `filePath` itself, or, when it is a
 * symbolic link (dotfile managers link config files), the file at the end of its chain of
 * links, existing or not. Replacing the link itself would cut it from the user's dotfiles.
 */
export function writeTarget(filePath: string): string {
	let current = path.resolve(filePath);
	for (let depth = 0; depth < MAXIMUM_LINK_DEPTH; depth++) {
		let isLink: boolean;
		try {
			isLink = lstatSync(current).isSymbolicLink();
		} catch {
			return current;
		}

		if (!isLink) {
			return current;
		}

		current = path.resolve(path.dirname(current), readlinkSync(current));
	}

	return current;
}

/**
 * Writes `text` to a temporary file beside the file `filePath` names (through symbolic
 * links: see `writeTarget`; same mode as the file it will replace) and fsyncs it.
 * Committing renames it into place and fsyncs the directory, so once `commit()` resolves
 * the new content survives a crash or power loss, and readers only ever see the old file
 * or the new one. conf's writer (atomically) fsyncs the file but not the directory, and
 * does not check for short writes; hence this one. A temporary file not yet committed or
 * discarded when the process exits (a signal cut a write short) is removed on exit.
 */
export async function stageFile(filePath: string, text: string): Promise<StagedFile> {
	const targetPath = writeTarget(filePath);
	const temporaryPath = `${targetPath}${TEMPORARY_INFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
	if (!isExitCleanupInstalled) {
		process.on('exit', removeLiveTemporaryFiles);
		isExitCleanupInstalled = true;
	}

	liveTemporaryFiles.add(temporaryPath);
	const forget = async () => {
		liveTemporaryFiles.delete(temporaryPath);
		await unlink(temporaryPath).catch(() => undefined);
	};

	let handle;
	try {
		handle = await open(temporaryPath, 'wx', await modeOf(targetPath));
	} catch (error) {
		liveTemporaryFiles.delete(temporaryPath);
		throw error;
	}

	try {
		await handle.writeFile(text, 'utf8');
		await handle.sync();
	} catch (error) {
		await handle.close();
		await forget();
		throw error;
	}

	await handle.close();
	return {
		async commit() {
			try {
				renameSync(temporaryPath, targetPath);
			} catch (error) {
				await forget();
				throw error;
			} finally {
				liveTemporaryFiles.delete(temporaryPath);
			}

			await syncDirectory(path.dirname(targetPath));
		},
		discard: forget,
	};
}

/** Fsyncs a directory so that renames and creations in it survive power loss; a no-op where directories cannot be fsync'ed. */
export async function syncDirectory(directory: string): Promise<void> {
	if (process.platform === 'win32') {
		return;
	}

	const handle = await open(directory, 'r');
	try {
		await handle.sync();
	} catch (error) {
		if (!isErrorCode(error, 'EINVAL') && !isErrorCode(error, 'ENOTSUP')) {
			throw error;
		}
	} finally {
		await handle.close();
	}
}

/** Creates `directory` if needed and fsyncs it and its parent, so that its entry survives power loss too. */
export async function ensureDirectoryDurably(directory: string): Promise<void> {
	await mkdir(directory, {recursive: true});
	await syncDirectory(directory);
	await syncDirectory(path.dirname(directory));
}

/** Deletes temporary files of `filePath` (ours or conf's) older than `minimumAgeMs`: leftovers of writers killed mid-write. */
export async function sweepTemporaryFiles(filePath: string, minimumAgeMs: number): Promise<void> {
	const directory = path.dirname(filePath);
	const prefix = `${path.basename(filePath)}${TEMPORARY_INFIX}`;
	const names = await readdir(directory).catch(() => []);
	const cutoff = Date.now() - minimumAgeMs;
	for (const name of names.filter(candidate => candidate.startsWith(prefix))) {
		const candidatePath = path.join(directory, name);
		const stats = await stat(candidatePath).catch(() => undefined);
		if (stats?.isFile() && stats.mtimeMs < cutoff) {
			await unlink(candidatePath).catch(() => undefined);
		}
	}
}

async function modeOf(filePath: string): Promise<number> {
	try {
		return (await stat(filePath)).mode & 0o777;
	} catch {
		return 0o666;
	}
}
