/**
Switches to the alternate screen and turns bracketed paste on (a paste then arrives between
`ESC[200~` and `ESC[201~`, as text, not as keys); the cursor is Ink's business.
*/
export const enterAlternateScreen = '\u001B[?1049h\u001B[H\u001B[?2004h';
/** Turns bracketed paste off, shows the cursor, ends synchronized output and leaves the alternate screen. */
export const leaveAlternateScreen = '\u001B[?2004l\u001B[?2026l\u001B[?25h\u001B[?1049l';

/** A terminal taken over for the full-screen explorer, restorable exactly once. */
export interface TerminalSession {
	/** Main screen back, cursor visible, bracketed paste and raw mode off. Safe to call many times and on a dead terminal. */
	restore(): void;
}

function writeQuietly(stream: NodeJS.WriteStream, text: string): void {
	try {
		stream.write(text);
	} catch {
		// The terminal may already be gone (SIGHUP after a dropped connection).
	}
}

/** Enters the alternate screen on `stdout`. */
export function openTerminalSession(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): TerminalSession {
	// A hung-up terminal reports EIO/EPIPE asynchronously; never let that crash the process.
	stdout.on('error', () => {});
	// Raw mode first: keys typed while the explorer starts must not be echoed onto its screen,
	// and Ctrl-C must reach the app as a key (exit 0) rather than as SIGINT.
	if (stdin.isTTY) {
		stdin.setRawMode(true);
	}

	writeQuietly(stdout, enterAlternateScreen);
	let isOpen = true;
	return {
		restore() {
			if (!isOpen) {
				return;
			}

			isOpen = false;
			try {
				if (stdin.isTTY) {
					stdin.setRawMode(false);
				}
			} catch {
				// As above: nothing to restore on a terminal that is gone.
			}

			writeQuietly(stdout, leaveAlternateScreen);
		},
	};
}
