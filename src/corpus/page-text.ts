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
 * - Any other block is page chrome (a header, a date, a sign-up line) and is skipped.
 * Throws `CorpusError`:
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
		if (isTitleLike(block.text) && next !== undefined && isAbstractLike(next.text)) {
			papers.push({title: block.text, abstract: next.text, line: block.line});
			index++;
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

function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	let lines: string[] = [];
	let firstLine = 0;
	const flush = (): void => {
		if (lines.length > 0) {
			blocks.push({text: lines.join(' '), line: firstLine});
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
