// Ink's createStandard from ink@6.8.0 build/log-update.js (MIT, Vadim Demedes), unchanged but for
// indentation and being exported: erase the previous frame, write the next one whole.
import ansiEscapes from 'ansi-escapes';
import cliCursor from 'cli-cursor';
import {
	cursorPositionChanged,
	buildCursorSuffix,
	buildCursorOnlySequence,
	buildReturnToBottomPrefix,
	hideCursorEscape,
} from './cursor-helpers.js';
import {visibleLineCount} from './visible-line-count.js';

/** Ink's non-incremental renderer. */
export const createStandard = (stream, {showCursor = false} = {}) => {
	let previousLineCount = 0;
	let previousOutput = '';
	let hasHiddenCursor = false;
	let cursorPosition;
	let cursorDirty = false;
	let previousCursorPosition;
	let cursorWasShown = false;
	const getActiveCursor = () => (cursorDirty ? cursorPosition : undefined);
	const hasChanges = (str, activeCursor) => {
		const cursorChanged = cursorPositionChanged(activeCursor, previousCursorPosition);
		return str !== previousOutput || cursorChanged;
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
		const lines = str.split('\n');
		const visibleCount = visibleLineCount(lines, str);
		const cursorSuffix = buildCursorSuffix(visibleCount, activeCursor);
		if (str === previousOutput && cursorChanged) {
			stream.write(
				buildCursorOnlySequence({
					cursorWasShown,
					previousLineCount,
					previousCursorPosition,
					visibleLineCount: visibleCount,
					cursorPosition: activeCursor,
				}),
			);
		} else {
			previousOutput = str;
			const returnPrefix = buildReturnToBottomPrefix(cursorWasShown, previousLineCount, previousCursorPosition);
			stream.write(returnPrefix + ansiEscapes.eraseLines(previousLineCount) + str + cursorSuffix);
			previousLineCount = lines.length;
		}
		previousCursorPosition = activeCursor ? {...activeCursor} : undefined;
		cursorWasShown = activeCursor !== undefined;
		return true;
	};
	render.clear = () => {
		const prefix = buildReturnToBottomPrefix(cursorWasShown, previousLineCount, previousCursorPosition);
		stream.write(prefix + ansiEscapes.eraseLines(previousLineCount));
		previousOutput = '';
		previousLineCount = 0;
		previousCursorPosition = undefined;
		cursorWasShown = false;
	};
	render.done = () => {
		previousOutput = '';
		previousLineCount = 0;
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
		const lines = str.split('\n');
		previousOutput = str;
		previousLineCount = lines.length;
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
