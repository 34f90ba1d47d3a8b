import {describe, expect, it} from 'vitest';
import inkLogUpdate from '../../node_modules/ink/build/log-update.js';
import logUpdate from './bundled-log-update.js';
import {createRandom, encodeLine, randomLine} from './random-frames.js';
import {createCaptureStream, createTerminal, screenText, writeToTerminal} from './terminal-harness.js';

type CreateRenderer = typeof logUpdate.create;

function randomFrames(seed: number, count: number, exotic = true): string[] {
	const random = createRandom(seed);
	return Array.from({length: count}, () => {
		const lines = Array.from({length: 1 + random.integer(8)}, () => encodeLine(randomLine(random, 30, exotic), random.integer(4)));
		return lines.join('\n') + (random.chance(0.7) ? '\n' : '');
	});
}

/** What `create`'s renderer writes for each step of `steps`, one string per step. */
function record(create: CreateRenderer, incremental: boolean, steps: Array<(render: ReturnType<CreateRenderer>) => void>): string[] {
	const capture = createCaptureStream();
	const render = create(capture.stream, {incremental});
	return steps.map(step => {
		step(render);
		return capture.take();
	});
}

describe('log-update (src/render) keeps what it does not change byte-identical to Ink 6.8', () => {
	it('the standard renderer writes exactly what Ink writes', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const steps = randomFrames(seed, 8).map((frame, index) => (render: ReturnType<CreateRenderer>) => {
				if (index % 3 === 2) render.setCursorPosition({x: index, y: 0});
				render(frame);
				if (index === 5) render.clear();
			});
			expect(record(logUpdate.create, false, steps)).toEqual(record(inkLogUpdate.create, false, steps));
		}
	});

	// Lines with characters whose width terminals disagree on are drawn safely instead (see
	// test/render/safe-line.test.ts); every other line is written as Ink writes it.
	it('the first frame, and the first after clear() or done(), are written as Ink writes them', () => {
		const [first = '', second = '', third = ''] = randomFrames(7, 3, false);
		const steps = [
			(render: ReturnType<CreateRenderer>) => render(first),
			(render: ReturnType<CreateRenderer>) => render.clear(),
			(render: ReturnType<CreateRenderer>) => render(second),
			(render: ReturnType<CreateRenderer>) => render.done(),
			(render: ReturnType<CreateRenderer>) => render(third),
		];
		const ours = record(logUpdate.create, true, steps);
		const ink = record(inkLogUpdate.create, true, steps);
		expect(ours).toEqual(ink);
		expect(ours[2]).toContain(second);
		expect(ours[4]).toContain(third);
	});

	it('after sync() the next frame is drawn over the frame written outside the renderer', async () => {
		const capture = createCaptureStream();
		const render = logUpdate.create(capture.stream, {incremental: true});
		const terminal = createTerminal(30, 8);
		// Ink writes a too-tall frame itself (after clearing the terminal), then calls sync().
		await writeToTerminal(terminal, 'one\ntwo\nthree\n');
		render.sync('one\ntwo\nthree\n');
		render('one\nTWO\n');
		await writeToTerminal(terminal, capture.take());
		expect(screenText(terminal).map(line => line.trimEnd())).toEqual(['one', 'TWO', '', '', '', '', '', '']);
	});
});
