import {performance} from 'node:perf_hooks';
import {byteLength, synchronizedUpdateEnd} from './escape-sequences.js';
import type {PtyApp} from './pty-app.js';

/** What one keystroke cost on the wire. */
export interface KeystrokeSample {
	/** Ms from writing the key until the first complete frame (`ESC[?2026l`) arrived; `Infinity` if none did. */
	readonly frameMs: number;
	/** Bytes received from writing the key until the output went quiet. */
	readonly bytes: number;
}

export interface KeystrokeProbeOptions {
	/** Minimum time before returning, so that the next key is not merged by Ink's ~30 fps throttle. Default 70. */
	spacingMs?: number;
	/** How long the output must stay silent after the frame to count as done. Default 40. */
	quietMs?: number;
	/** Give up waiting for a frame or for quiet after this long. Default 1 000. */
	maxMs?: number;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Presses `key` and measures the frame it causes: the latency until the first end of a
 * synchronized update (Ink brackets every frame with `ESC[?2026h` … `ESC[?2026l` on a TTY
 * outside CI), and every byte written until the output is quiet. Waits for that frame (up to
 * `maxMs`) before returning, so a slow frame is never blamed on the next key and the next key
 * never shares a read with this one.
 */
export async function measureKeystroke(app: PtyApp, key: string, options: KeystrokeProbeOptions = {}): Promise<KeystrokeSample> {
	const {spacingMs = 70, quietMs = 40, maxMs = 1_000} = options;
	let bytes = 0;
	let frameEndAt: number | undefined;
	// The marker can be split across two reads: keep the unmatched tail of the previous chunk.
	let tail = '';
	let sentAt: number;
	let lastDataAt: number;
	const unsubscribe = app.onData((chunk, receivedAt) => {
		bytes += byteLength(chunk);
		lastDataAt = receivedAt;
		if (frameEndAt === undefined) {
			const searched = tail + chunk;
			if (searched.includes(synchronizedUpdateEnd)) frameEndAt = receivedAt;
			tail = searched.slice(-(synchronizedUpdateEnd.length - 1));
		}
	});
	try {
		sentAt = performance.now();
		lastDataAt = sentAt;
		app.press(key);
		for (;;) {
			await sleep(5);
			const now = performance.now();
			const spaced = now - sentAt >= spacingMs;
			const quiet = now - lastDataAt >= quietMs;
			if ((spaced && quiet && frameEndAt !== undefined) || now - sentAt >= maxMs) break;
		}
	} finally {
		unsubscribe();
	}
	return {frameMs: frameEndAt === undefined ? Number.POSITIVE_INFINITY : frameEndAt - sentAt, bytes};
}

/** Resolves once `app` has written nothing for `quietMs`, or after `maxMs` regardless. */
export async function waitForQuiet(app: PtyApp, quietMs = 200, maxMs = 3_000): Promise<void> {
	const startedAt = performance.now();
	let lastDataAt = startedAt;
	const unsubscribe = app.onData((_chunk, receivedAt) => {
		lastDataAt = receivedAt;
	});
	try {
		while (performance.now() - lastDataAt < quietMs && performance.now() - startedAt < maxMs) {
			await sleep(10);
		}
	} finally {
		unsubscribe();
	}
}
