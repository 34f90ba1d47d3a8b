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
//
// Only this renderer is Ink's no more: the build patches Ink's build/log-update.js to call it for
// `incrementalRendering: true` and hands it Ink's own cursor helpers (build/cursor-helpers.js);
// Ink's standard renderer stays Ink's.
import type {Writable} from 'node:stream';
import ansiEscapes from 'ansi-escapes';
import cliCursor from 'cli-cursor';
import {cleanScreen, cursorNextLines} from './escape-sequences.js';
import {diffLine} from './line-diff.js';
import {mayHoldUnreliableCells} from './character-width.js';
import {safeLine} from './safe-line.js';
import {parseLine, type ParsedLine} from './styled-cells.js';
import {visibleLineCount} from './visible-line-count.js';

/** A cursor position relative to the top-left cell of the rendered output (Ink's `CursorPosition`). */
export type CursorPosition = {x: number; y: number};

/** What the renderer uses of Ink 6.8's build/cursor-helpers.js (the build passes Ink's module itself). */
export interface InkCursorHelpers {
	readonly hideCursorEscape: string;
	cursorPositionChanged(a: CursorPosition | undefined, b: CursorPosition | undefined): boolean;
	buildCursorSuffix(visibleLineCount: number, cursorPosition: CursorPosition | undefined): string;
	buildCursorOnlySequence(input: {
		cursorWasShown: boolean;
		previousLineCount: number;
		previousCursorPosition: CursorPosition | undefined;
		visibleLineCount: number;
		cursorPosition: CursorPosition | undefined;
	}): string;
	buildReturnToBottomPrefix(cursorWasShown: boolean, previousLineCount: number, previousCursorPosition: CursorPosition | undefined): string;
}

/** The stream a renderer writes to: a terminal's size when it has one. */
export type RenderStream = Writable & {columns?: number; rows?: number};

/** One renderer, Ink 6.8's `LogUpdate`: call it with each frame; it writes to its stream only what changed. */
export type LogUpdate = {
	(str: string): boolean;
	/** Draws the next frame whole on a cleared screen, whatever the terminal shows now. */
	repaint: () => void;
	clear: () => void;
	done: () => void;
	sync: (str: string) => void;
	setCursorPosition: (position: CursorPosition | undefined) => void;
	isCursorDirty: () => boolean;
	willRender: (str: string) => boolean;
};

/** Above this many unchanged rows, one CNL (`ESC[nE`) is shorter than that many LFs. */
const longestLineFeedRun = 4;

const cursorUpBy = (count: number) => (count > 0 ? ansiEscapes.cursorUp(count) : '');

/**
Renders each frame by rewriting only the rows, and in them the columns, that changed: Ink 6.8's
`createIncremental`, with Ink's cursor helpers passed in as `cursor`.
*/
export const createIncrementalLogUpdate = (
	stream: RenderStream,
	{showCursor = false}: {showCursor?: boolean} = {},
	cursor: InkCursorHelpers,
): LogUpdate => {
	const {cursorPositionChanged, buildCursorSuffix, buildCursorOnlySequence, buildReturnToBottomPrefix, hideCursorEscape} = cursor;
	let previousLines: string[] = [];
	let previousOutput = '';
	let hasHiddenCursor = false;
	let cursorPosition: CursorPosition | undefined;
	let cursorDirty = false;
	let previousCursorPosition: CursorPosition | undefined;
	let cursorWasShown = false;
	// Whether a line written as is may have left a style or hyperlink open, so the next partial
	// rewrite must start by closing them instead of assuming the default state.
	// Evaluated lazily: after a whole frame is written, parsing every line only to answer this
	// would cost the first frame tens of milliseconds, and the answer is needed only when a
	// later frame rewrites part of a line.
	let styleMayBeOpenAfter = () => false;
	let parsedLines = new Map<string, ParsedLine | undefined>();
	// The terminal size the frame on screen was drawn for, and whether it must be drawn again
	// whole on a clean screen (`repaint()`).
	let paintedColumns = stream.columns;
	let paintedRows = stream.rows;
	let mustRepaint = false;
	const needsRepaint = () => mustRepaint || stream.columns !== paintedColumns || stream.rows !== paintedRows;
	const parse = (line: string) => {
		if (!parsedLines.has(line)) parsedLines.set(line, parseLine(line));
		return parsedLines.get(line);
	};
	const leavesStyleOpen = (lines: readonly string[]) => lines.some(line => parse(line)?.endsOpen !== false);
	const keepParsed = (lines: readonly string[]) => {
		parsedLines = new Map(lines.filter(line => parsedLines.has(line)).map(line => [line, parsedLines.get(line)]));
	};
	const getActiveCursor = () => (cursorDirty ? cursorPosition : undefined);
	const hasChanges = (str: string, activeCursor: CursorPosition | undefined) => {
		const cursorChanged = cursorPositionChanged(activeCursor, previousCursorPosition);
		return str !== previousOutput || cursorChanged || needsRepaint();
	};
	/** A whole frame as written on a clean screen: lines holding unreliable cells made safe. */
	const wholeFrame = (lines: readonly string[]) =>
		lines
			.map(line => {
				if (!mayHoldUnreliableCells(line)) return line;
				const parsed = parse(line);
				return parsed && parsed.firstUnreliable !== Number.POSITIVE_INFINITY ? safeLine(parsed) : line;
			})
			.join('\n');
	const remember = (str: string, lines: string[], activeCursor: CursorPosition | undefined) => {
		cursorWasShown = activeCursor !== undefined;
		previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
		previousOutput = str;
		previousLines = lines;
		keepParsed(lines);
	};
	const render = (str: string): boolean => {
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
		const buffer: string[] = [returnPrefix];
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
		const moveDownTo = (targetRow: number) => {
			const count = targetRow - row;
			if (count > longestLineFeedRun && targetRow <= lastExistingRow) {
				buffer.push(cursorNextLines(count));
			} else if (count > 0) {
				buffer.push('\n'.repeat(count));
			}
			row = targetRow;
		};
		let styleMayBeOpen: boolean | undefined;
		for (let index = 0; index < visibleCount; index++) {
			const nextLine = nextLines[index]!;
			// Like Ink, the row under a frame that ended with a newline counts as an empty line;
			// rows further down are rewritten whole.
			const isKnownRow = index < previousLines.length;
			if (isKnownRow && nextLine === previousLines[index]) {
				continue;
			}
			const previousParsed = isKnownRow ? parse(previousLines[index]!) : undefined;
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
	const repaint = () => {
		mustRepaint = true;
	};
	const clear = () => {
		const prefix = buildReturnToBottomPrefix(cursorWasShown, previousLines.length, previousCursorPosition);
		stream.write(prefix + ansiEscapes.eraseLines(previousLines.length));
		previousOutput = '';
		previousLines = [];
		previousCursorPosition = undefined;
		cursorWasShown = false;
	};
	const done = () => {
		previousOutput = '';
		previousLines = [];
		previousCursorPosition = undefined;
		cursorWasShown = false;
		if (!showCursor) {
			cliCursor.show(stream);
			hasHiddenCursor = false;
		}
	};
	const sync = (str: string) => {
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
	const setCursorPosition = (position: CursorPosition | undefined) => {
		cursorPosition = position;
		cursorDirty = true;
	};
	const isCursorDirty = () => cursorDirty;
	const willRender = (str: string) => hasChanges(str, getActiveCursor());
	return Object.assign(render, {repaint, clear, done, sync, setCursorPosition, isCursorDirty, willRender});
};
