import {cleanText} from '../text/clean-text.js';
import {latexToUnicode} from '../text/latex-to-unicode.js';
import {describeValue} from './describe-value.js';
import {parseArxivId, parseDoi} from './identifiers.js';
import type {RawRecord} from './json-records.js';
import {parseHttpUrl} from './links.js';
import type {PaperFields} from './paper-draft.js';

/** The JSON corpora the loader tells apart by content: this project's own papers, CSL-JSON, Hugging Face daily papers. */
export type JsonDialect = 'papers' | 'csl-json' | 'hf-daily';

/** How each dialect is named in messages. */
export const DIALECT_NAMES: Readonly<Record<JsonDialect, string>> = {papers: 'JSON', 'csl-json': 'CSL-JSON', 'hf-daily': 'Hugging Face daily papers'};

/** Keys only CSL-JSON items have (this project's own papers use `authors`, `year`, `url`). */
const CSL_KEYS = ['author', 'issued', 'DOI', 'URL', 'container-title', 'citation-key', 'editor', 'keyword'];

/**
 * Which JSON corpus `records` are, from their first object: one whose `paper` is an object is
 * Hugging Face's daily papers; one with a CSL key (`author`, `issued`, `DOI`, `URL`,
 * `container-title`, `citation-key`, `editor`, `keyword`) and no `authors` is CSL-JSON;
 * anything else is this project's own shape.
 */
export function detectJsonDialect(records: readonly RawRecord[]): JsonDialect {
	const first = records.find(record => isObject(record.value))?.value as Record<string, unknown> | undefined;
	if (first === undefined) {
		return 'papers';
	}

	if (isObject(first.paper)) {
		return 'hf-daily';
	}

	return !('authors' in first) && CSL_KEYS.some(key => key in first) ? 'csl-json' : 'papers';
}

/** A paper's fields, or why the record is skipped. */
export type DialectResult = {readonly fields: PaperFields} | {readonly skip: string};

/**
 * One CSL-JSON item (Zotero's, Citation.js's export): `title`, `author[]` (`given family`, or
 * `literal`), the year of `issued.date-parts` (or of `issued.raw`/`literal`), `abstract`, `DOI`,
 * `URL`, `keyword` (comma- or semicolon-separated), the arXiv id (from an arXiv DOI, URL or
 * `number`), and `citation-key` (or an `id` that is a citation key). LaTeX in the title and
 * abstract becomes Unicode. An item without a title is skipped.
 */
export function fieldsFromCsl(value: unknown): DialectResult {
	if (!isObject(value)) {
		return {skip: `expected a CSL item (an object), found ${describeValue(value)}`};
	}

	const title = richText(value.title);
	if (title === '') {
		return {skip: 'no "title"'};
	}

	const url = typeof value.URL === 'string' ? parseHttpUrl(value.URL) : undefined;
	const doi = text(value.DOI) === '' ? undefined : parseDoi(text(value.DOI));
	const arxivFromDoi = doi === undefined ? undefined : /^10\.48550\/arxiv\.(.+)$/i.exec(doi)?.[1];
	const arxiv = [arxivFromDoi ?? '', url ?? '', text(value.number)].map(candidate => parseArxivId(candidate)).find(Boolean);
	const year = readYear(value.issued);
	const keywords = text(value.keyword)
		.split(/[,;]/)
		.map(keyword => keyword.trim())
		.filter(keyword => keyword !== '');
	const key = text(value['citation-key']) || (typeof value.id === 'string' && /^[A-Za-z][\w:.+-]*$/.test(value.id) ? value.id : '');
	return {
		fields: {
			title,
			abstract: richText(value.abstract),
			authors: Array.isArray(value.author) ? value.author.map(cslName).filter(name => name !== '') : [],
			...(year === undefined ? {} : {year}),
			...(url === undefined ? {} : {url}),
			links: [],
			...(doi === undefined ? {} : {doi}),
			...(arxiv === undefined ? {} : {arxivId: arxiv.id}),
			...(keywords.length === 0 ? {} : {keywords}),
			...(key === '' ? {} : {citationKey: key}),
		},
	};
}

/**
 * One item of Hugging Face's daily papers list: `paper.id` (the arXiv id), `paper.title`,
 * `paper.summary`, `paper.authors[].name`, the year of `paper.publishedAt`; its Hugging Face
 * page becomes a link after the arXiv abs page. An item without a title is skipped.
 */
export function fieldsFromHfDaily(value: unknown): DialectResult {
	const paper = isObject(value) && isObject(value.paper) ? value.paper : undefined;
	if (paper === undefined) {
		return {skip: `expected an object with a "paper", found ${describeValue(value)}`};
	}

	const title = richText(paper.title ?? (isObject(value) ? value.title : undefined));
	if (title === '') {
		return {skip: 'no "paper.title"'};
	}

	const arxiv = parseArxivId(text(paper.id));
	const year = /^(\d{4})-/.exec(text(paper.publishedAt))?.[1];
	const authors = Array.isArray(paper.authors) ? paper.authors.map(author => (isObject(author) ? text(author.name) : text(author))) : [];
	return {
		fields: {
			title,
			abstract: richText(paper.summary),
			authors: authors.filter(name => name !== ''),
			...(year === undefined ? {} : {year: Number(year)}),
			links: arxiv === undefined ? [] : [`https://huggingface.co/papers/${arxiv.id}`],
			...(arxiv === undefined ? {} : {arxivId: arxiv.id}),
		},
	};
}

function cslName(author: unknown): string {
	if (!isObject(author)) {
		return text(author);
	}

	if (text(author.literal) !== '') {
		return text(author.literal);
	}

	const name = [author.given, author['non-dropping-particle'], author.family].map(text).filter(part => part !== '').join(' ');
	return text(author.suffix) === '' ? name : `${name}, ${text(author.suffix)}`;
}

function readYear(issued: unknown): number | undefined {
	if (!isObject(issued)) {
		return undefined;
	}

	const parts = issued['date-parts'];
	const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[])[0] : undefined;
	const year = Number(typeof first === 'number' || typeof first === 'string' ? first : /\b(\d{4})\b/.exec(text(issued.raw) || text(issued.literal))?.[1]);
	return Number.isInteger(year) && year >= 1 && year <= 9999 ? year : undefined;
}

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? cleanText(String(value)).trim() : '';
}

function richText(value: unknown): string {
	return cleanText(latexToUnicode(typeof value === 'string' ? value : '')).trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
