import {cleanText} from '../text/clean-text.js';
import {CorpusError} from './corpus-error.js';
import {quoteSnippet} from './describe-value.js';

/** One paper read from page text: cleaned title and abstract, and the 1-based line of the title. */
export interface PageTextPaper {
	readonly title: string;
	readonly abstract: string;
	readonly line: number;
}

interface Block {
	readonly text: string;
	readonly line: number;
	/** The block's cleaned lines, before they are joined. */
	readonly lines: readonly string[];
}

/** Longest block that can be a title; the seed's longest title has 178 characters. */
const MAX_TITLE_LENGTH = 250;
/** Fewest words in an abstract paragraph; page chrome such as a sign-up line has fewer. */
const MIN_ABSTRACT_WORDS = 20;

const LAYOUT_HINT =
	`page text lists each paper as a title line, a blank line, then its abstract paragraph of ${MIN_ABSTRACT_WORDS} ` +
	'words or more (or use a JSON array of papers)';

/**
 * Parses "page text": a papers listing page saved as plain text. The text is cut into blocks
 * at blank lines (a block wrapped over several lines is joined with spaces; every line is
 * cleaned with `cleanText`, and a line that cleans to nothing counts as blank).
 * - A title-like block (at most 250 characters, no sentence break such as ". The" inside,
 *   not ending with `.` `!` `,` `;` `:`) directly followed by an abstract-like block (not
 *   title-like, at least 20 words) is a paper. A title may end with `?`.
 * - A block whose first lines are title-like and whose next line starts a sentence (a capital
 *   letter or a digit) and, with the lines after it, is abstract-like, is a paper too: a title
 *   directly followed by its abstract, without a blank line between them.
 * - Any other block is page chrome (a header, a date, a sign-up line) and is skipped.
 * Throws `CorpusError`:
 * - `<file>:<line>: a title directly followed by its abstract …` when a block could be read
 *   that way at more than one line, or could also be the abstract of a title-like block before
 *   it: reading it either way could title a paper with page chrome;
 * - `<file>:<line>: paragraph "…" has no title line before it; …` for an abstract-like block
 *   that does not follow a title, which would otherwise be lost silently;
 * - `<file>: no papers found; …` when no title/abstract pair exists.
 */
export function parsePageText(text: string, file: string): PageTextPaper[] {
	const blocks = splitBlocks(text);
	const papers: PageTextPaper[] = [];
	for (let index = 0; index < blocks.length; index++) {
		const block = blocks[index]!;
		const next = blocks[index + 1];
		const joined = joinedPaper(block, file);
		if (joined === undefined && isTitleLike(block.text) && next !== undefined && isAbstractLike(next.text)) {
			if (joinedPaper(next, file) !== undefined) {
				throw new CorpusError(file, `${AMBIGUOUS_HINT}: it could also be the abstract of ${quoteSnippet(block.text)} before it; ${BLANK_LINE_HINT}`, {line: next.line});
			}

			papers.push({title: block.text, abstract: next.text, line: block.line});
			index++;
		} else if (joined !== undefined) {
			papers.push(joined);
		} else if (isAbstractLike(block.text)) {
			throw new CorpusError(file, `paragraph ${quoteSnippet(block.text)} has no title line before it; ${LAYOUT_HINT}`, {
				line: block.line,
			});
		}
	}

	if (papers.length === 0) {
		throw new CorpusError(file, `no papers found; ${LAYOUT_HINT}`);
	}

	return papers;
}

const AMBIGUOUS_HINT = 'a title directly followed by its abstract (no blank line between them) is ambiguous here';
const BLANK_LINE_HINT = 'put a blank line between each title and its abstract';

/**
 * The block read as a title directly followed by its abstract, if it can be read so at exactly
 * one line; undefined if at none. Throws `CorpusError` naming the block's line if at several.
 */
function joinedPaper(block: Block, file: string): PageTextPaper | undefined {
	const splits: PageTextPaper[] = [];
	for (let count = 1; count < block.lines.length; count++) {
		const title = block.lines.slice(0, count).join(' ');
		const abstract = block.lines.slice(count).join(' ');
		if (isTitleLike(title) && /^[\p{Lu}\d]/u.test(block.lines[count]!) && isAbstractLike(abstract)) {
			splits.push({title, abstract, line: block.line});
		}
	}

	if (splits.length > 1) {
		throw new CorpusError(file, `${AMBIGUOUS_HINT}: the title could be ${splits.slice(0, 2).map(split => quoteSnippet(split.title)).join(' or ')}; ${BLANK_LINE_HINT}`, {line: block.line});
	}

	return splits[0];
}

function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	let lines: string[] = [];
	let firstLine = 0;
	const flush = (): void => {
		if (lines.length > 0) {
			blocks.push({text: lines.join(' '), line: firstLine, lines});
			lines = [];
		}
	};

	for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
		const line = cleanText(rawLine);
		if (line === '') {
			flush();
		} else {
			if (lines.length === 0) {
				firstLine = index + 1;
			}

			lines.push(line);
		}
	}

	flush();
	return blocks;
}

function isTitleLike(text: string): boolean {
	return text.length <= MAX_TITLE_LENGTH && !/[.!,;:]$/.test(text) && !/[.!]\s\p{Lu}/u.test(text);
}

function isAbstractLike(text: string): boolean {
	return !isTitleLike(text) && text.split(' ').length >= MIN_ABSTRACT_WORDS;
}
