import {closeSync} from 'node:fs';
import {CorpusError} from './corpus-error.js';
import {openCorpusFile, readChunks} from './corpus-file.js';
import {emptyFileProblem, invalidUtf8Problem, isUtf16, nulProblem, utf16Problem, whitespaceOnlyProblem} from './read-corpus-text.js';

const LINE_FEED = 0x0a;

/**
 * Reads a corpus file line by line, a chunk at a time, calling `onLine` with each line's text
 * (UTF-8, the file's byte-order mark removed, the line feed not included) and its 1-based
 * number, so memory holds one line at a time rather than the whole file. Synchronous, like the
 * rest of corpus loading. Checks the file as `readCorpusText` does and throws the same
 * `CorpusError`s, at the first bad line: a binary line stops the reading there.
 */
export function readCorpusLines(path: string, onLine: (line: string, lineNumber: number) => void): void {
	const firstLineDecoder = new TextDecoder('utf-8', {fatal: true});
	const lineDecoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
	let lineNumber = 1;
	let pending: Buffer[] = [];
	let byteCount = 0;
	let hasText = false;
	const finishLine = (bytes: Uint8Array): void => {
		let line: string;
		try {
			line = (lineNumber === 1 ? firstLineDecoder : lineDecoder).decode(bytes);
		} catch {
			throw new CorpusError(path, invalidUtf8Problem, {line: lineNumber});
		}

		hasText ||= line.trim() !== '';
		onLine(line, lineNumber);
		lineNumber++;
	};

	const descriptor = openCorpusFile(path);
	try {
		readChunks(descriptor, path, chunk => {
			if (byteCount === 0 && isUtf16(chunk)) {
				throw new CorpusError(path, utf16Problem);
			}

			byteCount += chunk.length;
			const nul = chunk.indexOf(0);
			if (nul !== -1) {
				throw new CorpusError(path, nulProblem, {line: lineNumber + countLineFeeds(chunk, nul)});
			}

			let lineStart = 0;
			for (let lineEnd = chunk.indexOf(LINE_FEED); lineEnd !== -1; lineEnd = chunk.indexOf(LINE_FEED, lineStart)) {
				const lineBytes = chunk.subarray(lineStart, lineEnd);
				finishLine(pending.length === 0 ? lineBytes : Buffer.concat([...pending, lineBytes]));
				pending = [];
				lineStart = lineEnd + 1;
			}

			if (lineStart < chunk.length) {
				// The chunk's buffer is reused for the next read: keep a copy of the unfinished line.
				pending.push(Buffer.from(chunk.subarray(lineStart)));
			}
		});
	} finally {
		closeSync(descriptor);
	}

	if (byteCount === 0) {
		throw new CorpusError(path, emptyFileProblem);
	}

	finishLine(Buffer.concat(pending));
	if (!hasText) {
		throw new CorpusError(path, whitespaceOnlyProblem);
	}
}

function countLineFeeds(bytes: Uint8Array, end: number): number {
	let count = 0;
	for (let index = bytes.indexOf(LINE_FEED); index !== -1 && index < end; index = bytes.indexOf(LINE_FEED, index + 1)) {
		count++;
	}

	return count;
}
