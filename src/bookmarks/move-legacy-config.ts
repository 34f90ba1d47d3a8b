import {lstatSync, readFileSync, renameSync} from 'node:fs';
import {unlink} from 'node:fs/promises';
import path from 'node:path';
import {ensureDirectoryDurably, stageFile, syncDirectory} from './durable-file.js';
import {errorMessage, isErrorCode} from './errors.js';
import {withFileLock} from './file-lock.js';

/** What moving the old config file did. */
export type LegacyMove =
	{readonly kind: 'nothing'} | {readonly kind: 'moved'; readonly notice: string} | {readonly kind: 'failed'; readonly notice: string};

const CONFIG_NAME = 'config.json';

function exists(filePath: string): boolean {
	try {
		lstatSync(filePath);
		return true;
	} catch (error) {
		if (isErrorCode(error, 'ENOENT') || isErrorCode(error, 'ENOTDIR')) {
			return false;
		}

		throw error;
	}
}

/**
 * Moves `config.json` from `legacyDirectory` (conf's `paper-tui-nodejs`) into `directory`
 * when the old one exists and the new one does not: once, under both directories' locks (an
 * older paper-tui may be writing the old file), by rename (a symbolic link is moved as a
 * link), or by a durable copy and then removing the old file when they are on different
 * file systems. Never overwrites a new file. If the move fails the old file is left as it
 * was; the caller keeps using it. Never rejects.
 */
export async function moveLegacyConfig(legacyDirectory: string, directory: string, lockStaleMs: number): Promise<LegacyMove> {
	const legacyPath = path.join(legacyDirectory, CONFIG_NAME);
	const newPath = path.join(directory, CONFIG_NAME);
	try {
		if (legacyDirectory === directory || exists(newPath) || !exists(legacyPath)) {
			return {kind: 'nothing'};
		}

		await ensureDirectoryDurably(directory);
		return await withFileLock(
			newPath,
			async () =>
				withFileLock(
					legacyPath,
					async () => {
						// Checked again under the locks: another paper-tui may have moved it meanwhile.
						if (exists(newPath) || !exists(legacyPath)) {
							return {kind: 'nothing'};
						}

						await moveFile(legacyPath, newPath);
						return {kind: 'moved', notice: `Moved bookmarks file ${legacyPath} to ${newPath}, paper-tui's config folder from now on.`};
					},
					lockStaleMs,
				),
			lockStaleMs,
		);
	} catch (error) {
		return {
			kind: 'failed',
			notice: `Cannot move bookmarks file ${legacyPath} to ${newPath} (${errorMessage(error)}); using it where it is.`,
		};
	}
}

async function moveFile(fromPath: string, toPath: string): Promise<void> {
	try {
		renameSync(fromPath, toPath);
	} catch (error) {
		if (!isErrorCode(error, 'EXDEV')) {
			throw error;
		}

		const staged = await stageFile(toPath, readFileSync(fromPath, 'utf8'));
		await staged.commit();
		await unlink(fromPath);
	}

	await syncDirectory(path.dirname(toPath));
	await syncDirectory(path.dirname(fromPath));
}
