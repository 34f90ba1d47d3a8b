/** Start of a synchronized update (DEC mode 2026); Ink writes it before each frame on a TTY outside CI. */
export const synchronizedUpdateStart = '\x1b[?2026h';

/** End of a synchronized update: the frame before it is complete. */
export const synchronizedUpdateEnd = '\x1b[?2026l';

/** Sequences that wipe the whole screen: erase display, erase scrollback, full reset (RIS). */
export const fullScreenClears = ['\x1b[2J', '\x1b[3J', '\x1bc'] as const;

/** How many full-screen clears `output` contains, all kinds summed. */
export function countFullScreenClears(output: string): number {
	let count = 0;
	for (const clear of fullScreenClears) {
		count += output.split(clear).length - 1;
	}
	return count;
}

/** Bytes `text` takes on the wire (UTF-8), which is what a slow link pays for. */
export function byteLength(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}
