import {randomBytes} from 'node:crypto';
import {renameSync} from 'node:fs';
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

/**
 * Writes `text` to a temporary file beside `filePath` (same mode as the file it will
 * replace) and fsyncs it. Committing renames it into place and fsyncs the directory, so
 * once `commit()` resolves the new content survives a crash or power loss, and readers
 * only ever see the old file or the new one. conf's writer (atomically) fsyncs the file
 * but not the directory, and does not check for short writes; hence this one.
 */
export async function stageFile(filePath: string, text: string): Promise<StagedFile> {
	const temporaryPath = `${filePath}${TEMPORARY_INFIX}${process.pid}-${randomBytes(4).toString('hex')}`;
	const handle = await open(temporaryPath, 'wx', await modeOf(filePath));
	try {
		await handle.writeFile(text, 'utf8');
		await handle.sync();
	} catch (error) {
		await handle.close();
		await unlink(temporaryPath).catch(() => undefined);
		throw error;
	}

	await handle.close();
	return {
		async commit() {
			try {
				renameSync(temporaryPath, filePath);
			} catch (error) {
				await unlink(temporaryPath).catch(() => undefined);
				throw error;
			}

			await syncDirectory(path.dirname(filePath));
		},
		async discard() {
			await unlink(temporaryPath).catch(() => undefined);
		},
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
