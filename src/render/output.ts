// Replaces Ink 6.8's build/output.js in the bundle (see scripts/build/plugins.mjs): the same
// class, the same clipping and the same screen, built row by row instead of cell by cell.
//
// Ink's Output turns every line written into styled characters, lays them on a grid of
// width x height cell objects and turns every row back into a string: ~4,800 cells each frame
// at 120x40, most of a navigation key's frame time. Here a row whose writes are plain text
// (narrow characters, SGR styles, OSC 8 links) and do not overlap is joined as it is, with
// spaces between the writes; only other rows take Ink's way, cell by cell. Both give the same
// cells (test/render/output.test.ts compares them with Ink's own Output).
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {styledCharsFromTokens, styledCharsToString, tokenize, type StyledChar} from '@alcalzone/ansi-tokenize';
import {closeLink, lineTokens, sgrEffects, withoutStyleOrLinks} from './escape-sequences.js';
import {narrowCharacters} from './character-width.js';

/** A transformer of Ink's Output: rewrites one line of a write (Ink's `OutputTransformer`). */
export type OutputTransformer = (line: string, index: number) => string;

/** A clipping rectangle of Ink's Output: any side may be open. */
export type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};

type Operation =
	{type: 'write'; x: number; y: number; text: string; transformers: OutputTransformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

/** A write as it lands on a row: its column and its line. */
type RowWrite = [x: number, line: string];

/** A plain line: its width and what closes the styles and link it leaves open. */
type PlainLine = {width: number; closing: string};

// Closes every style a plain write leaves open (SGR 0), where Ink's cells close each one.
const resetStyle = '\u001B[0m';

/** What a line's escape sequences leave open at its end: '' when nothing, else what closes it. */
function closingOf(line: string): string {
	// The attributes and colour layers left on, 'unknown' for a parameter not known here (closed to be sure).
	const open = new Set<string>();
	let isLinkOpen = false;
	for (const token of lineTokens(line)) {
		if (token.type === 'link') {
			isLinkOpen = token.url !== '';
		} else if (token.type === 'style') {
			for (const effect of sgrEffects(token.parameters)) {
				if (effect.type === 'reset') {
					open.clear();
				} else if (effect.type === 'on') {
					open.add(effect.flag);
				} else if (effect.type === 'off') {
					for (const flag of effect.flags) open.delete(flag);
				} else if (effect.type === 'colour') {
					open.add(effect.layer);
				} else if (effect.type === 'default colour') {
					open.delete(effect.layer);
				} else {
					open.add('unknown');
				}
			}
		}
	}

	return (open.size > 0 ? resetStyle : '') + (isLinkOpen ? closeLink : '');
}

/** Memo tables kept across frames (most lines repeat from one frame to the next), emptied when large. */
class OutputCaches {
	widths = new Map<string, number>();
	blockWidths = new Map<string, number>();
	styledChars = new Map<string, StyledChar[]>();
	plainLines = new Map<string, PlainLine | false>();
	rows = new Map<string, string>();

	get isLarge(): boolean {
		return this.styledChars.size > 20_000 || this.widths.size > 50_000 || this.plainLines.size > 50_000 || this.rows.size > 20_000;
	}

	getStyledChars(line: string): StyledChar[] {
		let cached = this.styledChars.get(line);
		if (cached === undefined) {
			cached = styledCharsFromTokens(tokenize(line));
			this.styledChars.set(line, cached);
		}

		return cached;
	}

	getStringWidth(text: string): number {
		let cached = this.widths.get(text);
		if (cached === undefined) {
			cached = stringWidth(text);
			this.widths.set(text, cached);
		}

		return cached;
	}

	getWidestLine(text: string): number {
		let cached = this.blockWidths.get(text);
		if (cached === undefined) {
			let lineWidth = 0;
			for (const line of text.split('\n')) {
				lineWidth = Math.max(lineWidth, this.getStringWidth(line));
			}

			cached = lineWidth;
			this.blockWidths.set(text, cached);
		}

		return cached;
	}

	/**
	For a plain line (narrow characters, SGR and OSC 8 sequences only: it fills one cell per
	character), its width and what closes the styles and link it leaves open; else undefined.
	*/
	getPlainLine(line: string): PlainLine | undefined {
		let cached = this.plainLines.get(line);
		if (cached === undefined) {
			const hasEscapes = line.includes('\u001B');
			const visible = hasEscapes ? withoutStyleOrLinks(line) : line;
			cached = narrowCharacters.test(visible) ? {width: visible.length, closing: hasEscapes ? closingOf(line) : ''} : false;
			this.plainLines.set(line, cached);
		}

		return cached || undefined;
	}
}

let sharedCaches: OutputCaches | undefined;
function outputCaches(): OutputCaches {
	if (sharedCaches === undefined || sharedCaches.isLarge) {
		sharedCaches = new OutputCaches();
	}

	return sharedCaches;
}

/** Ink 6.8's Output (build/output.js), which the bundle replaces with this: the screen a frame writes, as one string. */
export default class Output {
	width: number;
	height: number;
	operations: Operation[] = [];
	caches = outputCaches();

	constructor(options: {width: number; height: number}) {
		const {width, height} = options;
		this.width = width;
		this.height = height;
	}

	write(x: number, y: number, text: string, options: {transformers: OutputTransformer[]}): void {
		const {transformers} = options;
		if (!text) {
			return;
		}

		this.operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip: Clip): void {
		this.operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		// What each row receives, in order: [x, line] after clipping and transformers.
		const rows = Array.from({length: this.height}, (): RowWrite[] => []);
		const clips: Clip[] = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') {
				clips.push(operation.clip);
			}

			if (operation.type === 'unclip') {
				clips.pop();
			}

			if (operation.type === 'write') {
				this.#place(operation, clips.at(-1), rows);
			}
		}

		return {output: rows.map(writes => this.#row(writes)).join('\n'), height: rows.length};
	}

	/** Ink's clipping of one write, then its lines handed to the rows they land on. */
	#place({text, transformers, x: writeX, y: writeY}: Operation & {type: 'write'}, clip: Clip | undefined, rows: RowWrite[][]): void {
		let x = writeX;
		let y = writeY;
		let lines = text.split('\n');
		if (clip) {
			const horizontal = typeof clip.x1 === 'number' && typeof clip.x2 === 'number' ? {x1: clip.x1, x2: clip.x2} : undefined;
			const vertical = typeof clip.y1 === 'number' && typeof clip.y2 === 'number' ? {y1: clip.y1, y2: clip.y2} : undefined;
			// Text outside the clipping area altogether is skipped.
			if (horizontal) {
				const width = this.caches.getWidestLine(text);
				if (x + width < horizontal.x1 || x > horizontal.x2) {
					return;
				}
			}

			if (vertical) {
				const height = lines.length;
				if (y + height < vertical.y1 || y > vertical.y2) {
					return;
				}
			}

			if (horizontal) {
				lines = lines.map(line => {
					const from = x < horizontal.x1 ? horizontal.x1 - x : 0;
					const width = this.caches.getStringWidth(line);
					const to = x + width > horizontal.x2 ? horizontal.x2 - x : width;
					// A line that fits keeps its cells: slicing would only rewrite its escape sequences.
					return from === 0 && to >= width ? line : sliceAnsi(line, from, to);
				});
				if (x < horizontal.x1) {
					x = horizontal.x1;
				}
			}

			if (vertical) {
				const from = y < vertical.y1 ? vertical.y1 - y : 0;
				const height = lines.length;
				const to = y + height > vertical.y2 ? vertical.y2 - y : height;
				lines = lines.slice(from, to);
				if (y < vertical.y1) {
					y = vertical.y1;
				}
			}
		}

		let offsetY = 0;
		for (const [index, written] of lines.entries()) {
			let line = written;
			const row = rows[y + offsetY];
			// A line can fall below the output when `text` is taller than it.
			if (!row) {
				continue;
			}

			for (const transformer of transformers) {
				line = transformer(line, index);
			}

			row.push([x, line]);
			offsetY++;
		}
	}

	/** One row of the screen from what was written on it, remembered by those writes. */
	#row(writes: RowWrite[]): string {
		if (writes.length === 0) {
			return '';
		}

		const key = `${this.width}\u0001${writes.map(([x, line]) => `${x}\u0000${line}`).join('\u0001')}`;
		let row = this.caches.rows.get(key);
		if (row === undefined) {
			row = (this.#joinedRow(writes) ?? this.#cellRow(writes)).trimEnd();
			this.caches.rows.set(key, row);
		}

		return row;
	}

	/** The row as its writes joined by spaces, when all are plain and none overlaps another; else undefined. */
	#joinedRow(writes: RowWrite[]): string | undefined {
		const placed: Array<{x: number; line: string} & PlainLine> = [];
		for (const [x, line] of writes) {
			const plain = this.caches.getPlainLine(line);
			if (plain === undefined) {
				return undefined;
			}

			if (plain.width > 0) {
				placed.push({x, line, ...plain});
			}
		}

		placed.sort((left, right) => left.x - right.x);
		let row = '';
		let column = 0;
		for (const {x, line, width, closing} of placed) {
			if (x < column) {
				return undefined;
			}

			// Each write's styles and link end with it, as they do in Ink's cells.
			row += ' '.repeat(x - column) + line + closing;
			column = x + width;
		}

		return row;
	}

	/** Ink's way: the row as cells, each write's characters laid over the previous ones. */
	#cellRow(writes: RowWrite[]): string {
		const cells: StyledChar[] = [];
		for (let x = 0; x < this.width; x++) {
			cells.push({type: 'char', value: ' ', fullWidth: false, styles: []});
		}

		for (const [x, line] of writes) {
			let offsetX = x;
			for (const character of this.caches.getStyledChars(line)) {
				cells[offsetX] = character;
				// The printed width, by string-width, as in measuring.
				const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
				// A wide character's following cells are cleared, so no stray space shows.
				for (let index = 1; index < characterWidth; index++) {
					cells[offsetX + index] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
				}

				offsetX += characterWidth;
			}
		}

		// See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
		return styledCharsToString(cells.filter(cell => cell !== undefined));
	}
}
