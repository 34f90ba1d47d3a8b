import {enterAlternateScreen, leaveAlternateScreen} from './terminal-session.js';

/** Hides the cursor again: Ink hid it once, when it drew its first frame, and will not do so again. */
const hideCursor = '\u001B[?25l';

/**
 * Lends the terminal to another full-screen program (an editor) for the duration of `run`, which
 * must be synchronous (`spawnSync` with `stdio: 'inherit'`): bracketed paste off, the main screen
 * back, the cursor shown, raw mode off; then raw mode, the alternate screen, bracketed paste and a
 * hidden cursor again, whatever `run` did or threw. Nothing of the explorer reads the terminal
 * meanwhile: its only reader is the event loop, which waits for `run` to return. The caller draws
 * the whole frame again afterwards (the alternate screen comes back empty).
 */
export function handOverTerminal<T>(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream, run: () => T): T {
	const write = (text: string): void => {
		try {
			stdout.write(text);
		} catch {
			// A terminal that is gone: the editor will fail too, and that is reported.
		}
	};

	write(leaveAlternateScreen);
	if (stdin.isTTY) stdin.setRawMode(false);
	try {
		return run();
	} finally {
		if (stdin.isTTY) stdin.setRawMode(true);
		write(enterAlternateScreen + hideCursor);
	}
}
