import {endianness} from 'node:os';
import lunr from 'lunr';
import type {PostingLists} from './posting-lists.js';

/** An array of the posting lists: base64 of its bytes in JSON, the array itself in a binary file. */
export type SerializedArray = string | Int32Array;

/** `PostingLists` as data; the arrays are in this machine's byte order (`byteOrder`). */
export interface SerializedPostingLists {
	/** Lunr's version: the weights are Lunr's, and its scoring must read them the same way. */
	readonly version: string;
	readonly byteOrder: 'LE' | 'BE';
	readonly fields: readonly string[];
	/** The terms in number order, joined by newlines (a term never holds one). */
	readonly terms: string;
	readonly offsets: readonly SerializedArray[];
	readonly documents: readonly SerializedArray[];
	readonly weights: readonly SerializedArray[];
}

/** An array as data: base64 of its bytes (`'base64'`, for JSON) or itself (`'arrays'`, for a binary file). */
export function toSerializedArray(array: Int32Array, arrays: 'base64' | 'arrays'): SerializedArray {
	return arrays === 'base64' ? Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64') : array;
}

/** The array `toSerializedArray` made; throws an Error naming `name` when `value` is not one. */
export function fromSerializedArray(value: unknown, name: string): Int32Array {
	if (value instanceof Int32Array) return value;
	if (typeof value !== 'string') throw new Error(`\`${name}\` is not an array`);
	const bytes = Buffer.from(value, 'base64');
	if (bytes.byteLength % 4 !== 0) throw new Error(`\`${name}\` is not whole 32-bit numbers`);
	// A copy: the decoded bytes may sit at an offset a 32-bit view cannot start at.
	const array = new Int32Array(bytes.byteLength / 4);
	new Uint8Array(array.buffer).set(bytes);
	return array;
}

/** The posting lists as data: arrays as base64 (`'base64'`, for JSON) or as they are (`'arrays'`, for a binary file). */
export function serializePostingLists(postings: PostingLists, arrays: 'base64' | 'arrays'): SerializedPostingLists {
	const encode = (array: Int32Array) => toSerializedArray(array, arrays);
	return {
		version: lunr.version,
		byteOrder: endianness(),
		fields: [...postings.fields],
		terms: postings.terms.join('\n'),
		offsets: postings.offsets.map(encode),
		documents: postings.documents.map(encode),
		weights: postings.weights.map(encode),
	};
}

/**
 * Rebuilds posting lists from `serializePostingLists` output over `fields` and `documentCount`
 * papers; throws an Error naming what is malformed (wrong fields or byte order, arrays of the
 * wrong length, offsets out of order, paper numbers out of range).
 */
export function loadPostingLists(value: object, fields: readonly string[], documentCount: number): PostingLists {
	const data = value as Partial<Record<keyof SerializedPostingLists, unknown>>;
	if (data.byteOrder !== endianness()) throw new Error("`byteOrder` is not this machine's");
	if (!Array.isArray(data.fields) || data.fields.join('\n') !== fields.join('\n'))
		throw new Error(`\`fields\` are not ${fields.join(', ')}`);
	if (typeof data.terms !== 'string') throw new Error('`terms` is not a text');
	const terms = data.terms === '' ? [] : data.terms.split('\n');
	const arraysOf = (name: 'offsets' | 'documents' | 'weights') => {
		const list = data[name];
		if (!Array.isArray(list) || list.length !== fields.length) throw new Error(`\`${name}\` does not hold one array per field`);
		return list.map((array, field) => fromSerializedArray(array, `${name}[${field}]`));
	};
	const offsets = arraysOf('offsets');
	const documents = arraysOf('documents');
	const weights = arraysOf('weights');
	fields.forEach((_field, field) => {
		const fieldOffsets = offsets[field]!;
		const fieldDocuments = documents[field]!;
		if (fieldOffsets.length !== terms.length + 1 || fieldOffsets[0] !== 0) throw new Error(`\`offsets[${field}]\` does not fit the terms`);
		for (let term = 0; term < terms.length; term++) {
			if (fieldOffsets[term + 1]! < fieldOffsets[term]!) throw new Error(`\`offsets[${field}]\` is out of order`);
		}
		const postingCount = fieldOffsets[terms.length]!;
		if (fieldDocuments.length !== postingCount || weights[field]!.length !== postingCount) {
			throw new Error(`\`documents[${field}]\` or \`weights[${field}]\` does not fit the offsets`);
		}
		for (const document of fieldDocuments) {
			if (document < 0 || document >= documentCount) throw new Error(`\`documents[${field}]\` names a paper out of range`);
		}
	});
	return {
		fields,
		documentCount,
		terms,
		termNumbers: new Map(terms.map((term, number) => [term, number])),
		offsets,
		documents,
		weights,
	};
}
