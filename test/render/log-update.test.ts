import {stripVTControlCharacters} from 'node:util';
import {describe, expect, it} from 'vitest';
import inkLogUpdate from '../../node_modules/ink/build/log-update.js';
import logUpdate from './bundled-log-update.js';
import {mayHoldUnreliableCells} from '../../src/render/character-width.js';
import {createRandom, editLine, encodeLine, randomLine, type Line, type Random} from './random-frames.js';
import {propertyRuns} from '../support/property-runs.js';
import {createCaptureStream, createTerminal, cursorOf, screenCells, screenText, writeToTerminal} from './terminal-harness.js';

type CreateRenderer = typeof logUpdate.create;
type Frame = {output: string; cursor?: {x: number; y: number}};

const columns = 40;
const rows = 12;

/**
 * One seed's frames: either like the app (always `rows - 1` lines and a trailing newline,
 * sometimes with a cursor position) or of varying height, with or without the trailing newline
 * (a frame without one may fill the whole screen). Half the sequences start below a few lines of
 * shell prompt, as an inline Ink app does, so growing frames scroll the screen.
 */
function randomSequence(random: Random, frameCount: number): {promptLines: number; frames: Frame[]} {
	const isAppLike = random.chance(0.5);
	const promptLines = random.chance(0.5) ? 0 : 1 + random.integer(rows - 2);
	const exotic = random.chance(0.5);
	const maxWidth = columns - 4;
	const editChance = random.pick([0.1, 0.4, 0.9]);
	let lines: Line[] = Array.from({length: rows - 1}, () => randomLine(random, maxWidth, exotic));
	const frames: Frame[] = [];
	for (let index = 0; index < frameCount; index++) {
		if (index > 0) {
			lines = lines.map(line => (random.chance(editChance) ? editLine(random, line, maxWidth, exotic) : line));
			if (random.chance(0.2)) lines = [...lines.slice(1), randomLine(random, maxWidth, exotic)];
		}
		let height = rows - 1;
		let hasTrailingNewline = true;
		if (!isAppLike) {
			hasTrailingNewline = random.chance(0.7);
			height = 1 + random.integer(hasTrailingNewline ? rows - 1 : rows);
			while (lines.length < height) lines.push(randomLine(random, maxWidth, exotic));
		}
		const encoded = lines.slice(0, height).map(line => encodeLine(line, random.integer(4)));
		const output = encoded.join('\n') + (hasTrailingNewline ? '\n' : '');
		const cursor = isAppLike && random.chance(0.3) ? {x: random.integer(columns), y: random.integer(height)} : undefined;
		frames.push({output, cursor});
		if (cursor && random.chance(0.3)) {
			frames.push({output, cursor: {x: random.integer(columns), y: random.integer(height)}});
		}
	}
	return {promptLines, frames};
}

const describeFrame = (frame: Frame, written: string): string =>
	`frame ${JSON.stringify(frame.output)} cursor ${JSON.stringify(frame.cursor)}\nwritten ${JSON.stringify(written)}`;

/** What the renderer writes for `output` as a first frame: a full redraw, as a fresh start draws it. */
function drawnWhole(output: string): string {
	const capture = createCaptureStream();
	logUpdate.create(capture.stream, {incremental: true})(output);
	return capture.take();
}

/**
 * Renders one seed's frames through `create` into a terminal and returns the first mismatch
 * with what a full redraw of the same frame at the same place shows (text, every cell's
 * attributes, cursor), or undefined when every frame matched.
 */
