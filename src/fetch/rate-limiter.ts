/** Sleeps for a number of milliseconds. */
export type Sleep = (milliseconds: number) => Promise<void>;

/** Sleeps with a real timer. */
export const realSleep: Sleep = async milliseconds =>
	new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});

/**
 * Keeps at least `gapMs` between the end of one answer from a service and the next request to
 * it (arXiv asks for 3 s). A request that never reached the service (connection refused, host
 * not found) does not start a gap; one that timed out does, since the service may have worked on it.
 */
export class RateLimiter {
	readonly #gapMs: number;
	readonly #now: () => number;
	#lastAnswerAt: number | undefined;

	constructor(gapMs: number, now: () => number = () => performance.now()) {
		this.#gapMs = gapMs;
		this.#now = now;
	}

	/** Milliseconds still to wait before the next request may go; 0 when it may go now. */
	remaining(): number {
		return this.#lastAnswerAt === undefined ? 0 : Math.max(0, this.#lastAnswerAt + this.#gapMs - this.#now());
	}

	/** Records that the service has just answered (or that a request to it has just timed out). */
	answered(): void {
		this.#lastAnswerAt = this.#now();
	}
}
