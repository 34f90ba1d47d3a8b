import {cleanText} from '../text/clean-text.js';
import {CorpusError} from './corpus-error.js';
import {describeValue, quoteSnippet} from './describe-value.js';
import type {RawRecord} from './json-records.js';
import {parseArxivId, parseDoi} from './identifiers.js';
import {parseHttpUrl} from './links.js';
import type {PaperFields} from './paper-draft.js';

type Fail = (field: string, problem: string) => CorpusError;

const MAX_YEAR = 9999;

/**
 * Validates one JSON record and returns its cleaned fields. Every string goes through
 * `cleanText`; unknown fields are ignored; `null` counts as absent.
 * - `title`: required string, non-empty after cleaning.
 * - `id`: a string, or a number (kept as its decimal text); `abstract`: a string, default "".
 * - `authors`: an array of strings, or one string taken as a single entry (not split, since
 *   "Smith, J." style names make commas ambiguous); empty entries are dropped.
 * - `year`: an integer from 1 to 9999, or a string of 1 to 4 digits.
 * - `url`: an absolute http(s) URL; "" counts as absent.
 * - `links`: an array of absolute http(s) URLs; "" entries are dropped.
 * - `doi` (`10.x/y`, a resolver prefix allowed), `arxivId` (without its version), `arxivVersion`
 *   (a whole number of 1 or more), `journalRef`, `updated`, `keywords` (an array of strings) and
 *   `citationKey`: optional, as `show --json` and `fetch` write them; "" counts as absent.
 * Throws `CorpusError` naming the record (1-based), the field and, for JSON Lines, the line.
 */
export function fieldsFromRecord(raw: RawRecord, file: string): PaperFields {
	const {value, record, line} = raw;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new CorpusError(file, `expected an object with a "title", found ${describeValue(value)}`, {line, record});
	}

	const fields = value as Record<string, unknown>;
	const fail: Fail = (field, problem) => new CorpusError(file, problem, {line, record, field});
	const title = readTitle(fields.title, fail);
	const id = typeof fields.id === 'number' && Number.isFinite(fields.id) ? String(fields.id) : readString(fields.id, 'id', fail);
	const abstract = readString(fields.abstract, 'abstract', fail) ?? '';
	const authors = readAuthors(fields.authors, fail);
	const year = readYear(fields.year, fail);
	const url = readUrl(fields.url, fail);
	const links = readLinks(fields.links, fail);
	const doi = readIdentifier(fields.doi, 'doi', 'a DOI such as 10.1000/xyz123', text => parseDoi(text), fail);
	const arxivId = readIdentifier(fields.arxivId, 'arxivId', 'an arXiv id such as 2106.09685', text => parseArxivId(text)?.id, fail);
	const arxivVersion = readVersion(fields.arxivVersion, fail);
	const journalRef = nonEmpty(readString(fields.journalRef, 'journalRef', fail));
	const updated = nonEmpty(readString(fields.updated, 'updated', fail));
	const keywords = readKeywords(fields.keywords, fail);
	const citationKey = nonEmpty(readString(fields.citationKey, 'citationKey', fail));
	return {
		...(id === undefined ? {} : {id}),
		title,
		abstract,
		authors,
		...(year === undefined ? {} : {year}),
		...(url === undefined ? {} : {url}),
		links,
		...(doi === undefined ? {} : {doi}),
		...(arxivId === undefined ? {} : {arxivId}),
		...(arxivVersion === undefined ? {} : {arxivVersion}),
		...(journalRef === undefined ? {} : {journalRef}),
		...(updated === undefined ? {} : {updated}),
		...(keywords.length === 0 ? {} : {keywords}),
		...(citationKey === undefined ? {} : {citationKey}),
	};
}

function nonEmpty(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed === '' ? undefined : trimmed;
}

function readIdentifier(value: unknown, field: string, example: string, parse: (text: string) => string | undefined, fail: Fail): string | undefined {
	const text = nonEmpty(readString(value, field, fail));
	if (text === undefined) {
		return undefined;
	}

	const parsed = parse(text);
	if (parsed === undefined) {
		throw fail(field, `expected ${example}, found ${quoteSnippet(text)}`);
	}

	return parsed;
}

function readVersion(value: unknown, fail: Fail): number | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}

	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
		throw fail('arxivVersion', `expected a whole number of 1 or more, found ${describeValue(value)}`);
	}

	return value;
}

function readKeywords(value: unknown, fail: Fail): string[] {
	if (value === undefined || value === null) {
		return [];
	}

	if (!Array.isArray(value)) {
		throw fail('keywords', `expected an array of strings, found ${describeValue(value)}`);
	}

	return value
		.map((item: unknown, index) => {
			if (typeof item !== 'string') {
				throw fail('keywords', `item ${index + 1} is ${describeValue(item)}; expected a string`);
			}

			return cleanText(item).trim();
		})
		.filter(keyword => keyword !== '');
}

function readString(value: unknown, field: string, fail: Fail): string | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}

	if (typeof value !== 'string') {
		throw fail(field, `expected a string, found ${describeValue(value)}`);
	}

	return cleanText(value);
}

function readTitle(value: unknown, fail: Fail): string {
	const title = readString(value, 'title', fail);
	if (title === undefined) {
		throw fail('title', 'missing; every paper needs a non-empty title');
	}

	if (title === '') {
		throw fail('title', 'is empty (after removing control characters); every paper needs a non-empty title');
	}

	return title;
}

function readAuthors(value: unknown, fail: Fail): string[] {
	if (value === undefined || value === null) {
		return [];
	}

	if (typeof value === 'string') {
		return [cleanText(value)].filter((author) => author !== '');
	}

	if (!Array.isArray(value)) {
		throw fail('authors', `expected an array of names, found ${describeValue(value)}`);
	}

	return value
		.map((item: unknown, index) => {
			if (typeof item !== 'string') {
				throw fail('authors', `item ${index + 1} is ${describeValue(item)}; expected a name as a string`);
			}

			return cleanText(item);
		})
		.filter((author) => author !== '');
}

function readYear(value: unknown, fail: Fail): number | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}

	const year = typeof value === 'string' && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : value;
	if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > MAX_YEAR) {
		throw fail('year', `expected a year such as 2024, found ${describeValue(value)}`);
	}

	return year;
}

function readUrl(value: unknown, fail: Fail): string | undefined {
	if (value === undefined || value === null) {
		return undefined;
	}

	if (typeof value !== 'string') {
		throw fail('url', `expected an http(s) URL as a string, found ${describeValue(value)}`);
	}

	if (cleanText(value) === '') {
		return undefined;
	}

	const url = parseHttpUrl(value);
	if (url === undefined) {
		throw fail('url', `expected an absolute http(s) URL, found ${quoteSnippet(value)}`);
	}

	return url;
}

function readLinks(value: unknown, fail: Fail): string[] {
	if (value === undefined || value === null) {
		return [];
	}

	if (!Array.isArray(value)) {
		throw fail('links', `expected an array of http(s) URLs, found ${describeValue(value)}`);
	}

	return value.flatMap((item: unknown, index) => {
		if (typeof item !== 'string') {
			throw fail('links', `item ${index + 1} is ${describeValue(item)}; expected an http(s) URL as a string`);
		}

		if (cleanText(item) === '') {
			return [];
		}

		const url = parseHttpUrl(item);
		if (url === undefined) {
			throw fail('links', `item ${index + 1} is not an absolute http(s) URL: ${quoteSnippet(item)}`);
		}

		return [url];
	});
}
