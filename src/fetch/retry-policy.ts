/** How often and how long to retry a request that failed in a way that may pass. */
export interface RetryPolicy {
	/** Tries in all, the first included. */
	readonly attempts: number;
	/** Wait before the first retry; each later retry waits twice as long as the one before. */
	readonly baseDelayMs: number;
	/** A `Retry-After` longer than this is not waited for: the fetch fails and says when to try again. */
	readonly maxRetryAfterMs: number;
}

/** The product's policy: 4 tries, waiting 2 s, 4 s and 8 s (or what `Retry-After` asks, up to 2 minutes). */
export const defaultRetryPolicy: RetryPolicy = {attempts: 4, baseDelayMs: 2000, maxRetryAfterMs: 120_000};

/** Whether an HTTP status means "try again later": 408, 429 and every 5xx. */
export function isRetryableStatus(status: number): boolean {
	return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** The exponential wait before retry number `retry` (1 for the first retry): `baseDelayMs × 2^(retry−1)`. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
	return policy.baseDelayMs * 2 ** (retry - 1);
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds: its seconds, or the time until its
 * HTTP date (never negative); undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
	if (value === null || value === undefined || value.trim() === '') {
		return undefined;
	}

	const text = value.trim();
	if (/^\d+$/.test(text)) {
		return Number(text) * 1000;
	}

	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
