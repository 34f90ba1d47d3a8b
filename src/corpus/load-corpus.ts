import {statSync} from 'node:fs';
import type {Paper} from '../types.js';
import {CorpusError, formatMessage, type CorpusLocation} from './corpus-error.js';
import {PaperMerger} from './merge-papers.js';
import {IdAliasCollector} from './id-aliases.js';
import {fieldsFromArxivEntry, parseArxivAtom} from './arxiv-atom.js';
import {looksLikeBibtex, parseBibtex} from './bibtex-records.js';
import {DIALECT_NAMES, detectJsonDialect, fieldsFromCsl, fieldsFromHfDaily, type JsonDialect} from './json-dialects.js';
import {SkippedTally, skippedNotice} from './skipped-entries.js';
import {detectFormat, formatFromName, FORMATS_TRIED} from './detect-format.js';
import {limitFields, type CutField} from './field-limits.js';
import {parseJsonDocument, parseJsonLine, parseJsonLines, type RawRecord} from './json-records.js';
import {JsonArrayElements, startsJsonArray} from './json-array-elements.js';
import {draftPaper, finishPaper, type PaperFields} from './paper-draft.js';
import {UniqueIds} from './paper-id.js';
import {fieldsFromRecord} from './paper-record.js';
import {parsePageText} from './page-text.js';
import {CorpusLineReader} from './read-corpus-lines.js';
import {readCorpusText} from './read-corpus-text.js';
import {thousands} from '../text/thousands.js';

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
	const loading = new CorpusLoading(paths, options);
	loading.step(Number.POSITIVE_INFINITY);
	return loading.result();
}

/** A paper's cleaned fields and where in its file it was found. */
type AddFields = (fields: PaperFields, location: CorpusLocation) => void;

/** One file being read: `step` reads on until the deadline (`performance.now()`), and returns true once the file is read. */
interface FileReading {
	step(deadline: number, add: AddFields): boolean;
	/** Bytes of the file read so far. */
	readonly bytesRead: number;
	/** Stops reading early (the file is closed). */
	close(): void;
}

/** The file being read, and what is counted in it. */
interface OpenFile {
	readonly file: FileReading;
	readonly path: string;
	readonly cuts: CutReport;
	/** Papers found in it so far. */
	drafts: number;
}

/**
 * `loadCorporaWithAliases` in steps, so the explorer can draw the first records of a large file
 * and take keys while the rest is read: `step(deadline)` reads on until `deadline` (in
 * `performance.now()` time), and `papers` grows as it goes. JSON Lines files are read a line at
 * a time; a file of another format is read whole within one step. The papers and ids are the
 * same as a whole load's at every point: the papers so far are the first ones of the result,
 * except that a paper a later file joins is replaced, at its place and with its id, by the joined
 * paper. `step` throws the `CorpusError` a whole load would throw (and the files are closed).
 */
export class CorpusLoading {
	readonly #paths: readonly string[];
	readonly #options: LoadOptions;
	readonly #merger: PaperMerger;
	readonly #ids = new UniqueIds();
	readonly #papers: Paper[] = [];
	/** The ids papers had before files were merged, for the aliases; only when there is more than one file. */
	readonly #aliases: IdAliasCollector | undefined;
	#fileIndex = 0;
	#reading: OpenFile | undefined;
	/** Bytes of the files read to their end. */
	#bytesOfFilesRead = 0;
	#totalBytes: number | undefined;

	constructor(paths: readonly string[], options: LoadOptions = {}) {
		this.#paths = paths;
		this.#options = options;
		this.#merger = new PaperMerger(paths.length);
		this.#aliases = paths.length > 1 ? new IdAliasCollector() : undefined;
	}

	/** The papers read so far, in order (the same array, growing; see the class). */
	get papers(): readonly Paper[] {
		return this.#papers;
	}

