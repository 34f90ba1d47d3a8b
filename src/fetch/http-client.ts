import {FetchError} from './fetch-error.js';
import {RateLimiter, realSleep, type Sleep} from './rate-limiter.js';
import {backoffDelay, isRetryableStatus, parseRetryAfter, type RetryPolicy} from './retry-policy.js';

/** Why the client is about to wait, for a progress line. */
export interface WaitNotice {
	readonly milliseconds: number;
	/** `gap`: the service's pace between requests; `retry`: a backoff after a failure, which is named. */
	readonly reason: 'gap' | 'retry';
	readonly failure?: string;
}

/** How a client talks to one service. */
export interface HttpClientOptions {
	/** The service as messages name it: `arXiv`, `Hugging Face`. */
	readonly serviceName: string;
	/** `paper-tui/<version> (...)`. */
	readonly userAgent: string;
	/** Per request, headers and body together. */
	readonly timeoutMs: number;
	readonly retry: RetryPolicy;
	/** Least time between an answer and the next request (0: none). */
	readonly gapMs: number;
	readonly sleep?: Sleep;
	readonly now?: () => number;
	readonly onWait?: (notice: WaitNotice) => void;
}

/** One failed try: whether it may pass on a retry, what `Retry-After` asked, and how to say it. */
interface Failure {
	readonly retryable: boolean;
	readonly retryAfterMs?: number;
	/** `connection refused`, `HTTP 503 Service Unavailable`, `no answer within 30 s`. */
	readonly what: string;
	/** The whole message when the fetch ends on this failure. */
	readonly message: (host: string, tries: number) => string;
}

const NOTHING_CHANGED = 'nothing was changed';

/**
 * GETs text from one service with Node's own `fetch`: a `User-Agent`, a timeout per request
 * (`AbortSignal.timeout`), the service's pace between requests (see `RateLimiter`), and retries
 * of network errors, timeouts, 408, 429 and 5xx with exponential backoff, honouring
 * `Retry-After`, up to the policy's number of tries. Proxies and certificates are Node's own
 * settings. Throws `FetchError` (one line naming the host) when the last try fails or the
 * service answers with another error status.
 */
export class HttpClient {
	readonly #options: HttpClientOptions;
	readonly #limiter: RateLimiter;
	readonly #sleep: Sleep;
	readonly #now: () => number;

	constructor(options: HttpClientOptions) {
		this.#options = options;
		this.#now = options.now ?? (() => performance.now());
		this.#limiter = new RateLimiter(options.gapMs, this.#now);
		this.#sleep = options.sleep ?? realSleep;
	}

	/** The body of a successful (2xx) answer to GET `url`, as text. */
	async getText(url: string): Promise<string> {
		const {retry} = this.#options;
		const host = new URL(url).host;
		for (let attempt = 1; ; attempt++) {
			await this.#waitFor(this.#limiter.remaining(), {reason: 'gap'});
			const result = await this.#tryOnce(url);
			if (typeof result === 'string') {
				return result;
			}

			if (!result.retryable || attempt >= retry.attempts) {
				throw new FetchError(result.message(host, attempt));
			}

			const delay = Math.max(backoffDelay(retry, attempt), result.retryAfterMs ?? 0);
			if (result.retryAfterMs !== undefined && result.retryAfterMs > retry.maxRetryAfterMs) {
				throw new FetchError(
					`${host} answered ${result.what} and asks to wait ${Math.ceil(result.retryAfterMs / 1000)} s; try again later; ${NOTHING_CHANGED}`,
				);
			}

			await this.#waitFor(delay, {reason: 'retry', failure: result.what});
		}
	}

	async #waitFor(milliseconds: number, notice: Omit<WaitNotice, 'milliseconds'>): Promise<void> {
		if (milliseconds <= 0) {
			return;
		}

		this.#options.onWait?.({milliseconds, ...notice});
		await this.#sleep(milliseconds);
	}

	async #tryOnce(url: string): Promise<string | Failure> {
		const {serviceName, timeoutMs, userAgent} = this.#options;
		try {
			const response = await fetch(url, {
				headers: {'User-Agent': userAgent, Accept: '*/*'},
				signal: AbortSignal.timeout(timeoutMs),
				redirect: 'follow',
			});
			const body = await response.text();
			this.#limiter.answered();
			if (response.ok) {
				return body;
			}

			const what = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
			const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
			return {
				retryable: isRetryableStatus(response.status),
				...(retryAfterMs === undefined ? {} : {retryAfterMs}),
				what,
				message: (host, tries) =>
					`${serviceName} (${host}) answered ${what}${isRetryableStatus(response.status) ? ` ${tries} times` : ''}; ${NOTHING_CHANGED}`,
			};
		} catch (error: unknown) {
			if (isTimeout(error)) {
				this.#limiter.answered();
				const what = `no answer within ${seconds(timeoutMs)}`;
				return {
					retryable: true,
					what,
					message: (host, tries) => `${serviceName} (${host}) gave ${what} (${tries} ${tries === 1 ? 'try' : 'tries'}); ${NOTHING_CHANGED}`,
				};
			}

			const what = describeNetworkError(error);
			// Offline, no such host, or nothing listening: trying again in seconds would only make the user wait.
			const isUnreachable = unreachableCodes.has(errorCode(error) ?? '');
			return {
				retryable: !isUnreachable,
				what,
				message: (host, tries) =>
					isUnreachable
						? `cannot reach ${host} (${what}); ${NOTHING_CHANGED}`
						: `cannot reach ${host} (${what}, ${tries} ${tries === 1 ? 'try' : 'tries'}); ${NOTHING_CHANGED}`,
			};
		}
	}
}

function seconds(milliseconds: number): string {
	return milliseconds >= 1000 ? `${Math.round(milliseconds / 100) / 10} s` : `${milliseconds} ms`;
}

/** Failures that mean the host cannot be reached from here now (offline, no such host, nothing listening): not retried. */
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function isTimeout(error: unknown): boolean {
	return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The error code of a failed `fetch`: undici puts the system error in `cause` (or in the `errors` of an AggregateError there). */
function errorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const {code, errors, cause} = current as {code?: unknown; errors?: unknown; cause?: unknown};
		if (typeof code === 'string') {
			return code;
		}

		current = Array.isArray(errors) && errors.length > 0 ? errors[0] : cause;
	}

	return undefined;
}

/** A network failure in a few words: `connection refused`, `host not found`. */
export function describeNetworkError(error: unknown): string {
	const code = errorCode(error);
	switch (code) {
		case 'ECONNREFUSED': {
			return 'connection refused';
		}

		case 'ENOTFOUND':
		case 'EAI_AGAIN': {
			return 'host not found';
		}

		case 'ENETUNREACH':
		case 'EHOSTUNREACH': {
			return 'network unreachable';
		}

		case 'ECONNRESET':
		case 'UND_ERR_SOCKET': {
			return 'connection closed before the answer';
		}

		case 'UND_ERR_CONNECT_TIMEOUT':
		case 'ETIMEDOUT': {
			return 'connection timed out';
		}

		default: {
			return code === undefined ? 'network error' : `network error ${code}`;
		}
	}
}
