// Writes cells one after another: the hyperlink and the style of each cell are opened only where
// they change, and `close` ends them, so the line diff and the safe line write cells alike.
import {closeLink, resetStyle, switchStyle} from './escape-sequences.js';
import type {Cell} from './styled-cells.js';

/** What writes a run of cells from the default style and no hyperlink. */
export interface CellWriter {
	/** The bytes that switch the open hyperlink and style to `cell`'s (its character is the caller's to write). */
	enter(cell: Cell): string;
	/** The bytes that close the open hyperlink and style, leaving neither open. */
	close(): string;
}

/** A writer starting from the default style and no hyperlink, as after `resetStyle` and `closeLink`. */
export function createCellWriter(): CellWriter {
	let key = '';
	let link = '';
	return {
		enter(cell) {
			let output = '';
			if (cell.link !== link) {
				output += (link === '' ? '' : closeLink) + cell.link;
				link = cell.link;
			}
			if (cell.key !== key) {
				output += switchStyle(key, cell.key);
				key = cell.key;
			}
			return output;
		},
		close() {
			const output = (link === '' ? '' : closeLink) + (key === '' ? '' : resetStyle);
			key = '';
			link = '';
			return output;
		},
	};
}
