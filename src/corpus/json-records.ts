import {CorpusError} from './corpus-error.js';
import {describeValue} from './describe-value.js';
import {findJsonSyntaxError} from './find-json-syntax-error.js';

/** One parsed record of a JSON or JSON Lines corpus, not yet validated. */
export interface RawRecord {
	readonly value: unknown;
	/** 1-based position among the file's records. */
	readonly record: number;
	/** 1-based line, for JSON Lines. */
	readonly line?: number;
}

const SHAPE_HINT = 'expected a JSON array of papers or an object with a "papers" array';

/**
 * Parses a whole-file JSON corpus: an array of records, or an object whose `papers` property
 * is that array. Throws `CorpusError` at `line:column` for a syntax error, and without a
 * location for any other top-level shape (naming the keys found, so a single paper object
 * is recognisable).
 */
export function parseJsonDocument(text: string, file: string): RawRecord[] {
	const document = parseOrThrow(text, file, 'invalid JSON', 1);
	let records: unknown = document;
	if (isPlainObject(document)) {
		if (!Array.isArray(document.papers)) {
			const keys = Object.keys(document).slice(0, 5).map((key) => JSON.stringify(key));
			const found = keys.length === 0 ? 'an empty object' : `an object with keys ${keys.join(', ')}`;
			const hint = 'title' in document ? '; for a single paper, wrap it in [ ]' : '';
			throw new CorpusError(file, `${SHAPE_HINT}, found ${found}${hint}`);
		}

		records = document.papers;
	}

	if (!Array.isArray(records)) {
		throw new CorpusError(file, `${SHAPE_HINT}, found ${describeValue(records)}`);
	}

	return records.map((value: unknown, index) => ({value, record: index + 1}));
}

/**
 * Parses a JSON Lines corpus: one JSON value per line, blank lines skipped. Throws
 * `CorpusError` at `line:column` when a line is not valid JSON on its own.
 */
export function parseJsonLines(text: string, file: string): RawRecord[] {
	const records: RawRecord[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		const record = parseJsonLine(line, index + 1, records.length + 1, file);
		if (record !== undefined) {
			records.push(record);
		}
	}

	return records;
}

/**
 * Parses line `lineNumber` of a JSON Lines corpus as its record number `record`; undefined for
 * a blank line. Throws `CorpusError` at `line:column` when the line is not valid JSON on its own.
 */
export function parseJsonLine(line: string, lineNumber: number, record: number, file: string): RawRecord | undefined {
	if (line.trim() === '') {
		return undefined;
	}

	const value = parseOrThrow(line, file, 'invalid JSON on this line (JSON Lines needs one complete object per line)', lineNumber);
	return {value, record, line: lineNumber};
}

/**
 * Tells whether a text that is not one JSON document is JSON Lines: it has at least two
 * non-blank lines and the first one is, by itself, a JSON object.
 */
export function looksLikeJsonLines(text: string): boolean {
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	if (lines.length < 2 || !lines[0]!.trimStart().startsWith('{')) {
		return false;
	}

	try {
		return isPlainObject(JSON.parse(lines[0]!));
	} catch {
		return false;
	}
}

function parseOrThrow(text: string, file: string, what: string, firstLine: number): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		const syntaxError = findJsonSyntaxError(text) ?? {offset: 0, reason: 'not valid JSON'};
		const before = text.slice(0, syntaxError.offset);
		const lineBreaks = before.split('\n').length - 1;
		const column = syntaxError.offset - (before.lastIndexOf('\n') + 1) + 1;
		throw new CorpusError(file, `${what}: ${syntaxError.reason}`, {line: firstLine + lineBreaks, column});
	}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
