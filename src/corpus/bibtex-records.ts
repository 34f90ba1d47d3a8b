import {cleanText} from '../text/clean-text.js';
import {parseBibtexLibrary, type Creator, type Entry} from './bibtex-library.js';
import {CorpusError} from './corpus-error.js';
import {parseArxivId, parseDoi} from './identifiers.js';
import {parseHttpUrl} from './links.js';
import type {PaperFields} from './paper-draft.js';
import type {SkippedEntries} from './skipped-entries.js';

/** One paper read from a BibTeX file, and the 1-based line where its entry starts. */
export interface BibtexPaper {
	readonly fields: PaperFields;
	readonly line: number;
}

/** What `parseBibtex` read. */
export interface BibtexCorpus {
	readonly papers: BibtexPaper[];
	readonly skipped?: SkippedEntries;
}

/** Whether a text holds a BibTeX entry: a line that starts with `@type{` or `@type(`. */
export function looksLikeBibtex(text: string): boolean {
	return /^[ \t]*@[a-z]+[ \t]*[{(]/im.test(text);
}

/**
 * Reads a BibTeX or BibLaTeX file: one paper per entry with a title (`@string`, `@comment`,
 * `@preamble` are not papers, nor is a volume other entries `crossref`). For each: `title`, `author` as "Given prefix Family, Suffix",
 * `year` (or the year of `date`), `abstract`, `doi`, `url`, the arXiv id (`eprint` with
 * `archivePrefix`/`eprinttype` arXiv, or an arXiv `eprint`, `arxiv` field or URL), `keywords`
 * and the entry key. LaTeX becomes Unicode and the parser's markup is dropped, so
 * `{\"u}` is ü, `--` is –, `\emph{x}` is x and `$\alpha$` is α. An entry that cannot be parsed
 * or has no title is skipped and counted in `skipped`. Throws `CorpusError` when the file
 * holds entries but none of them is a paper.
 */
export function parseBibtex(text: string, file: string): BibtexCorpus {
	const library = parseBibtexLibrary(text);
	const errorLines = new LineFinder(text);
	const skipped: Array<{line?: number; reason: string}> = library.errors.map(error => ({
		...errorLines.find(error.input ?? ''),
		// The parser's own position counts from where it resumed, not from the top of the file.
		reason: cleanText(error.error)
			.replace(/ at line \d+, column \d+/, '')
			.replace(/\s+/g, ' '),
	}));
	const papers: BibtexPaper[] = [];
	const lines = new LineFinder(text);
	for (const entry of library.entries) {
		if (entry.input === '') {
			// The parser lists a broken entry with no fields as well as in `errors`.
			continue;
		}

		const location = lines.find(entry.input);
		if ((entry.crossref?.donated.length ?? 0) > 0) {
			// A volume that other entries cross-reference (their @proceedings) is not itself a paper.
			continue;
		}

		const title = richText(entry, 'title');
		if (title === '') {
			skipped.push({...location, reason: `entry "${cleanText(entry.key)}" has no title`});
			continue;
		}

		papers.push({fields: paperFields(entry, title), line: location.line ?? 1});
	}

	if (papers.length === 0 && skipped.length > 0) {
		const first = skipped[0]!;
		throw new CorpusError(file, `no usable BibTeX entry (${skipped.length} skipped); the first: ${first.reason}`, first.line === undefined ? {} : {line: first.line});
	}

	return {papers, ...(skipped.length === 0 ? {} : {skipped: {count: skipped.length, ...skipped[0]!}})};
}

function paperFields(entry: Entry, title: string): PaperFields {
	const {fields} = entry;
	const year = readYear(plain(fields.year) || plain(fields.date));
	const url = parseHttpUrl(plain(fields.url));
	const doi = parseDoi(plain(fields.doi)) ?? (url === undefined ? undefined : parseDoi(url));
	const arxivId = readArxivId(entry, url);
	const keywords = (fields.keywords ?? []).map(keyword => cleanMarkup(keyword)).filter(keyword => keyword !== '');
	const key = cleanText(entry.key).trim();
	return {
		title,
		abstract: richText(entry, 'abstract'),
		authors: (fields.author ?? []).map(creatorName).filter(name => name !== ''),
		...(year === undefined ? {} : {year}),
		...(url === undefined ? {} : {url}),
		links: [],
		...(doi === undefined ? {} : {doi}),
		...(arxivId === undefined ? {} : {arxivId}),
		...(keywords.length === 0 ? {} : {keywords}),
		...(key === '' ? {} : {citationKey: key}),
	};
}

function readArxivId(entry: Entry, url: string | undefined): string | undefined {
	const {fields} = entry;
	const archive = plain(fields.archiveprefix) || plain(fields.eprinttype);
	const candidates = [
		/^arxiv$/i.test(archive) || archive === '' ? plain(fields.eprint) : '',
		plain(fields.arxiv),
		plain(fields.arxivid),
		url ?? '',
	];
	for (const candidate of candidates) {
		const parsed = candidate === '' ? undefined : parseArxivId(candidate);
		if (parsed !== undefined) {
			return parsed.id;
		}
	}

	return undefined;
}

function readYear(text: string): number | undefined {
	const match = /^\s*(\d{4})/.exec(text);
	const year = match === null ? Number.NaN : Number(match[1]);
	return year >= 1 && year <= 9999 ? year : undefined;
}

/** "Given prefix Family, Suffix", or the name as written for an institution. */
function creatorName(creator: Creator): string {
	if (creator.name !== undefined) {
		return cleanMarkup(creator.name);
	}

	const name = [creator.firstName, creator.prefix, creator.lastName]
		.filter(part => part !== undefined)
		.map(part => cleanMarkup(part))
		.join(' ');
	return creator.suffix === undefined ? cleanMarkup(name) : cleanMarkup(`${name}, ${creator.suffix}`);
}

function plain(value: unknown): string {
	return typeof value === 'string' ? cleanText(value).trim() : '';
}

function richText(entry: Entry, field: 'title' | 'abstract'): string {
	const value = entry.fields[field];
	if (typeof value !== 'string') {
		return '';
	}

	const text = cleanMarkup(value);
	// The parser reads a `<` or `>` in text as the OT1 font would print it (¡ and ¿); give them back
	// unless the entry wrote those Spanish marks itself.
	return /[¡¿]|!`|\?`/.test(entry.input) ? text : text.replace(/¡/g, '<').replace(/¿/g, '>');
}

const ENTITIES: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"};

/** The parser's HTML-like markup (`<i>`, `<span class="nocase">`, `<a href>`) removed, Unicode composed, spaces collapsed. */
export function cleanMarkup(text: string): string {
	return cleanText(
		text
			.replace(/<[^<>]*>/g, '')
			.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]!)
			// TeX's \'{\i} is a dotless i under an accent; composed, it is the accented i.
			.replace(/ı(?=\p{M})/gu, 'i')
			.normalize('NFC'),
	)
		.replace(/\s+/g, ' ')
		.trim();
}

/** Finds the line where each entry's text starts, searching forward from the previous one. */
class LineFinder {
	readonly #text: string;
	#offset = 0;

	constructor(text: string) {
		this.#text = text;
	}

	find(input: string): {line?: number} {
		const start = input.trim().slice(0, 80);
		if (start === '') {
			return {};
		}

		let index = this.#text.indexOf(start, this.#offset);
		if (index === -1) {
			index = this.#text.indexOf(start);
		}

		if (index === -1) {
			return {};
		}

		this.#offset = index + 1;
		return {line: this.#text.slice(0, index).split('\n').length};
	}
}
