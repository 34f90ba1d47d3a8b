import {closeSync, fstatSync} from 'node:fs';
import {CorpusError} from './corpus-error.js';
import {openCorpusFile, readChunk} from './corpus-file.js';
import {emptyFileProblem, invalidUtf8Problem, isUtf16, nulProblem, utf16Problem, whitespaceOnlyProblem} from './read-corpus-text.js';

const LINE_FEED = 0x0a;
const CHUNK_SIZE = 1024 * 1024;

/**
 * Reads a corpus file line by line, a chunk at a time, calling `onLine` with each line's text
 * (UTF-8, the file's byte-order mark removed, the line feed not included) and its 1-based
 * number, so memory holds one line at a time rather than the whole file. Synchronous, like the
 * rest of corpus loading. Checks the file as `readCorpusText` does and throws the same
 * `CorpusError`s, at the first bad line: a binary line stops the reading there.
 */
export function readCorpusLines(path: string, onLine: (line: string, lineNumber: number) => void): void {
	const reader = new CorpusLineReader(path);
	for (let line = reader.next(); line !== undefined; line = reader.next()) {
		onLine(line, reader.lineNumber);
	}
}

/**
 * `readCorpusLines` one line at a time, so a caller can stop between any two lines and go on
 * later (the explorer reads a large file between keys). The file is open from construction
 * until `next` has returned undefined or thrown, or `close` is called.
 */
export class CorpusLineReader {
	/** Size of the file when it was opened, in bytes. */
	readonly size: number;
	readonly #path: string;
	#descriptor: number | undefined;
	readonly #buffer = Buffer.allocUnsafe(CHUNK_SIZE);
	#chunk: Buffer = Buffer.alloc(0);
	#offset = 0;
	#pending: Buffer[] = [];
	#bytesRead = 0;
	#lineNumber = 0;
	#hasText = false;
	/** `reading`, then `last` once the last line has been returned, then `done`. */
	#stage: 'reading' | 'last' | 'done' = 'reading';
	readonly #firstLineDecoder = new TextDecoder('utf-8', {fatal: true});
	readonly #lineDecoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

	constructor(path: string) {
		this.#path = path;
		this.#descriptor = openCorpusFile(path);
		this.size = fstatSync(this.#descriptor).size;
	}

	/** The 1-based number of the line `next` returned last. */
	get lineNumber(): number {
		return this.#lineNumber;
	}

	/** Bytes read from the file so far. */
	get bytesRead(): number {
		return this.#bytesRead;
	}

	/** The next line, or undefined after the last one. Throws `CorpusError` where the file stops being usable. */
	next(): string | undefined {
		try {
			return this.#next();
		} catch (error) {
			this.#stage = 'done';
			this.close();
			throw error;
		}
	}

	/** Closes the file (once); `next` returns undefined afterwards. */
	close(): void {
		if (this.#descriptor !== undefined) {
			closeSync(this.#descriptor);
			this.#descriptor = undefined;
		}

		if (this.#stage === 'reading') {
			this.#stage = 'done';
		}
	}

	#next(): string | undefined {
		if (this.#stage === 'last') {
			this.#stage = 'done';
			if (!this.#hasText) {
				throw new CorpusError(this.#path, whitespaceOnlyProblem);
			}
		}

		while (this.#stage === 'reading') {
			const lineEnd = this.#chunk.indexOf(LINE_FEED, this.#offset);
			if (lineEnd !== -1) {
				const lineBytes = this.#chunk.subarray(this.#offset, lineEnd);
				this.#offset = lineEnd + 1;
				const bytes = this.#pending.length === 0 ? lineBytes : Buffer.concat([...this.#pending, lineBytes]);
				this.#pending = [];
				return this.#decode(bytes);
			}

			if (this.#offset < this.#chunk.length) {
				// The chunk's buffer is reused for the next read: keep a copy of the unfinished line.
				this.#pending.push(Buffer.from(this.#chunk.subarray(this.#offset)));
			}

			this.#readChunk();
			if (this.#chunk.length === 0) {
				this.close();
				if (this.#bytesRead === 0) {
					throw new CorpusError(this.#path, emptyFileProblem);
				}

				this.#stage = 'last';
				const last = Buffer.concat(this.#pending);
				this.#pending = [];
				return this.#decode(last);
			}
		}

		return undefined;
	}

	#readChunk(): void {
		const chunk = readChunk(this.#descriptor!, this.#path, this.#buffer, this.#bytesRead);
		if (this.#bytesRead === 0 && isUtf16(chunk)) {
			throw new CorpusError(this.#path, utf16Problem);
		}

		const nul = chunk.indexOf(0);
		if (nul !== -1) {
			throw new CorpusError(this.#path, nulProblem, {line: this.#lineNumber + 1 + countLineFeeds(chunk, nul)});
		}

		this.#bytesRead += chunk.length;
		this.#chunk = chunk;
		this.#offset = 0;
	}

	#decode(bytes: Uint8Array): string {
		this.#lineNumber++;
		let line: string;
		try {
			line = (this.#lineNumber === 1 ? this.#firstLineDecoder : this.#lineDecoder).decode(bytes);
		} catch {
			throw new CorpusError(this.#path, invalidUtf8Problem, {line: this.#lineNumber});
		}

		this.#hasText ||= line.trim() !== '';
		return line;
	}
}

function countLineFeeds(bytes: Uint8Array, end: number): number {
	let count = 0;
	for (let index = bytes.indexOf(LINE_FEED); index !== -1 && index < end; index = bytes.indexOf(LINE_FEED, index + 1)) {
		count++;
	}

	return count;
}
