import {defaultRetryPolicy, type RetryPolicy} from './retry-policy.js';

/** The arXiv API's query endpoint. */
export const DEFAULT_ARXIV_URL = 'https://export.arxiv.org/api/query';
/** Hugging Face, whose `/api/daily_papers` lists the daily papers. */
export const DEFAULT_HF_URL = 'https://huggingface.co';
/** arXiv asks for at most one request every 3 seconds. */
export const ARXIV_GAP_MS = 3000;
/** arXiv asks for pages of at most 2,000 results. */
export const ARXIV_PAGE_LIMIT = 2000;
/** How long one request may take, headers and body, unless the tests say otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Where and how to fetch. */
export interface FetchSettings {
	readonly arxivUrl: string;
	readonly hfUrl: string;
	readonly userAgent: string;
	readonly timeoutMs: number;
	readonly retry: RetryPolicy;
}

/** A base URL setting that is not an absolute http(s) URL. */
export class SettingError extends Error {
	override readonly name = 'SettingError';
}

/**
 * The settings from the environment: `PAPER_TUI_ARXIV_URL` and `PAPER_TUI_HF_URL` (base URLs),
 * and, for the tests only, `PAPER_TUI_FETCH_TIMEOUT_MS` and `PAPER_TUI_FETCH_BACKOFF_MS` (the
 * timeout per request and the first retry's wait). The pace between arXiv requests has no
 * setting. Throws `SettingError` naming the variable for a value that cannot be used.
 */
export function fetchSettings(env: NodeJS.ProcessEnv, version: string): FetchSettings {
	return {
		arxivUrl: baseUrl(env, 'PAPER_TUI_ARXIV_URL', DEFAULT_ARXIV_URL),
		hfUrl: baseUrl(env, 'PAPER_TUI_HF_URL', DEFAULT_HF_URL),
		userAgent: `paper-tui/${version} (terminal research-paper explorer; Node.js ${process.versions.node})`,
		timeoutMs: milliseconds(env, 'PAPER_TUI_FETCH_TIMEOUT_MS') ?? DEFAULT_TIMEOUT_MS,
		retry: {...defaultRetryPolicy, baseDelayMs: milliseconds(env, 'PAPER_TUI_FETCH_BACKOFF_MS') ?? defaultRetryPolicy.baseDelayMs},
	};
}

function baseUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
	const value = env[name];
	if (value === undefined || value === '') {
		return fallback;
	}

	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}

	if (url === undefined || !['http:', 'https:'].includes(url.protocol)) {
		throw new SettingError(`${name} must be an http(s) URL, not \`${value}\``);
	}

	return value.replace(/\/+$/, '');
}

function milliseconds(env: NodeJS.ProcessEnv, name: string): number | undefined {
	const value = env[name];
	if (value === undefined || value === '') {
		return undefined;
	}

	if (!/^\d+$/.test(value) || Number(value) < 1) {
		throw new SettingError(`${name} must be a whole number of milliseconds, not \`${value}\``);
	}

	return Number(value);
}
