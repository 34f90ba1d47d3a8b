// Ink 6.8's incremental renderer (build/log-update.js, MIT, Vadim Demedes), changed in three ways,
// all proven against a terminal emulator by test/render/log-update.test.ts:
// - it moves the cursor up `previousLines.length - 1` rows (Ink 6.7-6.8 moves one row too few when
//   the previous frame ended with a newline, leaving a ghost line), and never emits CSI 0 A (which
//   terminals read as "up one");
// - in a changed line it rewrites only the columns that differ (./line-diff.js), falling back to
//   Ink's whole-line rewrite when the line holds escape sequences other than SGR and OSC 8
//   hyperlinks, or characters whose width terminals disagree on before the last changed column;
// - it moves over unchanged rows with LF (CNL for long runs inside the previous frame, where it
//   cannot need to scroll);
// - it reaches the column where most rows change (a side pane's) with one HT instead of CHA: when a
//   frame starts most of its rows' changes at the same column, it clears the terminal's tab stops
//   and sets one there (TBC, HTS), for the frames after it. Each row moved to is then 4 bytes
//   shorter: a tenth of a navigation key's bytes at 120x40. The explorer's terminal session puts
//   the default stops back on every way out; frames never contain HT themselves (text is cleaned).
import ansiEscapes from 'ansi-escapes';
import cliCursor from 'cli-cursor';
import {
	cursorPositionChanged,
	buildCursorSuffix,
	buildCursorOnlySequence,
	buildReturnToBottomPrefix,
	hideCursorEscape,
} from './cursor-helpers.js';
import {diffLine} from './line-diff.js';
import {parseLine} from './styled-cells.js';
import {visibleLineCount} from './visible-line-count.js';

/** Above this many unchanged rows, one CNL (`ESC[nE`) is shorter than that many LFs. */
const longestLineFeedRun = 4;

/** Rows of one frame that must change from the same column before a tab stop is set there. */
const rowsForTabStop = 4;

/** Clears every tab stop, moves to a 0-based column and sets a stop there (TBC, CHA, HTS). */
const setOnlyTabStop = (column) => `\u001B[3g\u001B[${column + 1}G\u001BH`;

const cursorUpBy = (count) => (count > 0 ? ansiEscapes.cursorUp(count) : '');

