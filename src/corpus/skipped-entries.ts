import {formatMessage} from './corpus-error.js';

/** The entries of a file that were skipped: how many, and the first one's place and reason. */
export interface SkippedEntries {
	readonly count: number;
	readonly line?: number;
	readonly record?: number;
	readonly reason: string;
}

/** Counts skipped entries, keeping the first one's place and reason. */
export class SkippedTally {
	#first: Omit<SkippedEntries, 'count'> | undefined;
	#count = 0;

	/** Notes one skipped entry. */
	add(reason: string, place: {line?: number; record?: number} = {}): void {
		this.#first ??= {...place, reason};
		this.#count++;
	}

	/** What was skipped, or undefined when nothing was. */
	result(): SkippedEntries | undefined {
		return this.#first === undefined ? undefined : {count: this.#count, ...this.#first};
	}
}

/** One line: `<file>[:<line>]: skipped N <kind> entries that could not be read (the first): <reason>`. */
export function skippedNotice(path: string, kind: string, skipped: SkippedEntries): string {
	const entries = skipped.count === 1 ? 'entry' : 'entries';
	const first = skipped.count === 1 ? '' : ' (the first)';
	const where = skipped.record === undefined ? '' : `record ${skipped.record}: `;
	return formatMessage(
		path,
		`skipped ${skipped.count.toLocaleString('en-US')} ${kind} ${entries} that could not be read${first}: ${where}${skipped.reason}`,
		skipped.line === undefined ? {} : {line: skipped.line},
	);
}
