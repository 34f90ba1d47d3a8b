import {describe, expect, it} from 'vitest';
import {toMarkdown} from '../../src/citation/markdown.js';
import type {Bookmark, Paper} from '../../src/types.js';

function paper(fields: Partial<Paper> & {title: string}): Paper {
	return {id: 'p', abstract: '', authors: [], links: [], ...fields};
}

const missingBookmark: Bookmark = {id: 'gone', title: 'A Paper No Longer in the Corpus', addedAt: '2024-01-01T00:00:00.000Z'};

describe('toMarkdown', () => {
	it.each([
		[
			'links the title and adds the first sentence',
			paper({
				title: 'Attention Is All You Need',
				abstract: 'We propose the Transformer. It is fast.',
				links: ['https://arxiv.org/abs/1706.03762'],
			}),
			'- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) — We propose the Transformer.\n',
		],
		['uses the url field when there are no links', paper({title: 'T', url: 'https://x.org'}), '- [T](https://x.org)\n'],
		['leaves the title plain without a link', paper({title: 'Plain', abstract: 'One. Two.'}), '- Plain — One.\n'],
		['shows only the title of a bookmark whose paper is missing', missingBookmark, '- A Paper No Longer in the Corpus\n'],
		[
			'escapes Markdown in titles',
			paper({title: '[x] *bold* _it_ `code` <b> ~~s~~ a|b \\', links: ['https://x.org']}),
			'- [\\[x\\] \\*bold\\* \\_it\\_ \\`code\\` \\<b\\> \\~\\~s\\~\\~ a\\|b \\\\](https://x.org)\n',
		],
		['escapes an entity so it shows literally', paper({title: 'AT&amp;T & co'}), '- AT\\&amp;T & co\n'],
		[
			'escapes Markdown in the sentence',
			paper({title: 'T', abstract: 'Uses *stars* and [refs].'}),
			'- T — Uses \\*stars\\* and \\[refs\\].\n',
		],
		['escapes a plain title that would start a heading', paper({title: '# Heading'}), '- \\# Heading\n'],
		['escapes a plain title that would start a nested list', paper({title: '- dash'}), '- \\- dash\n'],
		['escapes a plain title that would start an ordered list', paper({title: '1. First'}), '- 1\\. First\n'],
		[
			'keeps parentheses and spaces in the link usable',
			paper({title: 'Wiki', links: ['https://en.wikipedia.org/wiki/Set_(mathematics) x']}),
			'- [Wiki](https://en.wikipedia.org/wiki/Set_\\(mathematics\\)%20x)\n',
		],
		['collapses whitespace in the title', paper({title: 'Two\n  lines'}), '- Two lines\n'],
	])('%s', (_name, entry, expected) => {
		expect(toMarkdown([entry])).toBe(expected);
	});

	it('makes one item per entry in order, papers and bookmarks mixed', () => {
		expect(toMarkdown([paper({title: 'First'}), missingBookmark, paper({title: 'Last'})])).toBe(
			'- First\n- A Paper No Longer in the Corpus\n- Last\n',
		);
	});

	it('is empty for no entries', () => {
		expect(toMarkdown([])).toBe('');
	});
});
