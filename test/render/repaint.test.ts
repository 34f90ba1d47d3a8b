import {describe, expect, it} from 'vitest';
import logUpdate from './bundled-log-update.js';
import {createCaptureStream, createTerminal, screenText, writeToTerminal} from './terminal-harness.js';

const esc = '\u001B';
const clean = `${esc}[H${esc}[2J`;

/** A frame of `rows - 1` lines as wide as `columns`, like the explorer's. */
function frame(columns: number, rows: number, selected: number): string {
	const lines = Array.from({length: rows - 1}, (_, row) =>
		`${row === selected ? '>' : ' '} row ${row} `.padEnd(columns, row % 2 === 0 ? '.' : '-'),
	);
	return `${lines.join('\n')}\n`;
}

function renderer(columns: number, rows: number) {
	const capture = createCaptureStream();
	const stream = Object.assign(capture.stream, {columns, rows});
	return {stream, capture, render: logUpdate.create(stream, {incremental: true})};
}

describe('after a resize the renderer repaints on a clean screen', () => {
	it('a narrower terminal that re-wrapped its rows shows exactly the new frame', async () => {
		const {stream, capture, render} = renderer(40, 10);
		const terminal = createTerminal(40, 10);
		render(frame(40, 10, 0));
		await writeToTerminal(terminal, capture.take());
		terminal.resize(30, 10);
		Object.assign(stream, {columns: 30});
		render(frame(30, 10, 1));
		const written = capture.take();
		expect(written.startsWith(clean)).toBe(true);
		await writeToTerminal(terminal, written);
		const fresh = createTerminal(30, 10);
		await writeToTerminal(fresh, frame(30, 10, 1));
		expect(screenText(terminal)).toEqual(screenText(fresh));
	});

	it('a height change repaints too, even when the frame is the same', () => {
		const {stream, capture, render} = renderer(40, 10);
		render(frame(40, 10, 0));
		capture.take();
		Object.assign(stream, {rows: 12});
		render(frame(40, 10, 0));
		expect(capture.take()).toBe(clean + frame(40, 10, 0));
		render(frame(40, 10, 1));
		expect(capture.take()).not.toContain(clean);
	});

	it('repaint() makes the next frame a clean repaint, once', () => {
		const {capture, render} = renderer(40, 10);
		render(frame(40, 10, 0));
		capture.take();
		render.repaint?.();
		expect(render.willRender(frame(40, 10, 0))).toBe(true);
		render(frame(40, 10, 0));
		expect(capture.take()).toBe(clean + frame(40, 10, 0));
		expect(render(frame(40, 10, 0))).toBe(false);
	});

	it('sync() after Ink drew a frame itself cancels a pending repaint', () => {
		const {capture, render} = renderer(40, 10);
		render(frame(40, 10, 0));
		capture.take();
		render.repaint?.();
		render.sync(frame(40, 10, 1));
		render(frame(40, 10, 2));
		expect(capture.take()).not.toContain(clean);
	});
});
