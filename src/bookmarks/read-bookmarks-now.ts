import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Bookmark, PaperMarks} from '../types.js';
import {readDocument, toBookmark, type DocumentReading} from './bookmark-document.js';
import {toPaperMarks} from './paper-marks.js';
import {isErrorCode} from './errors.js';
import {legacyConfigDir, resolveConfigDir, type ConfigDirOptions} from './resolve-config-dir.js';

/**
 * The bookmarks in `config.json` right now, read synchronously and without conf or locks, so
 * the explorer's first frame can show them. Undefined when the file cannot be understood
 * as it is (unreadable, not JSON, invalid): the store then repairs it and says so. Before the
 * store's one-time move from the old `paper-tui-nodejs` folder, the file there is read. Never throws.
 */
export function readBookmarksNow(options: Pick<ConfigDirOptions, 'configDir' | 'env' | 'homeDirectory'> = {}): Bookmark[] | undefined {
	const reading = readNow(options);
	switch (reading?.kind) {
		case undefined:
		case 'invalid': {
			return undefined;
		}

		case 'valid':
		case 'partly-valid': {
			return reading.document.bookmarks.map(toBookmark);
		}

		case 'newer': {
			return reading.bookmarks.map(toBookmark);
		}
	}
}

/** The read state and tags in `config.json` right now, read as `readBookmarksNow` reads the bookmarks. Never throws. */
export function readMarksNow(options: Pick<ConfigDirOptions, 'configDir' | 'env' | 'homeDirectory'> = {}): PaperMarks | undefined {
	const reading = readNow(options);
	switch (reading?.kind) {
		case undefined:
		case 'invalid': {
			return undefined;
		}

		case 'valid':
		case 'partly-valid': {
			return toPaperMarks(reading.document.papers);
		}

		case 'newer': {
			return toPaperMarks(reading.papers);
		}
	}
}

/** The file's content understood, `{kind: 'valid'}` with nothing for a missing file, undefined when it cannot be read or parsed. */
function readNow(options: Pick<ConfigDirOptions, 'configDir' | 'env' | 'homeDirectory'>): DocumentReading | undefined {
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
		return readDocument({});
	}

	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return undefined;
	}

	return readDocument(value);
}
