import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Bookmark} from '../types.js';
import {readDocument, toBookmark} from './bookmark-document.js';
import {isErrorCode} from './errors.js';
import {legacyConfigDir, resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';

/**
 * The bookmarks in `config.json` right now, read synchronously and without conf or locks, so
 * the explorer's first frame can show them. Undefined when the file cannot be understood
 * as it is (unreadable, not JSON, invalid): the store then repairs it and says so. Before the
 * store's one-time move from the old `paper-tui-nodejs` folder, the file there is read. Never throws.
 */
export function readBookmarksNow(options: Pick<ConfigDirOptions, 'configDir' | 'env' | 'homeDirectory'> = {}): Bookmark[] | undefined {
	const legacy = legacyConfigDir(options);
	const candidates = [resolveConfigDir(options), ...(legacy === undefined ? [] : [legacy])];
	let text: string | undefined;
	for (const directory of candidates) {
		try {
			text = readFileSync(path.join(directory, 'config.json'), 'utf8');
			break;
		} catch (error) {
			if (!isErrorCode(error, 'ENOENT')) {
				return undefined;
			}
		}
	}

	if (text === undefined) {
		return [];
	}

	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return undefined;
	}

	const reading = readDocument(value);
	switch (reading.kind) {
		case 'valid':
		case 'partly-valid': {
			return reading.document.bookmarks.map(toBookmark);
		}

		case 'newer': {
			return reading.bookmarks.map(toBookmark);
		}

		case 'invalid': {
			return undefined;
		}
	}
}
