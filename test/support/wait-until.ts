/** What a wait watches: a changing state, its change notifications and its end. */
export interface WaitSource<Moment> {
	/** Calls `listener` whenever the state may have changed; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** Why the state can no longer change (the program exited, the app was disposed), if so. */
	stopReason(): string | undefined;
	/** The value a satisfied wait resolves with. */
	currentMoment(): Moment;
	/** The state as a person would want to read it in a failure message. */
	describe(): string;
}

export interface WaitUntilOptions {
	timeoutMs: number;
	/** What is awaited, for the failure message. */
	description: string;
	/** Also check this often, for predicates about things that send no notification. */
	pollIntervalMs: number;
}

/**
 * Resolves with the source's moment as soon as `predicate` holds: checked at once, on every
 * notification and on every poll. Rejects on timeout, or as soon as the source stops with
 * the predicate still false, with the description and the state in the message.
 */
export function waitUntil<Moment>(source: WaitSource<Moment>, predicate: () => boolean, options: WaitUntilOptions): Promise<Moment> {
	// Created here so that the stack points at the caller, not at a timer.
	const failure = new Error();
	return new Promise<Moment>((resolve, reject) => {
		const finish = () => {
			clearTimeout(timer);
			clearInterval(poller);
			unsubscribe();
		};
		const fail = (reason: string) => {
			finish();
			failure.message = `${reason} waiting for ${options.description}\n${source.describe()}`;
			reject(failure);
		};
		const check = () => {
			let satisfied: boolean;
			try {
				satisfied = predicate();
			} catch (error) {
				finish();
				reject(error);
				return;
			}
			const stopReason = source.stopReason();
			if (satisfied) {
				finish();
				resolve(source.currentMoment());
			} else if (stopReason !== undefined) {
				fail(stopReason);
			}
		};
		const timer = setTimeout(() => fail(`Timed out after ${options.timeoutMs} ms`), options.timeoutMs);
		const poller = setInterval(check, options.pollIntervalMs);
		const unsubscribe = source.subscribe(check);
		check();
	});
}
