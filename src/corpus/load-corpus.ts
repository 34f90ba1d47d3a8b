import type {Paper} from '../types.js';
import {CorpusError, formatMessage, type CorpusLocation} from './corpus-error.js';
import {mergeFilesWithSources} from './merge-papers.js';
import {idAliases} from './id-aliases.js';
import {fieldsFromArxivEntry, parseArxivAtom} from './arxiv-atom.js';
import {looksLikeBibtex, parseBibtex} from './bibtex-records.js';
import {DIALECT_NAMES, detectJsonDialect, fieldsFromCsl, fieldsFromHfDaily} from './json-dialects.js';
import {SkippedTally, skippedNotice} from './skipped-entries.js';
import {detectFormat, formatFromName, FORMATS_TRIED} from './detect-format.js';
import {limitFields, type CutField} from './field-limits.js';
import {parseJsonDocument, parseJsonLine, parseJsonLines} from './json-records.js';
import {draftPaper, finishPaper, type PaperDraft, type PaperFields} from './paper-draft.js';
import {assignUniqueIds} from './paper-id.js';
import {fieldsFromRecord} from './paper-record.js';
import {parsePageText} from './page-text.js';
import {readCorpusLines} from './read-corpus-lines.js';
import {readCorpusText} from './read-corpus-text.js';

/** How to load corpora. */
export interface LoadOptions {
	/**
	 * Receives one-line notices about the files: fields cut to their limits, BibTeX entries
	 * skipped; at most one of each kind per file.
	 */
	readonly onNotice?: (notice: string) => void;
}

/**
 * Loads one corpus file (BibTeX; arXiv API Atom; JSON: this project's papers, CSL-JSON or Hugging Face daily
 * papers, see `detectJsonDialect`; JSON Lines; or page text; see `detectFormat`) synchronously.
 * Every string is cleaned with `cleanText`; titles and abstracts are cut to their limits (see
 * `limitFields`); ids are unique (see `assignUniqueIds`). Throws `CorpusError`, and only
 * `CorpusError`, when the file cannot be used, including when it holds no papers.
 */
export function loadCorpusFile(path: string, options: LoadOptions = {}): Paper[] {
	return loadCorpora([path], options);
}

/**
 * Loads several corpus files and joins their papers in order, the same paper from two files
 * being one paper (see `mergeFiles`). Ids are made unique across all files in order of
 * appearance, so the papers of the first file keep the ids they have when it is loaded alone.
 * Throws `CorpusError` for the first file that cannot be used.
 */
export function loadCorpora(paths: readonly string[], options: LoadOptions = {}): Paper[] {
	return loadCorporaWithAliases(paths, options).papers;
}

/** A loaded corpus and its id aliases. */
export interface LoadedCorpus {
	readonly papers: Paper[];
	/** Old id → current id of a paper that merging joined or renamed (see `idAliases`); bookmarks are matched through it. */
	readonly aliases: ReadonlyMap<string, string>;
}

/** `loadCorpora`, with the aliases of the ids merging changed, so that bookmarks saved under them still find their papers. */
export function loadCorporaWithAliases(paths: readonly string[], options: LoadOptions = {}): LoadedCorpus {
	const files = paths.map((path) => readDrafts(path, options));
	const {drafts, sources} = mergeFilesWithSources(files);
	const ids = assignUniqueIds(drafts.map((draft) => draft.baseId));
	return {papers: drafts.map((draft, index) => finishPaper(draft, ids[index]!)), aliases: files.length > 1 ? idAliases(files, sources, ids) : new Map()};
}