async function findMismatch(create: CreateRenderer, seed: number, frameCount: number): Promise<string | undefined> {
	const random = createRandom(seed);
	const {promptLines, frames} = randomSequence(random, frameCount);
	const prompt = Array.from({length: promptLines}, (_, index) => `$ prompt line ${index}\n`);
	const capture = createCaptureStream();
	const render = create(capture.stream, {incremental: true});
	const terminal = createTerminal(columns, rows);
	const reference = createTerminal(columns, rows);
	await writeToTerminal(terminal, prompt.join(''));
	let top = promptLines;
	for (const [index, frame] of frames.entries()) {
		if (frame.cursor) render.setCursorPosition(frame.cursor);
		render(frame.output);
		const written = capture.take();
		const lines = frame.output.split('\n');
		const hasTrailingNewline = frame.output.endsWith('\n');
		const visibleCount = hasTrailingNewline ? lines.length - 1 : lines.length;
		const lastRow = hasTrailingNewline ? visibleCount : visibleCount - 1;
		// A frame reaching below the screen scrolls it up; frames never scroll it back down.
		top = Math.min(top, rows - 1 - lastRow);
		const visiblePrompt = prompt.slice(promptLines - top);
		reference.reset();
		await Promise.all([writeToTerminal(terminal, written), writeToTerminal(reference, visiblePrompt.join('') + drawnWhole(frame.output))]);
		const where = `seed ${seed}, frame ${index} (frame top at row ${top}): `;

		const referenceText = screenText(reference);
		const expectedText = Array.from({length: rows}, (_, row) => {
			if (row < top) return (visiblePrompt[row] ?? '').trimEnd();
			if (row - top >= visibleCount) return '';
			const line = lines[row - top] ?? '';
			// A line with characters whose width terminals disagree on is drawn safely (src/render/safe-line.ts).
			return mayHoldUnreliableCells(line) ? (referenceText[row] ?? '').trimEnd() : stripVTControlCharacters(line).trimEnd();
		});
		const actualText = screenText(terminal).map(line => line.trimEnd());
		const textRow = expectedText.findIndex((line, row) => line !== actualText[row]);
		if (textRow !== -1) {
			return `${where}row ${textRow} shows ${JSON.stringify(actualText[textRow])}, expected ${JSON.stringify(expectedText[textRow])}\n${describeFrame(frame, written)}`;
		}

		const actualCells = screenCells(terminal);
		const expectedCells = screenCells(reference);
		const cellIndex = expectedCells.findIndex((cell, position) => cell !== actualCells[position]);
		if (cellIndex !== -1) {
			return `${where}cell ${actualCells[cellIndex]}, a full redraw has ${expectedCells[cellIndex]}\n${describeFrame(frame, written)}`;
		}

		const actualCursor = cursorOf(terminal);
		const expectedCursor = frame.cursor
			? {x: frame.cursor.x, y: top + frame.cursor.y}
			: {x: hasTrailingNewline ? 0 : actualCursor.x, y: top + lastRow};
		if (actualCursor.x !== expectedCursor.x || actualCursor.y !== expectedCursor.y) {
			return `${where}cursor at ${JSON.stringify(actualCursor)}, expected ${JSON.stringify(expectedCursor)}\n${describeFrame(frame, written)}`;
		}
	}
	return undefined;
}

describe('incremental log-update (src/render) on a terminal emulator', () => {
	// 150 seeds in `npm test`, the first 30 in `npm run test:unit` (test/support/property-runs.ts).
	const seeds = propertyRuns({full: 150, quick: 30});

	it(`shows exactly what a full redraw shows, for ${seeds} random frame sequences`, async () => {
		for (let seed = 1; seed <= seeds; seed++) {
			const mismatch = await findMismatch(logUpdate.create, seed, 10);
			expect(mismatch, mismatch).toBeUndefined();
		}
	});

	it("the same check catches Ink 6.8's own incremental renderer (the ghost line)", async () => {
		let mismatch: string | undefined;
		for (let seed = 1; seed <= 20 && !mismatch; seed++) {
			mismatch = await findMismatch(inkLogUpdate.create, seed, 10);
		}
		expect(mismatch).toMatch(/^seed \d+, frame \d+ /);
	});

	it('leaves no ghost line when a frame ends with a newline, unlike the unpatched logic', async () => {
		const frames = ['alpha\nbeta\ngamma\n', 'ALPHA\nbeta\ngamma\n', 'ALPHA\nbeta\nGAMMA\n'];
		const show = async (create: CreateRenderer) => {
			const capture = createCaptureStream();
			const render = create(capture.stream, {incremental: true});
			const terminal = createTerminal(columns, 6);
			for (const frame of frames) {
				render(frame);
				await writeToTerminal(terminal, capture.take());
			}
			return screenText(terminal).map(line => line.trimEnd());
		};
		// Ink's frames drift one row down per render: the stale first row stays behind.
		expect(await show(inkLogUpdate.create)).toEqual(['alpha', 'ALPHA', 'gamma', '', 'GAMMA', '']);
		expect(await show(logUpdate.create)).toEqual(['ALPHA', 'beta', 'GAMMA', '', '', '']);
	});
});
