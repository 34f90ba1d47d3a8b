import {CorpusError} from '../corpus/corpus-error.js';
import {fieldsFromArxivEntry, parseArxivAtom} from '../corpus/arxiv-atom.js';
import type {PaperFields} from '../corpus/paper-draft.js';
import {FetchError} from './fetch-error.js';
import {ARXIV_PAGE_LIMIT} from './fetch-settings.js';
import type {HttpClient} from './http-client.js';

/** What to fetch from arXiv. */
export interface ArxivRequest {
	/** arXiv search syntax (`cat:cs.CL AND ti:lora`), sent as it is. */
	readonly query: string;
	/** At most this many papers. */
	readonly max: number;
	/** `YYYY-MM-DD`: stop at the first paper first submitted before this day. */
	readonly since?: string;
}

/** Where a fetch is, for a progress line. */
export interface PageProgress {
	/** 1-based page about to be requested. */
	readonly page: number;
	/** Papers collected so far. */
	readonly papers: number;
}

/**
 * The URL of one page of results: `search_query` as given, newest submissions first
 * (`sortBy=submittedDate&sortOrder=descending`), `start` and `max_results` (at most 2,000).
 */
export function arxivPageUrl(baseUrl: string, query: string, start: number, size: number): string {
	const url = new URL(baseUrl);
	url.searchParams.set('search_query', query);
	url.searchParams.set('sortBy', 'submittedDate');
	url.searchParams.set('sortOrder', 'descending');
	url.searchParams.set('start', String(start));
	url.searchParams.set('max_results', String(Math.min(size, ARXIV_PAGE_LIMIT)));
	return url.toString();
}

/**
 * Fetches papers for `request` from the arXiv API page by page, newest first, through `client`
 * (which keeps arXiv's 3 s between requests). Stops at `max` papers, at an empty page, once the
 * feed's total is reached, or at the first paper submitted before `since`. A paper on two pages
 * (the listing moved between them) is kept once. Throws `FetchError` for a body that is not an
 * arXiv Atom feed (or is arXiv's error entry), naming the service.
 */
export async function fetchArxiv(
	request: ArxivRequest,
	baseUrl: string,
	client: HttpClient,
	onPage?: (progress: PageProgress) => void,
): Promise<PaperFields[]> {
	const papers: PaperFields[] = [];
	const seen = new Set<string>();
	let start = 0;
	for (let page = 1; papers.length < request.max; page++) {
		onPage?.({page, papers: papers.length});
		const url = arxivPageUrl(baseUrl, request.query, start, request.max - papers.length);
		const feed = parseFeed(await client.getText(url), url);
		if (feed.entries.length === 0) {
			break;
		}

		for (const entry of feed.entries) {
			if (request.since !== undefined && entry.published !== undefined && entry.published.slice(0, 10) < request.since) {
				return papers;
			}

			if (!seen.has(entry.id) && papers.length < request.max) {
				seen.add(entry.id);
				papers.push(fieldsFromArxivEntry(entry));
			}
		}

		start += feed.entries.length;
		if (feed.totalResults !== undefined && start >= feed.totalResults) {
			break;
		}
	}

	return papers;
}

function parseFeed(text: string, url: string): ReturnType<typeof parseArxivAtom> {
	const host = new URL(url).host;
	try {
		return parseArxivAtom(text, `arXiv (${host})`);
	} catch (error) {
		if (error instanceof CorpusError) {
			throw new FetchError(`arXiv (${host}) sent a page that cannot be used: ${error.problem}; nothing was changed`);
		}

		throw error;
	}
}
