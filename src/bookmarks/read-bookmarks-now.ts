import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Bookmark} from '../types.js';
import {readDocument, toBookmark} from './bookmark-document.js';
import {isErrorCode} from './errors.js';
import {resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';

/**
 * The bookmarks in `config.json` right now, read synchronously and without conf or locks, so
 * the explorer's first frame can show them. Undefined when the file cannot be understood
 * as it is (unreadable, not JSON, invalid): the store then repairs it and says so. Never throws.
 */
export function readBookmarksNow(options: Pick<ConfigDirOptions, 'configDir' | 'env'> = {}): Bookmark[] | undefined {
	let text: string;
	try {
		text = readFileSync(path.join(resolveConfigDir(options), 'config.json'), 'utf8');
	} catch (error) {
		return isErrorCode(error, 'ENOENT') ? [] : undefined;
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
