import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {parsePageText} from '../../src/corpus/page-text.js';
import {seedMissingReason, seedPath} from './seed-path.js';

const abstract = (topic: string): string =>
	`We study ${topic} in depth and show that a simple method works well across many benchmarks, tasks and settings, with code released.`;

const CHROME = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community', 'Mar 13'];

describe('parsePageText on small pages', () => {
	it('reads title/abstract pairs and skips page chrome', () => {
		const text = [...CHROME, 'First Paper', abstract('one'), 'Second Paper', abstract('two')].join('\n\n');
		expect(parsePageText(text, 'page.txt')).toEqual([
			{title: 'First Paper', abstract: abstract('one'), line: 11},
			{title: 'Second Paper', abstract: abstract('two'), line: 15},
		]);
	});

	it('joins a block wrapped over several lines', () => {
		const text = `A Title Wrapped\nOver Two Lines\n\n${abstract('wrapping').replace(/ in /, '\nin\n')}\n`;
		expect(parsePageText(text, 'page.txt')).toEqual([
			{title: 'A Title Wrapped Over Two Lines', abstract: abstract('wrapping'), line: 1},
		]);
	});

	it('accepts CRLF line endings and whitespace-only separator lines', () => {
		const text = `Title One\r\n \t \r\n${abstract('crlf')}\r\n`;
		expect(parsePageText(text, 'page.txt')).toEqual([{title: 'Title One', abstract: abstract('crlf'), line: 1}]);
	});

	it('skips chrome between papers, such as a date header', () => {
		const text = ['Paper A', abstract('a'), 'Mar 12', 'Paper B', abstract('b')].join('\n\n');
		expect(parsePageText(text, 'page.txt').map((paper) => paper.title)).toEqual(['Paper A', 'Paper B']);
	});

	it('accepts a title that ends with a question mark', () => {
		const text = `Is Attention All You Need?\n\n${abstract('questions')}`;
		expect(parsePageText(text, 'page.txt')[0]?.title).toBe('Is Attention All You Need?');
	});

	it('cleans terminal controls out of titles and abstracts', () => {
		const text = `\u001b]0;pwned\u0007Safe \u001b[31mTitle\u001b[0m\n\n${abstract('escapes')}\u009b2J`;
		expect(parsePageText(text, 'page.txt')).toEqual([{title: 'Safe Title', abstract: abstract('escapes'), line: 1}]);
	});
});

const errorCases: ReadonlyArray<readonly [behaviour: string, text: string, message: RegExp]> = [
	['reports a page with no papers', CHROME.join('\n\n'), /^page\.txt: no papers found; page text lists each paper as a title line/],
	['reports a paragraph with no title before it', `Paper A\n\n${abstract('a')}\n\n${abstract('orphan')}`, /^page\.txt:5: paragraph "We study orphan in depth.*" has no title line before it/],
	['reports an abstract whose title ends like a sentence', `A title ending in a period.\n\n${abstract('x')}`, /^page\.txt:3: paragraph .* has no title line before it/],
];

describe('parsePageText errors', () => {
	it.each(errorCases)('%s', (_behaviour, text, message) => {
		expect(() => parsePageText(text, 'page.txt')).toThrow(CorpusError);
		expect(() => parsePageText(text, 'page.txt')).toThrow(message);
	});
});

const joinedCases: ReadonlyArray<readonly [behaviour: string, text: string, papers: Array<{title: string; abstract: string; line: number}>]> = [
	['reads a title directly followed by its abstract on the next line', `First Paper\n${abstract('one')}`, [{title: 'First Paper', abstract: abstract('one'), line: 1}]],
	['reads it after chrome that cannot be a title', ['Get trending papers in your email inbox!', `First Paper\n${abstract('one')}`].join('\n\n'), [{title: 'First Paper', abstract: abstract('one'), line: 3}]],
	['reads joined papers between ordinary ones', [`Paper A\n${abstract('a')}`, 'Paper B', abstract('b'), `Paper C\n${abstract('c')}`].join('\n\n'), [
		{title: 'Paper A', abstract: abstract('a'), line: 1},
		{title: 'Paper B', abstract: abstract('b'), line: 4},
		{title: 'Paper C', abstract: abstract('c'), line: 8},
	]],
	['reads a joined abstract that is itself wrapped over lines', `Paper A\n${abstract('a').replace(' in ', '\nin ')}`, [{title: 'Paper A', abstract: abstract('a'), line: 1}]],
	['still reads a wrapped abstract whose lines start in lower case after its title', `Paper A\n\nWe study things\nin depth ${abstract('a').slice(9)}`, [{title: 'Paper A', abstract: `We study things in depth ${abstract('a').slice(9)}`, line: 1}]],
];

describe('parsePageText with a title directly followed by its abstract', () => {
	it.each(joinedCases)('%s', (_behaviour, text, papers) => {
		expect(parsePageText(text, 'page.txt')).toEqual(papers);
	});
});

const ambiguousCases: ReadonlyArray<readonly [behaviour: string, text: string, message: string]> = [
	[
		'refuses a title-like chrome line before a joined paper, naming the joined block\'s line',
		['Mar 13', `First Paper\n${abstract('one')}`].join('\n\n'),
		'page.txt:3: a title directly followed by its abstract (no blank line between them) is ambiguous here: it could also be the abstract of "Mar 13" before it; put a blank line between each title and its abstract',
	],
	[
		'refuses chrome directly above a joined paper, naming the block\'s line',
		`Intro text\n\nMar 13\nFirst Paper\n${abstract('one')}`,
		'page.txt:3: a title directly followed by its abstract (no blank line between them) is ambiguous here: the title could be "Mar 13" or "Mar 13 First Paper"; put a blank line between each title and its abstract',
	],
];

describe('parsePageText refuses what could title a paper with page chrome', () => {
	it.each(ambiguousCases)('%s', (_behaviour, text, message) => {
		expect(() => parsePageText(text, 'page.txt')).toThrow(CorpusError);
		expect(() => parsePageText(text, 'page.txt')).toThrow(message);
	});
});

describe('parsePageText on the seed page', () => {
	it('reads 77 papers without any chrome line', ({skip}) => {
		skip(seedMissingReason !== undefined, seedMissingReason);
		const papers = parsePageText(readFileSync(seedPath, 'utf8'), seedPath);
		expect(papers).toHaveLength(77);
		expect(papers[0]).toMatchObject({title: 'Improving Large Language Model Fine-tuning for Solving Math Problems', line: 11});
		expect(papers.at(-1)?.title).toBe('Learning to Generate Research Idea with Dynamic Control');
		const titles = new Set(papers.map((paper) => paper.title));
		for (const chrome of CHROME) {
			expect(titles).not.toContain(chrome);
		}

		for (const paper of papers) {
			expect(paper.abstract.split(' ').length).toBeGreaterThan(100);
		}
	});
});
