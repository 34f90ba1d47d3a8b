import {describe, expect, test} from 'vitest';
import {idsWithNoteWords, splitNoteWords} from '../../src/text/note-words.js';

describe('splitNoteWords', () => {
	test.each([
		['lora', {query: 'lora', words: []}],
		['note:adapter', {query: '', words: ['adapter']}],
		['note:adapter lora', {query: ' lora', words: ['adapter']}],
		['lora NOTE:Adapter note:Réseau', {query: 'lora  ', words: ['adapter', 'reseau']}],
		['lora note:', {query: 'lora ', words: []}],
		['footnote:x', {query: 'footnote:x', words: []}],
	])('%j', (query, expected) => {
		expect(splitNoteWords(query)).toEqual(expected);
	});
});

describe('idsWithNoteWords', () => {
	const notes = new Map([
		['a', '# Title\n\nThe Adapter idea, réseau.'],
		['b', 'adapter only'],
		['c', 'nothing'],
	]);

	test('keeps notes holding every word, ignoring case and accents', () => {
		expect([...idsWithNoteWords(notes, ['adapter'])]).toEqual(['a', 'b']);
		expect([...idsWithNoteWords(notes, ['adapter', 'reseau'])]).toEqual(['a']);
		expect([...idsWithNoteWords(notes, ['missing'])]).toEqual([]);
	});
});
