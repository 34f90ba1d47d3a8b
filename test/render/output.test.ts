import {describe, expect, it} from 'vitest';
// Ink's own Output: the reference for ours.
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../src/render/output.js';
import {parseLine, type Cell} from '../../src/render/styled-cells.js';
import {createTerminal, screenCells, writeToTerminal} from './terminal-harness.js';
import {createRandom} from './random-frames.js';
import {propertyRuns} from '../support/property-runs.js';

type Transformer = (line: string, index: number) => string;
type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}}
	| {type: 'unclip'};

interface OutputLike {
	write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
	clip(clip: Operation & {type: 'clip'} extends {clip: infer C} ? C : never): void;
	unclip(): void;
	get(): {output: string; height: number};
}

const pieces = [
	'Prompt tuning',
	'abc',
	' ',
	'  ',
	'x',
	'…',
	'│ ',
	'–',
	'é',
	'Ω',
	'\u001B[1m\u001B[96mtitle\u001B[39m\u001B[22m',
	'\u001B[7mmarked\u001B[27m',
	'\u001B[38;5;208morange\u001B[39m',
	'\u001B[48;2;1;2;3mbg\u001B[49m',
	'\u001B[4;94mlink text\u001B[24;39m',
	'\u001B[2mdim\u001B[22m',
	'\u001B[3mitalic\u001B[23m',
	// Ink's tokenizer reads OSC 8 ended by BEL only (ST-ended links are tested apart below). No
	// full reset (ESC[m, ESC[0m) inside a line: Ink's tokenizer takes ESC[m for a style and
	// slice-ansi drops a reset that follows an opening code, so there Ink's cells differ from
	// what a terminal shows for the same text. chalk, which styles all text drawn, writes neither.
	// Nor styles left open: after one, Ink's cells can lose a style the text re-opens (bold after
	// a dim inside it), where the joined row keeps what the terminal shows. Tested apart below.
	'\u001B]8;;https://example.org\u0007https://example.org\u001B]8;;\u0007',
	'中文',
	'😀',
	'e\u0301',
	'ｶﾀ',
	'\u001B[31m中\u001B[39m',
];

function randomLine(next: () => number): string {
	return Array.from({length: Math.floor(next() * 4)}, () => pieces[Math.floor(next() * pieces.length)]).join('');
}

const inverse: Transformer = line => `\u001B[7m${line}\u001B[27m`;
const numbered: Transformer = (line, index) => `${index}:${line}`;

function randomOperations(next: () => number, width: number, height: number): Operation[] {
	const operations: Operation[] = [];
	let depth = 0;
	for (let count = Math.floor(next() * 14); count > 0; count--) {
		const choice = next();
		if (choice < 0.12) {
			const x1 = Math.floor(next() * width);
			const y1 = Math.floor(next() * height);
			const clip =
				next() < 0.2
					? {x1, x2: x1 + Math.floor(next() * width)}
					: {x1, x2: x1 + Math.floor(next() * width), y1, y2: y1 + Math.floor(next() * height)};
			operations.push({type: 'clip', clip});
			depth++;
		} else if (choice < 0.18 && depth > 0) {
			operations.push({type: 'unclip'});
			depth--;
		} else {
			const lines = Array.from({length: 1 + Math.floor(next() * 3)}, () => randomLine(next));
			const transformers = next() < 0.2 ? [next() < 0.5 ? inverse : numbered] : [];
			// Mostly side by side, as Ink lays out boxes; sometimes overlapping or off the edge.
			const x = next() < 0.1 ? -2 : Math.floor(next() * width);
			const y = next() < 0.05 ? -1 : Math.floor(next() * height);
			operations.push({type: 'write', x, y, text: lines.join('\n'), transformers});
		}
	}
	return operations;
}

function render(output: OutputLike, operations: Operation[]): {output: string; height: number} {
	for (const operation of operations) {
		if (operation.type === 'write') output.write(operation.x, operation.y, operation.text, {transformers: operation.transformers});
		else if (operation.type === 'clip') output.clip(operation.clip);
		else output.unclip();
	}
	return output.get();
}