/** Renders each frame by rewriting only the rows, and in them the columns, that changed. */
export const createIncremental = (stream, {showCursor = false} = {}) => {
	let previousLines = [];
	let previousOutput = '';
	let hasHiddenCursor = false;
	let cursorPosition;
	let cursorDirty = false;
	let previousCursorPosition;
	let cursorWasShown = false;
	// Whether a line written as is may have left a style or hyperlink open, so the next partial
	// rewrite must start by closing them instead of assuming the default state.
	// Evaluated lazily: after a whole frame is written, parsing every line only to answer this
	// would cost the first frame tens of milliseconds, and the answer is needed only when a
	// later frame rewrites part of a line.
	let styleMayBeOpenAfter = () => false;
	let parsedLines = new Map();
	// The column of the terminal's only tab stop when this renderer set it and nothing since can
	// have moved it (a resize, a full redraw); `wantedTabColumn` is where the last frame wanted it.
	let tabColumn;
	let wantedTabColumn;
	let tabColumns = stream.columns;
	const forgetTabStop = () => {
		tabColumn = undefined;
		wantedTabColumn = undefined;
	};
	const parse = (line) => {
		if (!parsedLines.has(line)) parsedLines.set(line, parseLine(line));
		return parsedLines.get(line);
	};
	const leavesStyleOpen = (lines) => lines.some((line) => parse(line)?.endsOpen !== false);
	const keepParsed = (lines) => {
		parsedLines = new Map(lines.filter((line) => parsedLines.has(line)).map((line) => [line, parsedLines.get(line)]));
	};
	const getActiveCursor = () => (cursorDirty ? cursorPosition : undefined);
	const hasChanges = (str, activeCursor) => {
		const cursorChanged = cursorPositionChanged(activeCursor, previousCursorPosition);
		return str !== previousOutput || cursorChanged;
	};
	const render = (str) => {
		if (!showCursor && !hasHiddenCursor) {
			cliCursor.hide(stream);
			hasHiddenCursor = true;
		}
		// Only use cursor if setCursorPosition was called since last render.
		// This ensures stale positions don't persist after component unmount.
		const activeCursor = getActiveCursor();
		cursorDirty = false;
		const cursorChanged = cursorPositionChanged(activeCursor, previousCursorPosition);
		if (!hasChanges(str, activeCursor)) {
			return false;
		}
		const nextLines = str.split('\n');
		const visibleCount = visibleLineCount(nextLines, str);
		const previousVisible = visibleLineCount(previousLines, previousOutput);
		if (str === previousOutput && cursorChanged) {
			stream.write(buildCursorOnlySequence({
				cursorWasShown,
				previousLineCount: previousLines.length,
				previousCursorPosition,
				visibleLineCount: visibleCount,
				cursorPosition: activeCursor,
			}));
			previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
			cursorWasShown = activeCursor !== undefined;
			return true;
		}
		const returnPrefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);
		if (stream.columns !== tabColumns) {
			tabColumns = stream.columns;
			forgetTabStop();
		}
		if (str === '\n' || previousOutput.length === 0) {
			forgetTabStop();
			const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
			stream.write(returnPrefix + ansiEscapes.eraseLines(previousLines.length) + str + cursorSuffix);
			cursorWasShown = activeCursor !== undefined;
			previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
			previousOutput = str;
			previousLines = nextLines;
			styleMayBeOpenAfter = () => leavesStyleOpen(nextLines);
			keepParsed(nextLines);
			return true;
		}
		const hasTrailingNewline = str.endsWith('\n');
		const buffer = [returnPrefix];
		// The cursor sits on row `previousLines.length - 1` of the previous frame (one below its
		// last line when it ended with a newline). Rows up to there exist on screen, so moving
		// down to them cannot scroll; LF is used beyond, where scrolling is wanted.
		const lastExistingRow = previousLines.length - 1;
		if (visibleCount < previousVisible) {
			const previousHadTrailingNewline = previousOutput.endsWith('\n');
			const extraSlot = previousHadTrailingNewline ? 1 : 0;
			buffer.push(ansiEscapes.eraseLines(previousVisible - visibleCount + extraSlot), cursorUpBy(visibleCount));
		} else {
			buffer.push(cursorUpBy(lastExistingRow));
		}
		if (wantedTabColumn !== undefined && wantedTabColumn !== tabColumn) {
			buffer.push(setOnlyTabStop(wantedTabColumn));
			tabColumn = wantedTabColumn;
		}
		// How many rows, reached from column 0, start changing at each column.
		const firstColumns = new Map();
		let row = 0;
		const moveDownTo = (targetRow) => {
			const count = targetRow - row;
			if (count > longestLineFeedRun && targetRow <= lastExistingRow) {
				buffer.push(`\u001B[${count}E`);
			} else if (count > 0) {
				buffer.push('\n'.repeat(count));
			}
			row = targetRow;
		};
		let styleMayBeOpen;
		for (let index = 0; index < visibleCount; index++) {
			const nextLine = nextLines[index];
			// Like Ink, the row under a frame that ended with a newline counts as an empty line;
			// rows further down are rewritten whole.
			const isKnownRow = index < previousLines.length;
			if (isKnownRow && nextLine === previousLines[index]) {
				continue;
			}
			const previousParsed = isKnownRow ? parse(previousLines[index]) : undefined;
			const nextParsed = parse(nextLine);
			// Moving down to a row (LF under ONLCR, or CNL) leaves the cursor at column 0.
			const fromColumnZero = index > row;
			const onFirstColumn = (column) => {
				if (fromColumnZero && column > 0) firstColumns.set(column, (firstColumns.get(column) ?? 0) + 1);
			};
			const update = previousParsed && nextParsed
				? diffLine(previousParsed, nextParsed, {startsWithReset: (styleMayBeOpen ??= styleMayBeOpenAfter()), fromColumnZero, tabColumn, onFirstColumn})
				: undefined;
			if (update === '') {
				continue;
			}
			moveDownTo(index);
			if (update === undefined) {
				buffer.push('\r' + nextLine + ansiEscapes.eraseEndLine);
				styleMayBeOpen = leavesStyleOpen([nextLine]);
			} else {
				buffer.push(update);
				styleMayBeOpen = false;
			}
		}
		if (styleMayBeOpen !== undefined) {
			const isOpen = styleMayBeOpen;
			styleMayBeOpenAfter = () => isOpen;
		}
		const [busiestColumn, busiestRows = 0] = [...firstColumns].sort((first, second) => second[1] - first[1])[0] ?? [];
		if (busiestRows >= rowsForTabStop) wantedTabColumn = busiestColumn;
		// Don't move past the last line when there's no trailing newline (fullscreen mode).
		moveDownTo(hasTrailingNewline ? visibleCount : visibleCount - 1);
		buffer.push(buildCursorSuffix(visibleCount, activeCursor));
		stream.write(buffer.join(''));
		cursorWasShown = activeCursor !== undefined;
		previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
		previousOutput = str;
		previousLines = nextLines;
		keepParsed(nextLines);
		return true;
	};
	render.clear = () => {
		forgetTabStop();
		const prefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);
		stream.write(prefix + ansiEscapes.eraseLines(previousLines.length));
		previousOutput = '';
		previousLines = [];
		previousCursorPosition = undefined;
		cursorWasShown = false;
	};
	render.done = () => {
		forgetTabStop();
		previousOutput = '';
		previousLines = [];
		previousCursorPosition = undefined;
		cursorWasShown = false;
		if (!showCursor) {
			cliCursor.show(stream);
			hasHiddenCursor = false;
		}
	};
	render.sync = (str) => {
		const activeCursor = cursorDirty ? cursorPosition : undefined;
		cursorDirty = false;
		const lines = str.split('\n');
		previousOutput = str;
		previousLines = lines;
		styleMayBeOpenAfter = () => leavesStyleOpen(lines);
		keepParsed(lines);
		if (!activeCursor && cursorWasShown) {
			stream.write(hideCursorEscape);
		}
		if (activeCursor) {
			stream.write(buildCursorSuffix(visibleLineCount(lines, str), activeCursor));
		}
		previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
		cursorWasShown = activeCursor !== undefined;
	};
	render.setCursorPosition = (position) => {
		cursorPosition = position;
		cursorDirty = true;
	};
	render.isCursorDirty = () => cursorDirty;
	render.willRender = (str) => hasChanges(str, getActiveCursor());
	return render;
};
