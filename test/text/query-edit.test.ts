import {describe, expect, test} from 'vitest';
import {cleanQuery, deleteLastWord} from '../../src/text/query-edit.js';

const cleaned: Array<[description: string, text: string, query: string]> = [
	['plain text unchanged', 'low rank', 'low rank'],
	['an empty query unchanged', '', ''],
	['a tab becomes a space', 'low\trank', 'low rank'],
	['line breaks become spaces', 'low\r\nrank', 'low  rank'],
	['an escape becomes a space', 'a\u001B[31mb', 'a [31mb'],
	['DEL becomes a space', 'a\u007Fb', 'a b'],
	['a C1 control becomes a space', 'a\u009Bb', 'a b'],
	['a bidi override becomes a space', 'a\u202Eb', 'a b'],
	['a bidi isolate becomes a space', 'a\u2066b', 'a b'],
	['accents and CJK kept', 'naïve 語', 'naïve 語'],
];

describe('cleanQuery', () => {
	test.each(cleaned)('%s', (_description, text, query) => {
		expect(cleanQuery(text)).toBe(query);
	});
});

const deletions: Array<[text: string, result: string]> = [
	['low rank', 'low '],
	['low rank ', 'low '],
	['low rank   ', 'low '],
	['lora', ''],
	['', ''],
	['   ', ''],
	['title:lora adapters', 'title:lora '],
	['a b c', 'a b '],
];

describe('deleteLastWord', () => {
	test.each(deletions)('turns %j into %j', (text, result) => {
		expect(deleteLastWord(text)).toBe(result);
	});
});