/** A row as cells, without the blank cells it ends with (Ink trims them too). */
function cellsOf(row: string, side = ''): Cell[] {
	const parsed = parseLine(row);
	if (parsed === undefined) throw new Error(`unparsable ${side} row ${JSON.stringify(row)}`);
	const cells = [...parsed.cells];
	while (cells.length > 0 && cells.at(-1)!.character === ' ' && cells.at(-1)!.key === '' && cells.at(-1)!.link === '') cells.pop();
	return cells;
}

describe('Output (src/render) builds the same screen as Ink 6.8', () => {
	// 3,000 frames in `npm test`, the first 600 in `npm run test:unit` (test/support/property-runs.ts).
	const frames = propertyRuns({full: 3000, quick: 600});

	it(`gives the cells of Ink's Output for ${frames.toLocaleString('en')} random frames of writes, clips and transformers`, () => {
		const {next} = createRandom(2024);
		let joinedRows = 0;
		for (let frame = 0; frame < frames; frame++) {
			const width = 1 + Math.floor(next() * 40);
			const height = 1 + Math.floor(next() * 6);
			const operations = randomOperations(next, width, height);
			const ours = render(new Output({width, height}), operations);
			const inks = render(new InkOutput({width, height}) as OutputLike, operations);
			expect(ours.height).toBe(inks.height);
			const ourRows = ours.output.split('\n');
			const inkRows = inks.output.split('\n');
			expect(ourRows.length).toBe(inkRows.length);
			for (const [index, row] of ourRows.entries()) {
				expect({frame, operations, row: index, cells: cellsOf(row, 'ours')}).toEqual({
					frame,
					operations,
					row: index,
					cells: cellsOf(inkRows[index]!, 'ink'),
				});
				if (row !== inkRows[index]) joinedRows++;
			}
		}
		// The joined way was taken, often (more than 100 rows in 3,000 frames): only its rows can differ
		// from Ink's in bytes (not in cells).
		expect(joinedRows).toBeGreaterThan(frames / 30);
	});

	it('writes a row of plain text side by side as the text itself, spaced', () => {
		const output = new Output({width: 30, height: 1});
		output.write(0, 0, 'left', {transformers: []});
		output.write(10, 0, '\u001B[1mright\u001B[22m', {transformers: []});
		expect(output.get().output).toBe('left      \u001B[1mright\u001B[22m');
	});

	it('keeps an ST-ended OSC 8 link as the detail pane writes it, beside the list', () => {
		const link = '\u001B]8;;https://example.org\u001B\\\u001B[4;94mhttps://example.org\u001B]8;;\u001B\\\u001B[24;39m';
		const rows = ['  a title', '\u001B[7m>\u001B[27m selected'].map(list => {
			const [ours, inks] = [new Output({width: 50, height: 1}), new InkOutput({width: 50, height: 1}) as OutputLike].map(output => {
				output.write(0, 0, list, {transformers: []});
				output.write(20, 0, link, {transformers: []});
				return output.get().output;
			});
			return {ours: cellsOf(ours!, 'ours'), inks: cellsOf(inks!, 'ink')};
		});
		for (const {ours, inks} of rows) expect(ours).toEqual(inks);
	});

	it('shows a style re-opened after a nested one, and a reset inside a line, as a terminal shows the text', async () => {
		// chalk.bold(`a ${chalk.dim('b')} c`) re-opens bold after dim's closing ESC[22m.
		for (const line of ['\u001B[1mbold \u001B[2mdim\u001B[22m\u001B[1m bold again\u001B[22m', '\u001B[7m\u001B[0mnot inverse\u001B[27m']) {
			const output = new Output({width: 40, height: 1});
			output.write(3, 0, line, {transformers: []});
			const [ours, reference] = [createTerminal(40, 1), createTerminal(40, 1)];
			await Promise.all([writeToTerminal(ours, output.get().output), writeToTerminal(reference, `\u001B[4G${line}`)]);
			expect(screenCells(ours)).toEqual(screenCells(reference));
		}
	});

	it('closes what a write leaves open, so the spaces after it stay plain', () => {
		const output = new Output({width: 30, height: 1});
		output.write(0, 0, '\u001B[7mopen', {transformers: []});
		output.write(8, 0, 'next', {transformers: []});
		expect(output.get().output).toBe('\u001B[7mopen\u001B[0m    next');
	});
});
