import xtermHeadless, {type Terminal} from '@xterm/headless';

// The package is CommonJS without an ESM entry for Node: only the default import works.
const {Terminal: HeadlessTerminal} = xtermHeadless;

/**
 * A headless xterm of the given size that also tracks cursor visibility (DECTCEM,
 * `CSI ? 25 h/l`, also inside combined modes such as `CSI ? 1049;25 l`), which xterm parses but
 * does not expose.
 */
export function createScreenModel(cols: number, rows: number): {terminal: Terminal; isCursorHidden: () => boolean} {
	const terminal = new HeadlessTerminal({cols, rows, allowProposedApi: true, scrollback: 1000});
	let cursorHidden = false;
	const trackCursor = (hidden: boolean) => (params: (number | number[])[]) => {
		if (params.includes(25)) cursorHidden = hidden;
		return false;
	};
	terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, trackCursor(false));
	terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, trackCursor(true));
	return {terminal, isCursorHidden: () => cursorHidden};
}

/** The rows a person sees in `terminal`, each right-trimmed; always `terminal.rows` entries. */
export function readScreenLines(terminal: Terminal): string[] {
	const buffer = terminal.buffer.active;
	const lines: string[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
	}
	return lines;
}

/** A screen framed with row numbers, for failure messages: trailing spaces stay visible. */
export function formatScreenDump(lines: readonly string[], columns: number): string {
	const width = String(lines.length).length;
	const border = `${' '.repeat(width)} +${'-'.repeat(columns)}+`;
	const body = lines.map((line, index) => `${String(index + 1).padStart(width)} |${line.padEnd(columns)}|`);
	return [border, ...body, border].join('\n');
}
