// Computes the bytes that turn one line already on screen into another by rewriting only the
// columns that differ. Assumes the cursor is somewhere on that line, with the default style and
// no hyperlink open (or `startsWithReset` set), and leaves it that way.

const blankCell = {character: ' ', key: '', link: ''};
const reset = '\u001B[m';
const closeLink = '\u001B]8;;\u001B\\';
const eraseEndOfLine = '\u001B[K';

/** An equal run shorter than this stays inside a rewritten span; a longer one is skipped with a cursor move. */
const minimumSkippedRun = 8;

// A continuation cell's character is '', so comparing characters tells continuations apart too.
const sameCell = (first, second) => first.character === second.character && first.key === second.key && first.link === second.link;

/** Moves to a 0-based column: CR for column 0, CHA (1-based) otherwise. */
const moveToColumn = column => (column === 0 ? '\r' : `\u001B[${column + 1}G`);

/**
Differing column ranges `[start, end)`, joined across short equal runs. A range never starts or
ends inside a wide character: a continuation cell compares equal exactly when its wide character
does, and a wide character written at a range's last column covers its continuation too.
*/
function findChangedSpans(previousCells, nextCells) {
	const width = Math.max(previousCells.length, nextCells.length);
	const spans = [];
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

/** SGR sequence switching from style `fromKey` to `toKey` (both canonical parameter lists). */
function switchStyle(fromKey, toKey) {
	if (toKey === '') return reset;
	return fromKey === '' ? `\u001B[${toKey}m` : `\u001B[0;${toKey}m`;
}

/**
Bytes rewriting only the changed columns of `previous` into `next` (both from `parseLine`), ''
when they look the same, or undefined when a partial rewrite cannot be proven safe because a
column it relies on follows a character whose width terminals disagree on. Each span re-opens
the style and hyperlink of its first cell and closes them at its end. With `fromColumnZero` the
cursor is known to be at column 0.
*/
export function diffLine(previous, next, {startsWithReset = false, fromColumnZero = false} = {}) {
	const changedSpans = findChangedSpans(previous.cells, next.cells);
	if (changedSpans.length === 0) return '';
	// The first span reaching past the new line's end is finished by erasing to the end of the line.
	const erasingIndex = changedSpans.findIndex(span => span.end > next.cells.length);
	const erasesTail = erasingIndex !== -1;
	const spans = erasesTail ? changedSpans.slice(0, erasingIndex + 1) : changedSpans;
	const lastSpan = spans.at(-1);
	const lastWrittenColumn = Math.min(lastSpan.end, next.cells.length);
	const lastKeptPreviousColumn = erasesTail ? lastSpan.start : lastSpan.end;
	if (next.firstUnreliable < lastWrittenColumn || previous.firstUnreliable < lastKeptPreviousColumn) {
		return undefined;
	}
	let output = startsWithReset ? reset + closeLink : '';
	let cursor = fromColumnZero ? 0 : undefined;
	for (const span of spans) {
		if (cursor !== span.start) output += moveToColumn(span.start);
		let key = '';
		let link = '';
		for (let column = span.start; column < Math.min(span.end, next.cells.length); column++) {
			const cell = next.cells[column];
			if (cell.character === '') continue;
			if (cell.link !== link) {
				output += (link === '' ? '' : closeLink) + cell.link;
				link = cell.link;
			}
			if (cell.key !== key) {
				output += switchStyle(key, cell.key);
				key = cell.key;
			}
			output += cell.character;
		}
		output += (link === '' ? '' : closeLink) + (key === '' ? '' : reset);
		cursor = Math.min(span.end, next.cells.length);
	}
	return erasesTail ? output + eraseEndOfLine : output;
}
