import {describe, expect, it} from 'vitest';
import inkLogUpdate from '../../node_modules/ink/build/log-update.js';
import logUpdate from '../../scripts/ink/log-update.js';
import {createRandom} from './random-frames.js';
import {createCaptureStream, createTerminal, screenCells, writeToTerminal} from './terminal-harness.js';

const columns = 120;
const rows = 40;
const listColumns = 44;
const detailColumns = columns - listColumns - 2;
const esc = '\u001B';

const words = 'the of model learning language large training data fine-tuning results method we show that our approach improves performance on benchmark tasks with fewer parameters and less compute than prior work'.split(' ');

/** Greedy word wrap of `text` to `width` columns (ASCII). */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	return line ? [...lines, line] : lines;
}

const titles = Array.from({length: 77}, (_, index) => `Paper ${index + 1}: ${words.slice(index % 20, (index % 20) + 5).join(' ')}`);
const abstracts = titles.map((_, index) => {
	const random = createRandom(index + 1);
	return Array.from({length: 180}, () => random.pick(words)).join(' ');
});

/** A frame shaped like the app's: search line, list | detail, status line; `rows - 1` lines and a newline. */
function twoPaneFrame(selected: number): string {
	const contentRows = rows - 3;
	const detail = [`${esc}[1m${titles[selected]}${esc}[22m`, '', ...wrap(abstracts[selected] ?? '', detailColumns)];
	const lines = [`${esc}[36m/${esc}[39m ${esc}[2msearch papers${esc}[22m`];
	for (let row = 0; row < contentRows; row++) {
		const title = (titles[row] ?? '').slice(0, listColumns - 2).padEnd(listColumns - 2);
		const item = row === selected ? `${esc}[7m${esc}[1m> ${title}${esc}[22m${esc}[27m` : `  ${title}`;
		lines.push(`${item}${esc}[90m│ ${esc}[39m${detail[row] ?? ''}`.trimEnd());
	}
	lines.push(`${esc}[2m${selected + 1}/77  j/k move  / search  b bookmark  ? help${esc}[22m`);
	return `${lines.join('\n')}\n`;
}

/** Bytes `create`'s renderer writes for each frame after the first. */
async function bytesPerMove(create: typeof logUpdate.create, moves: number): Promise<{bytes: number[]; mismatches: number}> {
	const capture = createCaptureStream();
	const render = create(capture.stream, {incremental: true});
	const terminal = createTerminal(columns, rows);
	const reference = createTerminal(columns, rows);
	render(twoPaneFrame(0));
	await writeToTerminal(terminal, capture.take());
	const bytes: number[] = [];
	let mismatches = 0;
	for (let selected = 1; selected <= moves; selected++) {
		const frame = twoPaneFrame(selected);
		render(frame);
		const written = capture.take();
		bytes.push(Buffer.byteLength(written));
		reference.reset();
		await Promise.all([writeToTerminal(terminal, written), writeToTerminal(reference, frame)]);
		if (screenCells(terminal).join('\n') !== screenCells(reference).join('\n')) mismatches++;
	}
	return {bytes, mismatches};
}

describe('bytes per navigation key in a two-pane frame at 120x40', () => {
	it('writes far fewer bytes than Ink 6.8 and still matches a full redraw', async () => {
		const ours = await bytesPerMove(logUpdate.create, 10);
		const ink = await bytesPerMove(inkLogUpdate.create, 10);
		const total = (samples: number[]) => samples.reduce((sum, value) => sum + value, 0);
		expect(ours.mismatches).toBe(0);
		expect(total(ours.bytes)).toBeLessThan(total(ink.bytes) * 0.6);
		expect(Math.max(...ours.bytes)).toBeLessThanOrEqual(2048);
	});
});

describe('a tab stop at the detail pane', () => {
	const detailColumn = listColumns + 2;
	const setStop = `${esc}[3g${esc}[${detailColumn + 1}G${esc}H`;

	/** Renders selections `from`..`to` and returns what each frame wrote, checking each against a full redraw. */
	async function frames(render: ReturnType<typeof logUpdate.create>, capture: ReturnType<typeof createCaptureStream>, terminal: ReturnType<typeof createTerminal>, selections: number[]) {
		const written: string[] = [];
		const reference = createTerminal(columns, rows);
		for (const selected of selections) {
			const frame = twoPaneFrame(selected);
			render(frame);
			written.push(capture.take());
			reference.reset();
			await Promise.all([writeToTerminal(terminal, written.at(-1)!), writeToTerminal(reference, frame)]);
			expect(screenCells(terminal).join('\n')).toBe(screenCells(reference).join('\n'));
		}
		return written;
	}

	it('is set after a frame that changed most rows there, then reached with HT', async () => {
		const capture = createCaptureStream();
		const render = logUpdate.create(capture.stream, {incremental: true});
		const terminal = createTerminal(columns, rows);
		const written = await frames(render, capture, terminal, [0, 1, 2, 3]);
		// The first frame is written whole; the second moves to the pane with CHA and finds it busy.
		expect(written[1]).not.toContain(`${esc}[3g`);
		expect(written[1]).toContain(`${esc}[${detailColumn + 1}G`);
		expect(written[2]).toContain(setStop);
		expect(written[2]!.split('\t').length - 1).toBeGreaterThan(10);
		expect(written[3]).not.toContain(`${esc}[3g`);
		expect(written[3]!.split('\t').length - 1).toBeGreaterThan(10);
		// Every move to the pane is now one byte instead of five.
		expect(written[3]).not.toContain(`${esc}[${detailColumn + 1}G`);
	});

	it('is not used after the terminal width changes, until set again', async () => {
		const capture = createCaptureStream();
		const stream = Object.assign(capture.stream, {columns});
		const render = logUpdate.create(stream, {incremental: true});
		const terminal = createTerminal(columns, rows);
		await frames(render, capture, terminal, [0, 1, 2]);
		// A resize may leave stops anywhere (xterm.js adds default ones in new columns, for one).
		await writeToTerminal(terminal, `${esc}[9G${esc}H`);
		stream.columns = columns - 1;
		const [afterResize, next] = await frames(render, capture, terminal, [3, 4]);
		expect(afterResize).not.toContain('\t');
		expect(next).toContain(setStop);
	});
});
