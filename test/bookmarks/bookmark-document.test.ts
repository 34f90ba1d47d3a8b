import {describe, expect, test} from 'vitest';
import {bookmarksWithLongTitles, readDocument, serializeDocument, toBookmark} from '../../src/bookmarks/bookmark-document.js';

const good = {id: 'attention', title: 'Attention Is All You Need', addedAt: '2024-01-02T03:04:05.000Z'};

describe('readDocument', () => {
	test.each([
		[
			'a version-1 document',
			{version: 1, bookmarks: [good]},
			{kind: 'valid', document: {version: 1, bookmarks: [good], papers: {}, otherKeys: {}}},
		],
		['an empty object (no bookmarks yet)', {}, {kind: 'valid', document: {version: 1, bookmarks: [], papers: {}, otherKeys: {}}}],
		[
			'other settings beside the bookmarks are kept',
			{theme: 'dark', bookmarks: [good]},
			{kind: 'valid', document: {version: 1, bookmarks: [good], papers: {}, otherKeys: {theme: 'dark'}}},
		],
		[
			'a version-2 document with marks per paper, unknown fields kept',
			{version: 2, bookmarks: [good], papers: {attention: {readAt: good.addedAt, tags: ['nlp'], stars: 3}}},
			{
				kind: 'valid',
				document: {version: 2, bookmarks: [good], papers: {attention: {readAt: good.addedAt, tags: ['nlp'], stars: 3}}, otherKeys: {}},
			},
		],
		['papers that are not an object', {version: 2, papers: ['x']}, {kind: 'invalid', reason: '`papers` is a list, not an object'}],
		['a top-level list', [good], {kind: 'invalid', reason: 'the top level is a list, not an object'}],
		['null', null, {kind: 'invalid', reason: 'the top level is null, not an object'}],
		[
			'bookmarks that are not a list',
			{version: 1, bookmarks: {a: good}},
			{kind: 'invalid', reason: '`bookmarks` is an object, not a list'},
		],
		[
			'a version that is a string',
			{version: '1', bookmarks: []},
			{kind: 'invalid', reason: '`version` is a string, not a positive whole number'},
		],
		[
			'a version that is not whole',
			{version: 1.5, bookmarks: []},
			{kind: 'invalid', reason: '`version` is number 1.5, not a positive whole number'},
		],
		[
			'a newer version keeps what it can show',
			{version: 3, bookmarks: [good, 7], papers: {attention: {tags: ['nlp']}}, extra: true},
			{kind: 'newer', version: 3, bookmarks: [good], papers: {attention: {tags: ['nlp']}}},
		],
	])('%s', (_name, value, expected) => {
		expect(readDocument(value)).toEqual(expected);
	});

	test('malformed records and repeated ids are dropped and counted; unknown record fields are kept', () => {
		const withNote = {...good, id: 'bert', note: 'read later'};
		const records = [
			good,
			{id: '', title: 'x', addedAt: good.addedAt},
			{id: 'no-title', addedAt: good.addedAt},
			{id: 'bad-date', title: 'x', addedAt: 'yesterday'},
			'text',
			{...good, title: 'again'},
			withNote,
		];
		expect(readDocument({version: 1, bookmarks: records})).toEqual({
			kind: 'partly-valid',
			document: {version: 1, bookmarks: [good, withNote], papers: {}, otherKeys: {}},
			droppedCount: 5,
		});
	});

	test('malformed paper records are dropped and counted with the bookmarks', () => {
		const papers = {kept: {tags: ['a']}, date: {readAt: 'yesterday'}, tags: {tags: 'a,b'}, text: 'read', '': {tags: []}};
		expect(readDocument({version: 2, bookmarks: [good], papers})).toEqual({
			kind: 'partly-valid',
			document: {version: 2, bookmarks: [good], papers: {kept: {tags: ['a']}}, otherKeys: {}},
			droppedCount: 4,
		});
	});
});

describe('serializeDocument', () => {
	test('writes version 2 first, then bookmarks, papers, then other keys, tab-indented with a final newline', () => {
		const text = serializeDocument({version: 1, bookmarks: [good], papers: {}, otherKeys: {theme: 'dark'}});
		expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', 'bookmarks', 'papers', 'theme']);
		expect(text).toBe(`${JSON.stringify({version: 2, bookmarks: [good], papers: {}, theme: 'dark'}, undefined, '\t')}\n`);
	});

	test('round-trips through readDocument', () => {
		const document = {version: 2, bookmarks: [good, {...good, id: 'a.b'}], papers: {'a.b': {tags: ['x']}}, otherKeys: {theme: 'dark'}};
		expect(readDocument(JSON.parse(serializeDocument(document)))).toEqual({kind: 'valid', document});
	});
});

describe('toBookmark', () => {
	test('shows a title longer than a corpus title may be cut to 2,000 characters, and tells it apart', () => {
		const stored = {id: 'long', title: `\u001b[2J${'T'.repeat(160_000)}`, addedAt: '2026-01-02T03:04:05.000Z'};
		expect(toBookmark(stored)).toEqual({id: 'long', title: `${'T'.repeat(1999)}…`, addedAt: stored.addedAt});
		expect(bookmarksWithLongTitles([stored, {...stored, id: 'short', title: 'Short'}]).map(bookmark => bookmark.id)).toEqual(['long']);
	});
});