	/** How far the reading has got, in bytes of all the files (their sizes when first asked). */
	get progress(): {readonly bytesRead: number; readonly totalBytes: number} {
		this.#totalBytes ??= this.#paths.reduce((total, path) => total + fileSize(path), 0);
		const bytesRead = this.#bytesOfFilesRead + (this.#reading?.file.bytesRead ?? 0);
		return {bytesRead, totalBytes: Math.max(this.#totalBytes, bytesRead)};
	}

	/** True once every file has been read. */
	get isDone(): boolean {
		return this.#fileIndex === this.#paths.length;
	}

	/** Reads on until `deadline` (`performance.now()` time) or the end; returns `isDone`. Throws `CorpusError`. */
	step(deadline: number): boolean {
		try {
			while (!this.isDone) {
				this.#reading ??= this.#open(this.#paths[this.#fileIndex]!);
				const reading = this.#reading;
				if (!reading.file.step(deadline, (fields, location) => this.#add(fields, location))) {
					return false;
				}

				this.#finishFile(reading);
				if (performance.now() >= deadline) {
					break;
				}
			}
		} catch (error) {
			this.close();
			throw error;
		}

		return this.isDone;
	}

	/** The whole corpus; only once `isDone`. */
	result(): LoadedCorpus {
		if (!this.isDone) {
			throw new Error('the corpus is still being read');
		}

		return {papers: this.#papers, aliases: this.#aliases?.aliases(this.#papers.map((paper) => paper.id)) ?? new Map()};
	}

	/** Stops reading (closes the open file); the loading is of no further use. */
	close(): void {
		this.#reading?.file.close();
		this.#reading = undefined;
	}

	#open(path: string): OpenFile {
		this.#merger.startFile();
		this.#aliases?.startFile();
		return {file: formatFromName(path) === 'json-lines' ? readJsonLines(path) : readWholeFile(path, this.#options), drafts: 0, cuts: new CutReport(path), path};
	}

	#add(fields: PaperFields, location: CorpusLocation): void {
		const reading = this.#reading!;
		const limited = limitFields(fields);
		reading.cuts.note(limited.cut, location);
		const draft = draftPaper(limited.fields);
		reading.drafts++;
		const {place, isJoined} = this.#merger.add(draft);
		if (isJoined) {
			this.#papers[place] = finishPaper(this.#merger.drafts[place]!, this.#papers[place]!.id);
		} else {
			this.#papers.push(finishPaper(draft, this.#ids.take(draft.baseId)));
		}

		this.#aliases?.add(draft.baseId, place, this.#papers[place]!.id);
	}

	#finishFile(reading: OpenFile): void {
		this.#reading = undefined;
		this.#bytesOfFilesRead += reading.file.bytesRead;
		this.#fileIndex++;
		this.#merger.endFile();
		if (reading.drafts === 0) {
			throw new CorpusError(reading.path, 'contains no papers; add at least one object with a "title"');
		}

		const notice = reading.cuts.notice();
		if (notice !== undefined) {
			this.#options.onNotice?.(notice);
		}
	}
}

/** A JSON Lines file, a line at a time: a large file never sits in memory whole, as text or as parsed values. */
function readJsonLines(path: string): FileReading {
	const reader = new CorpusLineReader(path);
	let records = 0;
	return {
		get bytesRead() {
			return reader.bytesRead;
		},
		step(deadline, add) {
			for (let count = 1; ; count++) {
				const line = reader.next();
				if (line === undefined) {
					return true;
				}

				const record = parseJsonLine(line, reader.lineNumber, records + 1, path);
				if (record !== undefined) {
					records++;
					add(fieldsFromRecord(record, path), {line: reader.lineNumber, record: record.record});
				}

				if (count % 16 === 0 && performance.now() >= deadline) {
					return false;
				}
			}
		},
		close() {
			reader.close();
		},
	};
}

/**
 * A file of any other format. Its text is read whole in the first step; a JSON array is then
 * parsed an element at a time, in as many steps as it takes, and any other format whole.
 */
function readWholeFile(path: string, options: LoadOptions): FileReading {
	let bytesRead = 0;
	let array: {records: JsonRecords; elements: JsonArrayElements; text: string; size: number} | undefined;
	return {
		get bytesRead() {
			return array === undefined ? bytesRead : Math.round((array.size * array.elements.position) / Math.max(1, array.text.length));
		},
		step(deadline, add) {
			if (array === undefined) {
				const text = readCorpusText(path);
				const format = detectFormat(path, text);
				if (format !== 'json' || !startsJsonArray(text)) {
					addWholeText(path, text, format, options, add);
					bytesRead = Buffer.byteLength(text);
					return true;
				}

				array = {records: new JsonRecords(path, options, add), elements: new JsonArrayElements(text), text, size: Buffer.byteLength(text)};
			}

			const {records, elements, text} = array;
			for (let count = 1; ; count++) {
				const next = elements.next();
				let value: unknown;
				try {
					value = next.kind === 'element' ? (JSON.parse(next.text) as unknown) : undefined;
				} catch {
					// Not valid JSON: parsing the text whole says where and why.
				}

				if (next.kind === 'end') {
					records.end();
					array = undefined;
					bytesRead = Buffer.byteLength(text);
					return true;
				}

				if (next.kind === 'malformed' || value === undefined) {
					// Throws the error at its line and column; should it find the array valid after all, its records not yet added are.
					records.addRest(parseJsonDocument(text, path));
					array = undefined;
					bytesRead = Buffer.byteLength(text);
					return true;
				}

				records.add(value);
				if (count % 16 === 0 && performance.now() >= deadline) {
					return false;
				}
			}
		},
		close() {},
	};
}

/**
 * The records of a JSON corpus in order, turned into papers by its dialect (this project's papers,
 * CSL-JSON or Hugging Face daily papers), which the first object among them decides: records
 * before it wait for it.
 */
class JsonRecords {
	readonly #path: string;
	readonly #options: LoadOptions;
	readonly #addFields: AddFields;
	#dialect: JsonDialect | undefined;
	#waiting: RawRecord[] = [];
	#count = 0;
	readonly #skipped = new SkippedTally();

	constructor(path: string, options: LoadOptions, add: AddFields) {
		this.#path = path;
		this.#options = options;
		this.#addFields = add;
	}

	/** Adds the next record's value. */
	add(value: unknown): void {
		this.#count++;
		const record = {value, record: this.#count};
		if (this.#dialect === undefined) {
			this.#waiting.push(record);
			if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
				this.#dialect = detectJsonDialect([record]);
				for (const waiting of this.#waiting.splice(0)) this.#turn(waiting);
			}
		} else {
			this.#turn(record);
		}
	}

	/** Adds the records of the whole document not added yet, and ends. */
	addRest(records: readonly RawRecord[]): void {
		for (const record of records.slice(this.#count)) this.add(record.value);
		this.end();
	}

	/** The records are all added: those still waiting are papers, and skipped entries are reported. */
	end(): void {
		this.#dialect ??= 'papers';
		for (const waiting of this.#waiting.splice(0)) this.#turn(waiting);
		const result = this.#skipped.result();
		if (result !== undefined && this.#dialect !== 'papers') {
			this.#options.onNotice?.(skippedNotice(this.#path, DIALECT_NAMES[this.#dialect], result));
		}
	}

	#turn(record: RawRecord): void {
		if (this.#dialect === 'papers') {
			this.#addFields(fieldsFromRecord(record, this.#path), {record: record.record});
			return;
		}

		const result = this.#dialect === 'csl-json' ? fieldsFromCsl(record.value) : fieldsFromHfDaily(record.value);
		if ('skip' in result) {
			this.#skipped.add(result.skip, {record: record.record});
		} else {
			this.#addFields(result.fields, {record: record.record});
		}
	}
}

/** Adds the papers of a file's whole text, of `format`. */
function addWholeText(path: string, text: string, format: ReturnType<typeof detectFormat>, options: LoadOptions, add: AddFields): void {
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
		new JsonRecords(path, options, add).addRest(parseJsonDocument(text, path));
	} else {
		for (const record of parseJsonLines(text, path)) {
			add(fieldsFromRecord(record, path), {record: record.record, ...(record.line === undefined ? {} : {line: record.line})});
		}
	}
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

function fileSize(path: string): number {
	try {
		return statSync(path).size;
	} catch {
		// Reading it will say what is wrong.
		return 0;
	}
}

