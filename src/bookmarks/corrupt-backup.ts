import {constants, existsSync, renameSync} from 'node:fs';
import {copyFile, open} from 'node:fs/promises';
import path from 'node:path';
import {syncDirectory} from './durable-file.js';
import {isErrorCode} from './errors.js';

/**
 * Moves `filePath` aside to `<name>.corrupt-<timestamp>` (a rename: byte for byte, and
 * the file is then gone) and returns the new path. Call it only under the store lock:
 * the free-name check and the rename are two steps.
 */
export async function moveToBackup(filePath: string, now = new Date()): Promise<string> {
	const backupPath = freeBackupPath(filePath, now);
	renameSync(filePath, backupPath);
	await syncDirectory(path.dirname(filePath));
	return backupPath;
}

/** Copies `filePath` byte for byte to a new `<name>.corrupt-<timestamp>`, fsyncs the copy, and returns its path. */
export async function copyToBackup(filePath: string, now = new Date()): Promise<string> {
	for (let attempt = 0; ; attempt++) {
		const backupPath = backupPathFor(filePath, now, attempt);
		try {
			await copyFile(filePath, backupPath, constants.COPYFILE_EXCL);
		} catch (error) {
			if (isErrorCode(error, 'EEXIST')) {
				continue;
			}

			throw error;
		}

		const handle = await open(backupPath, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}

		await syncDirectory(path.dirname(filePath));
		return backupPath;
	}
}

function freeBackupPath(filePath: string, now: Date): string {
	for (let attempt = 0; ; attempt++) {
		const candidate = backupPathFor(filePath, now, attempt);
		if (!existsSync(candidate)) {
			return candidate;
		}
	}
}

function backupPathFor(filePath: string, now: Date, attempt: number): string {
	// Colons and dots are left out so that the name is valid on every file system.
	const timestamp = now.toISOString().replaceAll(/[:.]/g, '-');
	return `${filePath}.corrupt-${timestamp}${attempt === 0 ? '' : `-${attempt}`}`;
}