function readDrafts(path: string, options: LoadOptions): PaperDraft[] {
	const cuts = new CutReport(path);
	const drafts: PaperDraft[] = [];
	const add = (fields: PaperFields, location: CorpusLocation): void => {
		const limited = limitFields(fields);
		cuts.note(limited.cut, location);
		drafts.push(draftPaper(limited.fields));
	};

	if (formatFromName(path) === 'json-lines') {
		// Streamed: a large JSON Lines file never sits in memory whole, as text or as parsed values.
		readCorpusLines(path, (line, lineNumber) => {
			const record = parseJsonLine(line, lineNumber, drafts.length + 1, path);
			if (record !== undefined) {
				add(fieldsFromRecord(record, path), {line: lineNumber, record: record.record});
			}
		});
	} else {
		const text = readCorpusText(path);
		const format = detectFormat(path, text);
		if (format === 'bibtex') {
			if (!looksLikeBibtex(text)) {
				throw new CorpusError(path, `matches no corpus format (tried ${FORMATS_TRIED}): no line starts a BibTeX entry such as @article{key,`);
			}

			const {papers, skipped} = parseBibtex(text, path);
			for (const {fields, line} of papers) {
				add(fields, {line});
			}

			if (skipped !== undefined) {
				options.onNotice?.(skippedNotice(path, 'BibTeX', skipped));
			}
		} else if (format === 'atom') {
			const {entries} = parseArxivAtom(text, path);
			if (entries.length === 0) {
				throw new CorpusError(path, 'the Atom feed has no entries with an arXiv id and a title');
			}

			for (const entry of entries) {
				add(fieldsFromArxivEntry(entry), {});
			}
		} else if (format === 'page-text') {
			for (const {title, abstract, line} of readPageText(text, path)) {
				add({title, abstract, authors: [], links: []}, {line});
			}
		} else if (format === 'json') {
			const records = parseJsonDocument(text, path);
			const dialect = detectJsonDialect(records);
			if (dialect === 'papers') {
				for (const record of records) {
					add(fieldsFromRecord(record, path), {record: record.record});
				}
			} else {
				const skipped = new SkippedTally();
				for (const record of records) {
					const result = dialect === 'csl-json' ? fieldsFromCsl(record.value) : fieldsFromHfDaily(record.value);
					if ('skip' in result) {
						skipped.add(result.skip, {record: record.record});
					} else {
						add(result.fields, {record: record.record});
					}
				}

				const result = skipped.result();
				if (result !== undefined) {
					options.onNotice?.(skippedNotice(path, DIALECT_NAMES[dialect], result));
				}
			}
		} else {
			for (const record of parseJsonLines(text, path)) {
				add(fieldsFromRecord(record, path), {record: record.record, ...(record.line === undefined ? {} : {line: record.line})});
			}
		}
	}

	if (drafts.length === 0) {
		throw new CorpusError(path, 'contains no papers; add at least one object with a "title"');
	}

	const notice = cuts.notice();
	if (notice !== undefined) {
		options.onNotice?.(notice);
	}

	return drafts;
}

/** Page text; a file that is page text by content only and holds no papers is a file of no known format. */
function readPageText(text: string, path: string): ReturnType<typeof parsePageText> {
	try {
		return parsePageText(text, path);
	} catch (error) {
		if (formatFromName(path) === undefined && error instanceof CorpusError && error.problem.startsWith('no papers found')) {
			throw new CorpusError(path, `matches no corpus format (tried ${FORMATS_TRIED}); ${error.problem}`);
		}

		throw error;
	}
}

/** The fields cut in one file, reported as one line naming the first. */
class CutReport {
	readonly #path: string;
	#first: {cut: CutField; location: CorpusLocation} | undefined;
	#count = 0;

	constructor(path: string) {
		this.#path = path;
	}

	note(cut: readonly CutField[], location: CorpusLocation): void {
		if (cut.length > 0) {
			this.#first ??= {cut: cut[0]!, location: {...location, field: cut[0]!.field}};
			this.#count += cut.length;
		}
	}

	notice(): string | undefined {
		if (this.#first === undefined) {
			return undefined;
		}

		const {cut, location} = this.#first;
		const others = this.#count - 1;
		const more = others === 0 ? '' : `; ${others} more field${others === 1 ? ' was' : 's were'} cut in this file`;
		return formatMessage(this.#path, `${thousands(cut.length)} characters, cut to the first ${thousands(cut.limit)}${more}`, location);
	}
}

const thousands = (count: number) => count.toLocaleString('en-US');
