import type {Writable} from 'node:stream';
import xtermHeadless, {type Terminal} from '@xterm/headless';

// The package is CommonJS without an ESM entry for Node: only the default import works.
const {Terminal: HeadlessTerminal} = xtermHeadless;

/** A stream that records what a renderer writes; `take()` returns and forgets it. */
export function createCaptureStream(): {stream: Writable; take: () => string} {
	let written = '';
	const stream = {
		isTTY: false,
		write(chunk: string) {
			written += chunk;
			return true;
		},
	};
	return {
		stream: stream as unknown as Writable,
		take() {
			const taken = written;
			written = '';
			return taken;
		},
	};
}

/**
 * A headless xterm. `convertEol` models the pty's ONLCR, which Node keeps on in raw mode:
 * Ink's frames move to column 0 with a bare LF.
 */
export function createTerminal(columns: number, rows: number): Terminal {
	return new HeadlessTerminal({cols: columns, rows, allowProposedApi: true, convertEol: true, scrollback: 100});
}

/** Writes `data` and resolves once xterm has parsed it. */
export function writeToTerminal(terminal: Terminal, data: string): Promise<void> {
	return new Promise(resolve => terminal.write(data, resolve));
}

/** The visible rows, each right-trimmed. */
export function screenText(terminal: Terminal): string[] {
	const buffer = terminal.buffer.active;
	const lines: string[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
	}
	return lines;
}

type LinkInternals = {_core: {_oscLinkService: {getLinkData: (id: number) => {id?: string; uri: string} | undefined}}};

/**
 * The OSC 8 hyperlink of a cell, as `id uri`. xterm 6.0 keeps it out of its public API: this reads
 * the cell's extended attributes and the link service, and throws if those internals change.
 */
function hyperlinkOf(terminal: Terminal, cell: object): string {
	const extended = (cell as {extended?: {_urlId?: number}}).extended;
	const linkService = (terminal as unknown as LinkInternals)._core?._oscLinkService;
	if (typeof extended?._urlId !== 'number' || typeof linkService?.getLinkData !== 'function') {
		throw new Error('@xterm/headless no longer exposes cell.extended._urlId / _core._oscLinkService: update hyperlinkOf');
	}
	if (extended._urlId === 0) return '';
	const link = linkService.getLinkData(extended._urlId);
	return `link(${link?.id ?? ''} ${link?.uri ?? '?'})`;
}

/**
 * Every visible cell as `row:column char/width fg bg flags link`, so two screens compare cell by
 * cell. An erased cell and a written default space look the same and compare equal.
 */
export function screenCells(terminal: Terminal): string[] {
	const buffer = terminal.buffer.active;
	const cells: string[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		for (let column = 0; column < terminal.cols; column++) {
			const cell = line?.getCell(column);
			if (!cell) {
				cells.push(`${row}:${column} missing`);
				continue;
			}
			const width = cell.getWidth();
			const character = width === 1 && cell.getChars() === '' ? ' ' : cell.getChars();
			const flags = [
				cell.isBold() ? 'bold' : '',
				cell.isDim() ? 'dim' : '',
				cell.isItalic() ? 'italic' : '',
				cell.isUnderline() ? 'underline' : '',
				cell.isInverse() ? 'inverse' : '',
				cell.isStrikethrough() ? 'strike' : '',
				cell.isOverline() ? 'overline' : '',
			].join('');
			cells.push(
				`${row}:${column} ${JSON.stringify(character)}/${width} fg${cell.getFgColorMode()}:${cell.getFgColor()} bg${cell.getBgColorMode()}:${cell.getBgColor()} ${flags} ${hyperlinkOf(terminal, cell)}`,
			);
		}
	}
	return cells;
}

/** Where the cursor is, relative to the top of the viewport. */
export function cursorOf(terminal: Terminal): {x: number; y: number} {
	const buffer = terminal.buffer.active;
	return {x: buffer.cursorX, y: buffer.baseY + buffer.cursorY - buffer.viewportY};
}
