import {readFileSync} from 'node:fs';
import {CorpusError} from './corpus-error.js';

const FORMATS_HINT = 'a corpus is a JSON array of papers, JSON Lines, or page text';
const utf8 = new TextDecoder('utf-8', {fatal: true});

/**
 * Reads a corpus file as UTF-8 text without a byte-order mark. Throws `CorpusError` when the
 * file is missing ("no such file"), a directory, not readable ("permission denied"), empty or
 * whitespace-only, UTF-16 ("save it as UTF-8"), or binary: a NUL byte or invalid UTF-8 ("looks
 * like a binary file", with the line of the first bad byte).
 */
export function readCorpusText(path: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new CorpusError(path, describeReadFailure(error));
	}

	if (bytes.length === 0) {
		throw new CorpusError(path, `file is empty; ${FORMATS_HINT}`);
	}

	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw new CorpusError(path, 'file is UTF-16 text; save it as UTF-8');
	}

	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		throw new CorpusError(path, 'looks like a binary file (NUL byte); a corpus must be UTF-8 text', {
			line: lineAt(bytes, nul),
		});
	}

	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		const invalid = firstInvalidUtf8Offset(bytes);
		throw new CorpusError(
			path,
			'looks like a binary file (invalid UTF-8); if it is text, save it as UTF-8',
			invalid === -1 ? {} : {line: lineAt(bytes, invalid)},
		);
	}

	if (text.trim() === '') {
		throw new CorpusError(path, `file contains only whitespace; ${FORMATS_HINT}`);
	}

	return text;
}

function describeReadFailure(error: unknown): string {
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

		default: {
			return `cannot read the file (${code ?? String(error)})`;
		}
	}
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
