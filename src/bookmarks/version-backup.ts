import {copyFile, link, open, rm} from 'node:fs/promises';
import path from 'node:path';
import {syncDirectory} from './durable-file.js';
import {isErrorCode} from './errors.js';

/** Where the version-1 file is kept when the store first writes version 2: `config.v1.json` beside `config.json`. */
export function versionOneBackupPath(filePath: string): string {
	return path.join(path.dirname(filePath), `${path.basename(filePath, '.json')}.v1.json`);
}

/**
 * Copies `filePath` (a version-1 file about to be rewritten as version 2) byte for byte to
 * `config.v1.json` beside it, unless that backup exists already: it is made once and never
 * overwritten, so it holds the first version-1 file upgraded. The copy is written and fsynced
 * under a temporary name and then hard-linked into place, so a crash never leaves a partial
 * backup behind that name. Call it only under the store lock. Returns the backup's path.
 */
export async function backUpVersionOne(filePath: string): Promise<string> {
	const backupPath = versionOneBackupPath(filePath);
	const temporaryPath = `${backupPath}.${process.pid}.tmp`;
	await copyFile(filePath, temporaryPath);
	try {
		const handle = await open(temporaryPath, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}

		await link(temporaryPath, backupPath);
		await syncDirectory(path.dirname(backupPath));
	} catch (error) {
		if (!isErrorCode(error, 'EEXIST')) {
			throw error;
		}
	} finally {
		await rm(temporaryPath, {force: true});
	}

	return backupPath;
}
