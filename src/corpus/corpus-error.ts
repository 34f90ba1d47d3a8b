import {cleanText} from '../text/clean-text.js';

/** Where in a corpus file a problem is: a 1-based line (and column), a 1-based record (and field), or both. */
export interface CorpusLocation {
	readonly line?: number;
	readonly column?: number;
	readonly record?: number;
	readonly field?: string;
}

/**
 * A corpus file that cannot be used. The message is one printable line:
 * `<file>:<line>[:<column>]: <problem>`, `<file>: record <n>, field "<name>": <problem>`,
 * `<file>:<line>: record <n>, field "<name>": <problem>` (JSON Lines) or `<file>: <problem>`,
 * where the problem ends with what to do about it when that is not obvious.
 */
export class CorpusError extends Error {
	override readonly name = 'CorpusError';
	/** The path as it was given to the loader. */
	readonly file: string;
	readonly location: CorpusLocation;
	/** The message without the file and location prefix. */
	readonly problem: string;

	constructor(file: string, problem: string, location: CorpusLocation = {}) {
		super(formatMessage(file, problem, location));
		this.file = file;
		this.location = location;
		this.problem = problem;
	}
}

/** The one-line form of a problem (or notice) about `file` at `location`, as `CorpusError` words it. */
export function formatMessage(file: string, problem: string, location: CorpusLocation = {}): string {
	let place = cleanText(file);
	if (location.line !== undefined) {
		place += `:${location.line}`;
		if (location.column !== undefined) {
			place += `:${location.column}`;
		}
	}

	let subject = '';
	if (location.record !== undefined) {
		subject = `record ${location.record}`;
		if (location.field !== undefined) {
			subject += `, field "${cleanText(location.field)}"`;
		}

		subject += ': ';
	}

	return `${place}: ${subject}${cleanText(problem)}`;
}
