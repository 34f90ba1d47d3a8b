import {describe, expect, test} from 'vitest';
import {cleanQuery, deleteLastWord, pastedLine} from '../../src/text/query-edit.js';

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

const pasted: Array<[description: string, text: string, line: string]> = [
	['plain text unchanged', 'low rank', 'low rank'],
	['a line feed becomes a space', 'lora\nbyq', 'lora byq'],
	['CRLF becomes one space', 'lora\r\nbyq', 'lora byq'],
	['a lone CR becomes a space', 'lora\rbyq', 'lora byq'],
	['a tab becomes a space', 'low\trank', 'low rank'],
	['each line break counts once', 'a\n\nb\n', 'a  b '],
	['NEL and the Unicode line separators become spaces', 'a\u0085b\u2028c\u2029d', 'a b c d'],
	['Esc and the rest of its sequence: the Esc is dropped', 'a\u001B[31mb', 'a[31mb'],
	['other C0 controls are dropped', 'a\u0000b\u0003c\u0007d', 'abcd'],
	['DEL is dropped', 'a\u007Fb', 'ab'],
	['C1 controls are dropped', 'a\u009Bb\u0090c', 'abc'],
	['bidi overrides and isolates are dropped', 'a\u202Eb\u2066c', 'abc'],
	['accents, CJK and emoji kept', 'naïve 語 🙂', 'naïve 語 🙂'],
];

describe('pastedLine', () => {
	test.each(pasted)('%s', (_description, text, line) => {
		expect(pastedLine(text)).toBe(line);
	});
});
