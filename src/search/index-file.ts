/** The first bytes of an index file; anything else is not one. */
const MAGIC = 'paper-tui-index\n';
const HEADER_START = MAGIC.length + 4;

interface ArrayReference {
	readonly $int32: readonly [offset: number, length: number];
}

const isArrayReference = (value: unknown): value is ArrayReference =>
	typeof value === 'object' && value !== null && Array.isArray((value as Partial<ArrayReference>).$int32);

/**
 * A value as a binary file: a small JSON header with every `Int32Array` in it replaced by a
 * reference, then the arrays' bytes, each 4-byte aligned, so that reading it back parses
 * only the header and views the arrays in place.
 */
export function encodeIndexFile(value: unknown): Buffer {
	const arrays: Int32Array[] = [];
	let bytes = 0;
	const header = JSON.stringify(value, (_key, item: unknown) => {
		if (!(item instanceof Int32Array)) return item;
		arrays.push(item);
		const reference: ArrayReference = {$int32: [bytes, item.length]};
		bytes += item.byteLength;
		return reference;
	});
	const headerBytes = Buffer.from(JSON.stringify({bytes}) + '\n' + header, 'utf8');
	const padding = (4 - ((HEADER_START + headerBytes.length) % 4)) % 4;
	const prefix = Buffer.alloc(HEADER_START);
	prefix.write(MAGIC, 0, 'latin1');
	prefix.writeUInt32LE(headerBytes.length + padding, MAGIC.length);
	return Buffer.concat([
		prefix,
		headerBytes,
		Buffer.alloc(padding, ' '),
		...arrays.map(array => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
	]);
}

/**
 * Reads a value written by `encodeIndexFile`, its arrays as views of `file` (copied once if
 * `file` is not 4-byte aligned). Throws an Error when `file` is not such a file or is truncated.
 */
export function decodeIndexFile(file: Buffer): unknown {
	if (file.length < HEADER_START || file.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a paper-tui index file');
	const headerLength = file.readUInt32LE(MAGIC.length);
	const sectionsStart = HEADER_START + headerLength;
	if (sectionsStart > file.length) throw new Error('the index file is truncated');
	const headerText = file.toString('utf8', HEADER_START, sectionsStart);
	const newline = headerText.indexOf('\n');
	const {bytes} = JSON.parse(headerText.slice(0, newline)) as {bytes: unknown};
	if (typeof bytes !== 'number' || sectionsStart + bytes !== file.length) throw new Error('the index file is truncated or too long');
	const aligned = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
	return JSON.parse(headerText.slice(newline + 1), (_key, item: unknown) => {
		if (!isArrayReference(item)) return item;
		const [offset, length] = item.$int32;
		if (
			!Number.isInteger(offset) ||
			!Number.isInteger(length) ||
			offset < 0 ||
			length < 0 ||
			offset % 4 !== 0 ||
			offset + length * 4 > bytes
		) {
			throw new Error('the index file names an array outside it');
		}
		return new Int32Array(aligned.buffer, aligned.byteOffset + sectionsStart + offset, length);
	});
}
