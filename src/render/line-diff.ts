// Computes the bytes that turn one line already on screen into another by rewriting only the
// columns that differ. Assumes the cursor is somewhere on that line, with the default style and
// no hyperlink open (or `startsWithReset` set), and leaves it that way.
import {createCellWriter} from './cell-writer.js';
import {closeLink, cursorToColumn, eraseEndOfLine, resetStyle} from './escape-sequences.js';
import type {Cell, ParsedLine} from './styled-cells.js';

/** How `diffLine` may start. */
export interface DiffLineOptions {
	/** A style or hyperlink may be open before the line: close them first. */
	startsWithReset?: boolean;
	/** The cursor is at column 0 of the line. */
	fromColumnZero?: boolean;
}

type Span = {start: number; end: number};

const blankCell: Cell = {character: ' ', key: '', link: ''};

/** An equal run shorter than this stays inside a rewritten span; a longer one is skipped with a cursor move. */
const minimumSkippedRun = 8;

// A continuation cell's character is '', so comparing characters tells continuations apart too.
const sameCell = (first: Cell, second: Cell) =>
	first.character === second.character && first.key === second.key && first.link === second.link;

/** Moves to a 0-based column: CR for column 0, CHA (1-based) otherwise. */
const moveToColumn = (column: number) => (column === 0 ? '\r' : cursorToColumn(column));

/**
Differing column ranges `[start, end)`, joined across short equal runs. A range never starts or
ends inside a wide character: a continuation cell compares equal exactly when its wide character
does, and a wide character written at a range's last column covers its continuation too.
*/
function findChangedSpans(previousCells: readonly Cell[], nextCells: readonly Cell[]): Span[] {
	const width = Math.max(previousCells.length, nextCells.length);
	const spans: Span[] = [];
	for (let column = 0; column < width; column++) {
		if (sameCell(previousCells[column] ?? blankCell, nextCells[column] ?? blankCell)) continue;
		const last = spans.at(-1);
		if (last && column - last.end < minimumSkippedRun) {
			last.end = column + 1;
		} else {
			spans.push({start: column, end: column + 1});
		}
	}
	return spans;
}

/**
Bytes rewriting only the changed columns of `previous` into `next` (both from `parseLine`), ''
when they look the same, or undefined when a partial rewrite cannot be proven safe because a
column it relies on follows a character whose width terminals disagree on. Each span re-opens
the style and hyperlink of its first cell and closes them at its end. With `fromColumnZero` the
cursor is known to be at column 0.
*/
export function diffLine(
	previous: ParsedLine,
	next: ParsedLine,
	{startsWithReset = false, fromColumnZero = false}: DiffLineOptions = {},
): string | undefined {
	const changedSpans = findChangedSpans(previous.cells, next.cells);
	if (changedSpans.length === 0) return '';
	// The first span reaching past the new line's end is finished by erasing to the end of the line.
	const erasingIndex = changedSpans.findIndex(span => span.end > next.cells.length);
	const erasesTail = erasingIndex !== -1;
	const spans = erasesTail ? changedSpans.slice(0, erasingIndex + 1) : changedSpans;
	const lastSpan = spans.at(-1)!;
	const lastWrittenColumn = Math.min(lastSpan.end, next.cells.length);
	const lastKeptPreviousColumn = erasesTail ? lastSpan.start : lastSpan.end;
	if (next.firstUnreliable < lastWrittenColumn || previous.firstUnreliable < lastKeptPreviousColumn) {
		return undefined;
	}
	let output = startsWithReset ? resetStyle + closeLink : '';
	let cursor = fromColumnZero ? 0 : undefined;
	for (const span of spans) {
		if (cursor !== span.start) output += moveToColumn(span.start);
		const writer = createCellWriter();
		for (let column = span.start; column < Math.min(span.end, next.cells.length); column++) {
			const cell = next.cells[column]!;
			if (cell.character === '') continue;
			output += writer.enter(cell) + cell.character;
		}
		output += writer.close();
		cursor = Math.min(span.end, next.cells.length);
	}
	return erasesTail ? output + eraseEndOfLine : output;
}
