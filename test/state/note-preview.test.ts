import {describe, expect, test} from 'vitest';
import {notePreview} from '../../src/state/note-preview.js';

describe('notePreview', () => {
	test('skips the title heading a note starts with and blank lines, keeps four lines and counts the rest', () => {
		expect(notePreview('# A Title\n\none\n\ntwo\nthree\nfour\nfive\n')).toEqual({lines: ['one', 'two', 'three', 'four'], moreLines: 1});
	});

	test('keeps a first line that is not a heading, and later headings', () => {
		expect(notePreview('first\n## Later\n')).toEqual({lines: ['first', '## Later'], moreLines: 0});
	});

	test('is undefined for a note with only its heading or only blank lines', () => {
		expect(notePreview('# A Title\n\n')).toBeUndefined();
		expect(notePreview('\n  \n')).toBeUndefined();
	});

	test('drops escape sequences and control characters from the file', () => {
		expect(notePreview('\u001B[2J\u001B]0;title\u0007safe\u0007 text\r\n')).toEqual({lines: ['safe text'], moreLines: 0});
	});
});
