import type {Paper} from '../types.js';
import {CorpusError} from './corpus-error.js';
import {detectFormat} from './detect-format.js';
import {parseJsonDocument, parseJsonLines} from './json-records.js';
import {draftPaper, finishPaper, type PaperDraft} from './paper-draft.js';
import {assignUniqueIds} from './paper-id.js';
import {fieldsFromRecord} from './paper-record.js';
import {parsePageText} from './page-text.js';
import {readCorpusText} from './read-corpus-text.js';

/**
 * Loads one corpus file (JSON, JSON Lines or page text; see `detectFormat`) synchronously.
 * Every string is cleaned with `cleanText`; ids are unique (see `assignUniqueIds`). Throws
 * `CorpusError`, and only `CorpusError`, when the file cannot be used, including when it holds
 * no papers.
 */
export function loadCorpusFile(path: string): Paper[] {
	return loadCorpora([path]);
}

/**
 * Loads several corpus files and concatenates their papers in order. Ids are made unique
 * across all files in order of appearance, so the papers of the first file keep the ids they
 * have when it is loaded alone. Throws `CorpusError` for the first file that cannot be used.
 */
export function loadCorpora(paths: readonly string[]): Paper[] {
	const drafts = paths.flatMap((path) => readDrafts(path));
	const ids = assignUniqueIds(drafts.map((draft) => draft.baseId));
	return drafts.map((draft, index) => finishPaper(draft, ids[index]!));
}

function readDrafts(path: string): PaperDraft[] {
	const text = readCorpusText(path);
	const format = detectFormat(path, text);
	if (format === 'page-text') {
		return parsePageText(text, path).map(({title, abstract}) => draftPaper({title, abstract, authors: [], links: []}));
	}

	const records = format === 'json' ? parseJsonDocument(text, path) : parseJsonLines(text, path);
	if (records.length === 0) {
		throw new CorpusError(path, 'contains no papers; add at least one object with a "title"');
	}

	return records.map((record) => draftPaper(fieldsFromRecord(record, path)));
}
