import {cleanText} from '../text/clean-text.js';
import {latexToUnicode} from '../text/latex-to-unicode.js';
import {CorpusError} from './corpus-error.js';
import {parseArxivId, parseDoi} from './identifiers.js';
import {parseHttpUrl} from './links.js';
import type {PaperFields} from './paper-draft.js';
import {findXmlError, parseXml} from './xml-library.js';

/** One entry of an arXiv API Atom feed, as the feed gives it (text cleaned, LaTeX not yet converted). */
export interface ArxivEntry {
	/** The id every version shares: `2106.09685`, `hep-th/9901001`. */
	readonly id: string;
	readonly version?: number;
	readonly title: string;
	readonly summary: string;
	readonly authors: readonly string[];
	/** ISO 8601 timestamps. */
	readonly published?: string;
	readonly updated?: string;
	readonly absUrl?: string;
	readonly pdfUrl?: string;
	readonly primaryCategory?: string;
	readonly categories: readonly string[];
	readonly doi?: string;
	readonly journalRef?: string;
}

/** What an arXiv API feed holds: its entries and, when it says, how many results the query has in all. */
export interface ArxivFeed {
	readonly entries: ArxivEntry[];
	readonly totalResults?: number;
}

/** Whether a text is an Atom feed: XML whose root element is `feed`. */
export function looksLikeAtom(text: string): boolean {
	return /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w-]+:)?feed[\s>]/.test(text);
}

/**
 * Parses what `export.arxiv.org/api/query` returns, with fast-xml-parser: each entry's id and
 * version, title, summary, authors, published and updated times, abs and pdf links, primary
 * category and categories, DOI and journal reference. Throws `CorpusError` at line:column for
 * XML that is not well formed, without a location for XML that is not an Atom feed, and with
 * arXiv's own message for the error entry it returns for a bad query. An entry without an arXiv
 * id or a title is left out.
 */
export function parseArxivAtom(text: string, file: string): ArxivFeed {
	const xmlError = findXmlError(text);
	if (xmlError !== undefined) {
		throw new CorpusError(file, `invalid XML: ${cleanText(xmlError.message)}`, {line: xmlError.line, column: xmlError.column});
	}

	const document = parseXml(text);
	const feed = document.feed;
	if (!isObject(feed)) {
		throw new CorpusError(file, `expected an Atom feed (<feed>) such as the arXiv API returns, found <${Object.keys(document).find(key => !key.startsWith('?')) ?? 'nothing'}>`);
	}

	const entries = asArray(feed.entry).filter(isObject);
	const error = entries.find(entry => textOf(entry.id).includes('/api/errors'));
	if (error !== undefined) {
		throw new CorpusError(file, `the arXiv API answered with an error: ${textOf(error.summary) || textOf(error.title)}`);
	}

	const total = Number(textOf(feed.totalResults));
	return {
		entries: entries.flatMap(entry => {
			const parsed = readEntry(entry);
			return parsed === undefined ? [] : [parsed];
		}),
		...(textOf(feed.totalResults) !== '' && Number.isInteger(total) ? {totalResults: total} : {}),
	};
}

/**
 * A paper's fields from an arXiv entry: title and summary with LaTeX turned into Unicode, the
 * year published, the arXiv id (canonical abs link first) and version, the journal reference,
 * the updated time, the DOI, the pdf link, and the categories (primary first) as keywords.
 */
export function fieldsFromArxivEntry(entry: ArxivEntry): PaperFields {
	const year = /^(\d{4})-/.exec(entry.published ?? '')?.[1];
	const categories = [...new Set([...(entry.primaryCategory === undefined ? [] : [entry.primaryCategory]), ...entry.categories])];
	return {
		title: cleanText(latexToUnicode(entry.title)),
		abstract: cleanText(latexToUnicode(entry.summary)),
		authors: entry.authors,
		...(year === undefined ? {} : {year: Number(year)}),
		links: entry.pdfUrl === undefined ? [] : [entry.pdfUrl],
		...(entry.doi === undefined ? {} : {doi: entry.doi}),
		arxivId: entry.id,
		...(entry.version === undefined ? {} : {arxivVersion: entry.version}),
		...(entry.journalRef === undefined ? {} : {journalRef: entry.journalRef}),
		...(entry.updated === undefined ? {} : {updated: entry.updated}),
		...(categories.length === 0 ? {} : {keywords: categories}),
	};
}

function readEntry(entry: Record<string, unknown>): ArxivEntry | undefined {
	const identifier = parseArxivId(textOf(entry.id));
	const title = textOf(entry.title);
	if (identifier === undefined || title === '') {
		return undefined;
	}

	const links = asArray(entry.link).filter(isObject);
	const link = (test: (link: Record<string, unknown>) => boolean) => {
		const found = links.find(test);
		return found === undefined ? undefined : parseHttpUrl(textOf(found['@href']));
	};

	const absUrl = link(found => textOf(found['@rel']) === 'alternate');
	const pdfUrl = link(found => textOf(found['@title']) === 'pdf' || textOf(found['@type']) === 'application/pdf');
	const doi = parseDoi(textOf(entry.doi)) ?? parseDoi(link(found => textOf(found['@title']) === 'doi') ?? '');
	const primary = isObject(entry.primary_category) ? textOf(entry.primary_category['@term']) : '';
	const optional = {
		published: textOf(entry.published),
		updated: textOf(entry.updated),
		journalRef: textOf(entry.journal_ref),
		primaryCategory: primary,
	};
	return {
		id: identifier.id,
		...(identifier.version === undefined ? {} : {version: identifier.version}),
		title,
		summary: textOf(entry.summary),
		authors: asArray(entry.author)
			.map(author => (isObject(author) ? textOf(author.name) : ''))
			.filter(name => name !== ''),
		...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== '')),
		...(absUrl === undefined ? {} : {absUrl}),
		...(pdfUrl === undefined ? {} : {pdfUrl}),
		categories: asArray(entry.category)
			.map(category => (isObject(category) ? textOf(category['@term']) : ''))
			.filter(term => term !== ''),
		...(doi === undefined ? {} : {doi}),
	};
}

/** The text of an element: a string, or the `#text` of one with attributes; cleaned to one line. */
function textOf(value: unknown): string {
	if (typeof value === 'string') {
		return cleanText(value).trim();
	}

	return isObject(value) ? textOf(value['#text']) : '';
}

function asArray(value: unknown): unknown[] {
	return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
