import {fromSerializedArray, toSerializedArray, type SerializedArray} from './serialize-postings.js';
import type {TitleWords} from './title-ranking.js';

/** `TitleWords` as data (arrays as in `SerializedPostingLists`). */
export interface SerializedTitleWords {
	readonly offsets: SerializedArray;
	readonly words: SerializedArray;
}

/** The title words as data: arrays as base64 (for JSON) or as they are (for a binary file). */
export function serializeTitleWords(titles: TitleWords, arrays: 'base64' | 'arrays'): SerializedTitleWords {
	return {offsets: toSerializedArray(titles.offsets, arrays), words: toSerializedArray(titles.words, arrays)};
}

/** Rebuilds title words of `paperCount` papers over a vocabulary of `wordCount` words; throws an Error naming what is malformed. */
export function loadTitleWords(value: unknown, paperCount: number, wordCount: number): TitleWords {
	const data = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof SerializedTitleWords, unknown>>;
	const offsets = fromSerializedArray(data.offsets, 'offsets');
	const words = fromSerializedArray(data.words, 'words');
	if (offsets.length !== paperCount + 1 || offsets[0] !== 0 || offsets[paperCount] !== words.length)
		throw new Error('`offsets` do not fit the papers');
	for (let paper = 0; paper < paperCount; paper++) if (offsets[paper + 1]! < offsets[paper]!) throw new Error('`offsets` are out of order');
	for (const word of words) if (word < 0 || word >= wordCount) throw new Error('`words` names a word out of range');
	return {offsets, words};
}
