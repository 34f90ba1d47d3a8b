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
import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import {narrowCharacters} from './narrow-text.js';

// An SGR sequence (parameters in group 1) or an OSC 8 hyperlink (its URL in group 2).
const styleOrLink = /\u001B\[([\d;]*)m|\u001B\]8;[^;\u0007\u001B]*;([^\u0007\u001B]*)(?:\u0007|\u001B\\)/g;
const resetStyle = '\u001B[0m';
const closeLink = '\u001B]8;;\u001B\\';

// The SGR parameters that end each attribute, by the parameters that start it.
const closerOf = new Map([
	[1, 22],
	[2, 22],
	[3, 23],
	[4, 24],
	[5, 25],
	[6, 25],
	[7, 27],
	[8, 28],
	[9, 29],
	[53, 55],
	...[30, 31, 32, 33, 34, 35, 36, 37, 38, 90, 91, 92, 93, 94, 95, 96, 97].map(code => [code, 39]),
	...[40, 41, 42, 43, 44, 45, 46, 47, 48, 100, 101, 102, 103, 104, 105, 106, 107].map(code => [code, 49]),
]);
const closers = new Set(closerOf.values());

/** What a line's escape sequences leave open at its end: '' when nothing, else what closes it. */
function closingOf(line) {
	const open = new Set();
	let isLinkOpen = false;
	for (const [sequence, parameters, url] of line.matchAll(styleOrLink)) {
		if (sequence.startsWith('\u001B]')) {
			isLinkOpen = url !== '';
			continue;
		}

		const codes = parameters === '' ? [0] : parameters.split(';').map(Number);
		for (let index = 0; index < codes.length; index++) {
			const code = codes[index];
			if (code === 0) {
				open.clear();
			} else if (closerOf.has(code)) {
				open.add(closerOf.get(code));
				// 38;5;n and 38;2;r;g;b (and 48;...) carry their colour in the next parameters.
				if (code === 38 || code === 48) {
					index += codes[index + 1] === 5 ? 2 : 4;
				}
			} else if (closers.has(code)) {
				open.delete(code);
			} else {
				// A parameter not known here: close everything to be sure.
				open.add(0);
			}
		}
	}

	return (open.size > 0 ? resetStyle : '') + (isLinkOpen ? closeLink : '');
}

/** Memo tables kept across frames (most lines repeat from one frame to the next), emptied when large. */
class OutputCaches {
	widths = new Map();
	blockWidths = new Map();
	styledChars = new Map();
	plainLines = new Map();
	rows = new Map();

	get isLarge() {
		return this.styledChars.size > 20_000 || this.widths.size > 50_000 || this.plainLines.size > 50_000 || this.rows.size > 20_000;
	}

	getStyledChars(line) {
		let cached = this.styledChars.get(line);
		if (cached === undefined) {
			cached = styledCharsFromTokens(tokenize(line));
			this.styledChars.set(line, cached);
		}

		return cached;
	}

	getStringWidth(text) {
		let cached = this.widths.get(text);
		if (cached === undefined) {
			cached = stringWidth(text);
			this.widths.set(text, cached);
		}

		return cached;
	}

	getWidestLine(text) {
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
	getPlainLine(line) {
		let cached = this.plainLines.get(line);
		if (cached === undefined) {
			const hasEscapes = line.includes('\u001B');
			const visible = hasEscapes ? line.replaceAll(styleOrLink, '') : line;
			cached = narrowCharacters.test(visible) ? {width: visible.length, closing: hasEscapes ? closingOf(line) : ''} : false;
			this.plainLines.set(line, cached);
		}

		return cached || undefined;
	}
}

let sharedCaches;
function outputCaches() {
	if (sharedCaches === undefined || sharedCaches.isLarge) {
		sharedCaches = new OutputCaches();
	}

	return sharedCaches;
}

export default class Output {
	width;
	height;
	operations = [];
	caches = outputCaches();

	constructor(options) {
		const {width, height} = options;
		this.width = width;
		this.height = height;
	}

	write(x, y, text, options) {
		const {transformers} = options;
		if (!text) {
			return;
		}

		this.operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip) {
		this.operations.push({type: 'clip', clip});
	}

	unclip() {
		this.operations.push({type: 'unclip'});
	}

	get() {
		// What each row receives, in order: [x, line] after clipping and transformers.
		const rows = Array.from({length: this.height}, () => []);
		const clips = [];
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
	#place({text, transformers, x: writeX, y: writeY}, clip, rows) {
		let x = writeX;
		let y = writeY;
		let lines = text.split('\n');
		if (clip) {
			const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
			const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
			// Text outside the clipping area altogether is skipped.
			if (clipHorizontally) {
				const width = this.caches.getWidestLine(text);
				if (x + width < clip.x1 || x > clip.x2) {
					return;
				}
			}

			if (clipVertically) {
				const height = lines.length;
				if (y + height < clip.y1 || y > clip.y2) {
					return;
				}
			}

			if (clipHorizontally) {
				lines = lines.map(line => {
					const from = x < clip.x1 ? clip.x1 - x : 0;
					const width = this.caches.getStringWidth(line);
					const to = x + width > clip.x2 ? clip.x2 - x : width;
					// A line that fits keeps its cells: slicing would only rewrite its escape sequences.
					return from === 0 && to >= width ? line : sliceAnsi(line, from, to);
				});
				if (x < clip.x1) {
					x = clip.x1;
				}
			}

			if (clipVertically) {
				const from = y < clip.y1 ? clip.y1 - y : 0;
				const height = lines.length;
				const to = y + height > clip.y2 ? clip.y2 - y : height;
				lines = lines.slice(from, to);
				if (y < clip.y1) {
					y = clip.y1;
				}
			}
		}

		let offsetY = 0;
		for (let [index, line] of lines.entries()) {
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
	#row(writes) {
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
	#joinedRow(writes) {
		const placed = [];
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
	#cellRow(writes) {
		const cells = [];
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
