// Ink 6.8's incremental renderer (build/log-update.js, MIT, Vadim Demedes), changed in these ways,
// all proven against a terminal emulator by test/render/log-update.test.ts:
// - it moves the cursor up `previousLines.length - 1` rows (Ink 6.7-6.8 moves one row too few when
//   the previous frame ended with a newline, leaving a ghost line), and never emits CSI 0 A (which
//   terminals read as "up one");
// - in a changed line it rewrites only the columns that differ (./line-diff.js), falling back to
//   Ink's whole-line rewrite when the line holds escape sequences other than SGR and OSC 8
//   hyperlinks;
// - a line holding characters whose width terminals disagree on (emoji sequences, flags, marks) is
//   always rewritten whole, from an erased row, with an absolute column move after each such
//   character (./safe-line.js): whatever width the terminal gives it, the rest of the row lands
//   where the frame says, and no other row is disturbed;
// - it moves over unchanged rows with LF (CNL for long runs inside the previous frame, where it
//   cannot need to scroll);
// - after the terminal's size changes, or `repaint()` (Ctrl-L, a resize event), the next frame is
//   drawn whole on a cleared screen from the top left (where the explorer's frame starts, on the
//   alternate screen): a terminal that re-wrapped its rows on a resize leaves nothing to erase
//   relative to. It never touches the terminal's tab stops.
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
import {mayHoldUnreliableCells, safeLine} from './safe-line.js';
import {parseLine} from './styled-cells.js';
import {visibleLineCount} from './visible-line-count.js';

/** Above this many unchanged rows, one CNL (`ESC[nE`) is shorter than that many LFs. */
const longestLineFeedRun = 4;

/** Cursor to the top left, then erase the whole screen (CUP, ED 2). */
const cleanScreen = '\u001B[H\u001B[2J';

const cursorUpBy = count => (count > 0 ? ansiEscapes.cursorUp(count) : '');

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
	// The terminal size the frame on screen was drawn for, and whether it must be drawn again
	// whole on a clean screen (`repaint()`).
	let paintedColumns = stream.columns;
	let paintedRows = stream.rows;
	let mustRepaint = false;
	const needsRepaint = () => mustRepaint || stream.columns !== paintedColumns || stream.rows !== paintedRows;
	const parse = line => {
		if (!parsedLines.has(line)) parsedLines.set(line, parseLine(line));
		return parsedLines.get(line);
	};
	const leavesStyleOpen = lines => lines.some(line => parse(line)?.endsOpen !== false);
	const keepParsed = lines => {
		parsedLines = new Map(lines.filter(line => parsedLines.has(line)).map(line => [line, parsedLines.get(line)]));
	};
	const getActiveCursor = () => (cursorDirty ? cursorPosition : undefined);
	const hasChanges = (str, activeCursor) => {
		const cursorChanged = cursorPositionChanged(activeCursor, previousCursorPosition);
		return str !== previousOutput || cursorChanged || needsRepaint();
	};
	/** A whole frame as written on a clean screen: lines holding unreliable cells made safe. */
	const wholeFrame = lines =>
		lines
			.map(line => {
				if (!mayHoldUnreliableCells(line)) return line;
				const parsed = parse(line);
				return parsed && parsed.firstUnreliable !== Number.POSITIVE_INFINITY ? safeLine(parsed) : line;
			})
			.join('\n');
	const remember = (str, lines, activeCursor) => {
		cursorWasShown = activeCursor !== undefined;
		previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
		previousOutput = str;
		previousLines = lines;
		keepParsed(lines);
	};
	const render = str => {
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
		if (needsRepaint()) {
			mustRepaint = false;
			paintedColumns = stream.columns;
			paintedRows = stream.rows;
			const hidePrefix = cursorWasShown ? hideCursorEscape : '';
			stream.write(hidePrefix + cleanScreen + wholeFrame(nextLines) + buildCursorSuffix(visibleCount, activeCursor));
			remember(str, nextLines, activeCursor);
			styleMayBeOpenAfter = () => leavesStyleOpen(nextLines);
			return true;
		}
		if (str === previousOutput && cursorChanged) {
			stream.write(
				buildCursorOnlySequence({
					cursorWasShown,
					previousLineCount: previousLines.length,
					previousCursorPosition,
					visibleLineCount: visibleCount,
					cursorPosition: activeCursor,
				}),
			);
			previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
			cursorWasShown = activeCursor !== undefined;
			return true;
		}
		const returnPrefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);
		if (str === '\n' || previousOutput.length === 0) {
			const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
			stream.write(returnPrefix + ansiEscapes.eraseLines(previousLines.length) + wholeFrame(nextLines) + cursorSuffix);
			remember(str, nextLines, activeCursor);
			styleMayBeOpenAfter = () => leavesStyleOpen(nextLines);
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
		let row = 0;
		const moveDownTo = targetRow => {
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
			const update =
				previousParsed && nextParsed
					? diffLine(previousParsed, nextParsed, {startsWithReset: (styleMayBeOpen ??= styleMayBeOpenAfter()), fromColumnZero})
					: undefined;
			if (update === '') {
				continue;
			}
			moveDownTo(index);
			if (update === undefined && nextParsed && nextParsed.firstUnreliable !== Number.POSITIVE_INFINITY) {
				buffer.push('\r' + safeLine(nextParsed, {erasesRow: true}));
				styleMayBeOpen = false;
			} else if (update === undefined) {
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
		// Don't move past the last line when there's no trailing newline (fullscreen mode).
		moveDownTo(hasTrailingNewline ? visibleCount : visibleCount - 1);
		buffer.push(buildCursorSuffix(visibleCount, activeCursor));
		stream.write(buffer.join(''));
		remember(str, nextLines, activeCursor);
		return true;
	};
	/** Draws the next frame whole on a cleared screen, whatever the terminal shows now. */
	render.repaint = () => {
		mustRepaint = true;
	};
	render.clear = () => {
		const prefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);
		stream.write(prefix + ansiEscapes.eraseLines(previousLines.length));
		previousOutput = '';
		previousLines = [];
		previousCursorPosition = undefined;
		cursorWasShown = false;
	};
	render.done = () => {
		previousOutput = '';
		previousLines = [];
		previousCursorPosition = undefined;
		cursorWasShown = false;
		if (!showCursor) {
			cliCursor.show(stream);
			hasHiddenCursor = false;
		}
	};
	render.sync = str => {
		const activeCursor = cursorDirty ? cursorPosition : undefined;
		cursorDirty = false;
		// Ink drew this frame itself, after clearing the terminal.
		mustRepaint = false;
		paintedColumns = stream.columns;
		paintedRows = stream.rows;
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
	render.setCursorPosition = position => {
		cursorPosition = position;
		cursorDirty = true;
	};
	render.isCursorDirty = () => cursorDirty;
	render.willRender = str => hasChanges(str, getActiveCursor());
	return render;
};
