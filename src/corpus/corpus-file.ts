import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import {CorpusError} from './corpus-error.js';

/** What a corpus can be, for messages. */
export const FORMATS_HINT = 'a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text';

/** Largest corpus file read, in bytes (256 MB): more would not fit in memory as a search index anyway. */
export const MAX_CORPUS_BYTES = 256 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/**
 * Opens a corpus file for reading and returns its descriptor, after `fstat` shows a regular file
 * of at most `MAX_CORPUS_BYTES`. It is opened non-blocking, so a named pipe without a writer is
 * refused instead of waited for. Throws `CorpusError` (one line: what, and what to do) for a
 * missing path, a directory, a pipe, a device or socket, a file too large, or a read error.
 */
export function openCorpusFile(path: string): number {
	let descriptor: number;
	try {
		descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw new CorpusError(path, describeReadFailure(error));
	}

	try {
		const problem = describeUnusable(fstatSync(descriptor));
		if (problem !== undefined) {
			throw new CorpusError(path, problem);
		}
	} catch (error) {
		closeSync(descriptor);
		throw error instanceof CorpusError ? error : new CorpusError(path, describeReadFailure(error));
	}

	return descriptor;
}

/**
 * Calls `onChunk` with each chunk of the open file, in order, until its end. Throws `CorpusError`
 * when a read fails, or when the file grows past `MAX_CORPUS_BYTES` while it is read.
 */
export function readChunks(descriptor: number, path: string, onChunk: (chunk: Buffer) => void, chunkSize = 1024 * 1024): void {
	const buffer = Buffer.allocUnsafe(chunkSize);
	let total = 0;
	for (;;) {
		const chunk = readChunk(descriptor, path, buffer, total);
		if (chunk.length === 0) {
			return;
		}

		total += chunk.length;
		onChunk(chunk);
	}
}

/**
 * Reads the open file's next chunk into `buffer` and returns the part filled (empty at the end
 * of the file); `total` is how many bytes were read before. Throws `CorpusError` when the read
 * fails, or when the file grows past `MAX_CORPUS_BYTES` while it is read.
 */
export function readChunk(descriptor: number, path: string, buffer: Buffer, total: number): Buffer {
	let count: number;
	try {
		count = readSync(descriptor, buffer, 0, buffer.length, null);
	} catch (error) {
		throw new CorpusError(path, describeReadFailure(error));
	}

	if (total + count > MAX_CORPUS_BYTES) {
		throw new CorpusError(path, tooLarge(total + count));
	}

	return buffer.subarray(0, count);
}

function tooLarge(size: number): string {
	return `file is ${megabytes(size)}; a corpus file may be at most ${megabytes(MAX_CORPUS_BYTES)} (split it and give each part with its own --corpus)`;
}

function describeUnusable(stats: Stats): string | undefined {
	if (stats.isDirectory()) {
		return `is a directory; give the path of a corpus file (${FORMATS_HINT})`;
	}

	if (!stats.isFile()) {
		const kind = stats.isFIFO() ? 'a named pipe' : (stats.isSocket() ? 'a socket' : 'a device');
		return `is ${kind}, not a regular file; save the corpus to a file and give its path`;
	}

	return stats.size > MAX_CORPUS_BYTES ? tooLarge(stats.size) : undefined;
}

/** One line for a failure to open or read a corpus path. */
export function describeReadFailure(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR': {
			return 'no such file; check the path';
		}

		case 'EISDIR': {
			return `is a directory; give the path of a corpus file (${FORMATS_HINT})`;
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied; check the file permissions';
		}

		case 'ENXIO': {
			return 'is a socket, not a regular file; save the corpus to a file and give its path';
		}

		default: {
			return `cannot read the file (${code ?? String(error)})`;
		}
	}
}
