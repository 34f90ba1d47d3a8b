import {closeSync, readFileSync} from 'node:fs';
import {CorpusError} from './corpus-error.js';
import {describeReadFailure, FORMATS_HINT, openCorpusFile} from './corpus-file.js';

const utf8 = new TextDecoder('utf-8', {fatal: true});

/** Problems of a corpus file's bytes, shared with the JSON Lines reader. */
export const emptyFileProblem = `file is empty; ${FORMATS_HINT}`;
export const whitespaceOnlyProblem = `file contains only whitespace; ${FORMATS_HINT}`;
export const utf16Problem = 'file is UTF-16 text; save it as UTF-8';
export const nulProblem = 'looks like a binary file (NUL byte); a corpus must be UTF-8 text';
export const invalidUtf8Problem = 'looks like a binary file (invalid UTF-8); if it is text, save it as UTF-8';

/**
 * Reads a corpus file as UTF-8 text without a byte-order mark. Throws `CorpusError` when the
 * path is missing ("no such file"), not a regular file (a directory, pipe, device or socket),
 * larger than `MAX_CORPUS_BYTES`, not readable ("permission denied"), empty or
 * whitespace-only, UTF-16 ("save it as UTF-8"), or binary: a NUL byte or invalid UTF-8 ("looks
 * like a binary file", with the line of the first bad byte).
 */
export function readCorpusText(path: string): string {
	const descriptor = openCorpusFile(path);
	let bytes: Buffer;
	try {
		bytes = readFileSync(descriptor);
	} catch (error) {
		throw new CorpusError(path, describeReadFailure(error));
	} finally {
		closeSync(descriptor);
	}

	if (bytes.length === 0) {
		throw new CorpusError(path, emptyFileProblem);
	}

	if (isUtf16(bytes)) {
		throw new CorpusError(path, utf16Problem);
	}

	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		throw new CorpusError(path, nulProblem, {line: lineAt(bytes, nul)});
	}

	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const invalid = firstInvalidUtf8Offset(bytes);
		throw new CorpusError(path, invalidUtf8Problem, invalid === -1 ? {} : {line: lineAt(bytes, invalid)});
	}

	if (text.trim() === '') {
		throw new CorpusError(path, whitespaceOnlyProblem);
	}

	return text;
}

/** Whether `bytes` start with a UTF-16 byte-order mark. */
export function isUtf16(bytes: Uint8Array): boolean {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let index = 0; index < offset; index++) {
		if (bytes[index] === 0x0a) {
			line++;
		}
	}

	return line;
}

/** UTF-8 lead bytes (RFC 3629): first and last lead byte, sequence length, allowed range of the second byte. */
const UTF8_SEQUENCES: ReadonlyArray<readonly [number, number, number, number, number]> = [
	[0xc2, 0xdf, 2, 0x80, 0xbf],
	[0xe0, 0xe0, 3, 0xa0, 0xbf],
	[0xe1, 0xec, 3, 0x80, 0xbf],
	[0xed, 0xed, 3, 0x80, 0x9f],
	[0xee, 0xef, 3, 0x80, 0xbf],
	[0xf0, 0xf0, 4, 0x90, 0xbf],
	[0xf1, 0xf3, 4, 0x80, 0xbf],
	[0xf4, 0xf4, 4, 0x80, 0x8f],
];

/** The offset of the first byte that breaks UTF-8 (overlongs, surrogates and > U+10FFFF included), or -1. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	let index = 0;
	while (index < bytes.length) {
		const lead = bytes[index]!;
		if (lead < 0x80) {
			index++;
			continue;
		}

		const shape = UTF8_SEQUENCES.find(([first, last]) => lead >= first && lead <= last);
		if (shape === undefined) {
			return index;
		}

		const [, , length, secondMin, secondMax] = shape;
		for (let offset = 1; offset < length; offset++) {
			const byte = bytes[index + offset] ?? -1;
			const isValid = offset === 1 ? byte >= secondMin && byte <= secondMax : byte >= 0x80 && byte <= 0xbf;
			if (!isValid) {
				return index;
			}
		}

		index += length;
	}

	return -1;
}
