import {describe, expect, it} from 'vitest';
import inkLogUpdate from '../../node_modules/ink/build/log-update.js';
import logUpdate from './bundled-log-update.js';
import {createRandom} from './random-frames.js';
import {createCaptureStream, createTerminal, screenCells, writeToTerminal} from './terminal-harness.js';

const columns = 120;
const rows = 40;
const listColumns = 44;
const detailColumns = columns - listColumns - 2;
const esc = '\u001B';

const words =
	'the of model learning language large training data fine-tuning results method we show that our approach improves performance on benchmark tasks with fewer parameters and less compute than prior work'.split(
		' ',
	);

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
		expect(Math.max(...ours.bytes)).toBeLessThanOrEqual(2560);
	});

	it('never clears or sets a tab stop, nor writes a tab', async () => {
		const capture = createCaptureStream();
		const render = logUpdate.create(capture.stream, {incremental: true});
		let written = '';
		for (let selected = 0; selected <= 10; selected++) {
			render(twoPaneFrame(selected));
			written += capture.take();
		}
		expect(written).not.toMatch(/\u001B\[[03]?g|\u001BH|\t/);
	});
});
