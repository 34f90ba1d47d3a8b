import {describe, expect, it} from 'vitest';
import {paperClipboardText} from '../../src/citation/clipboard-text.js';
import type {Paper} from '../../src/types.js';

function paper(fields: Partial<Paper>): Paper {
	return {id: 'p', title: 'Attention Is All You Need', abstract: 'x', authors: [], links: [], ...fields};
}

describe('paperClipboardText', () => {
	it.each([
		[
			'the title and the first link',
			paper({links: ['https://a.org', 'https://b.org'], url: 'https://c.org'}),
			'Attention Is All You Need\nhttps://a.org',
		],
		['the title and the url when there are no links', paper({url: 'https://c.org'}), 'Attention Is All You Need\nhttps://c.org'],
		['only the title without any link', paper({}), 'Attention Is All You Need'],
	])('is %s', (_name, input, expected) => {
		expect(paperClipboardText(input)).toBe(expected);
	});
});
