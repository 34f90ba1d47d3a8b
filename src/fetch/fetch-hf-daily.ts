import {fieldsFromHfDaily} from '../corpus/json-dialects.js';
import type {PaperFields} from '../corpus/paper-draft.js';
import {FetchError} from './fetch-error.js';
import type {HttpClient} from './http-client.js';

/** The URL of Hugging Face's daily papers for `date` (`YYYY-MM-DD`), or of the latest day when it is undefined. */
export function hfDailyUrl(baseUrl: string, date: string | undefined): string {
	const url = new URL(`${baseUrl}/api/daily_papers`);
	if (date !== undefined) {
		url.searchParams.set('date', date);
	}

	return url.toString();
}

/**
 * Fetches Hugging Face's daily papers (`GET {base}/api/daily_papers?date=...`): a JSON array of
 * items whose `paper` holds the arXiv id, title, summary, authors and date. Items without a
 * title are left out and counted in `skipped`. Throws `FetchError` for a body that is not such
 * an array, naming the service.
 */
export async function fetchHfDaily(
	date: string | undefined,
	baseUrl: string,
	client: HttpClient,
): Promise<{papers: PaperFields[]; skipped: number}> {
	const url = hfDailyUrl(baseUrl, date);
	const text = await client.getText(url);
	const host = new URL(url).host;
	const fail = (problem: string) =>
		new FetchError(`Hugging Face (${host}) sent daily papers that cannot be used: ${problem}; nothing was changed`);
	let items: unknown;
	try {
		items = JSON.parse(text);
	} catch (error) {
		throw fail(`invalid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
	}

	if (!Array.isArray(items)) {
		throw fail(`expected a JSON array of papers, found ${items === null ? 'null' : typeof items}`);
	}

	const papers: PaperFields[] = [];
	let skipped = 0;
	for (const item of items) {
		const result = fieldsFromHfDaily(item);
		if ('skip' in result) {
			skipped++;
		} else {
			papers.push(result.fields);
		}
	}

	if (papers.length === 0 && skipped > 0) {
		throw fail(`none of its ${skipped} items is a paper with a title`);
	}

	return {papers, skipped};
}
