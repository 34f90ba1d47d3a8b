import {render} from 'ink';
import type {Paper} from '../types.js';
import type {ExplorerServices} from '../services/index.js';
import {terminalSize} from '../terminal/terminal-size.js';
import {App} from '../app.js';
import {ThemeContext, createTheme} from '../ui/theme.js';
import {SIGNAL_EXIT_CODES} from '../terminal/signal-exit-codes.js';
import {openTerminalSession} from './terminal-session.js';
import {acknowledgementVariable} from './acknowledgements.js';
import {InputAcknowledgement} from './input-acknowledgement.js';

/** What the explorer needs from its caller. */
export interface ExplorerOptions {
	readonly papers: readonly Paper[];
	readonly services: ExplorerServices;
	/** Resolves when every acknowledged bookmark write has reached the disk. */
	readonly settle: () => Promise<void>;
	readonly env: NodeJS.ProcessEnv;
	readonly stdout: NodeJS.WriteStream;
	readonly stdin: NodeJS.ReadStream;
	readonly stderr: NodeJS.WriteStream;
	/** The exit status for an error that closes the explorer (a corpus file found unusable while it is read: 2); default 1. */
	readonly exitCodeOf?: (error: unknown) => number;
}

/** How long a signal leaves for keys already in the terminal's buffer to be read and acted on. */
const INPUT_DRAIN_MS = 25;

/** Ink draws at most this many frames a second (it throttles renders to one per 1000 / maxFps ms). */
const MAX_FPS = 60;

/** How long, at most, the explorer waits for bookmark writes to reach the disk before it exits. */
const WRITE_GRACE_MS = 2000;

function delay(milliseconds: number): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, milliseconds);
	});
}

/** Ends the process with `code`. If an 'exit' handler throws, a second call skips the handlers and still ends it. */
function exitNow(code: number): never {
	try {
		process.exit(code);
	} catch {
		process.exit(code);
	}
}

/**
 * Runs the full-screen explorer until the user quits. Every way out — quit, Ctrl-C, SIGTERM,
 * SIGHUP, SIGINT, SIGQUIT, a terminal that is gone, an uncaught error — restores the terminal.
 * On a signal, keys the program has already received are acted on and the bookmark writes
 * they started reach the disk first (for at most 2 s; a write cut short leaves no temporary
 * file and no lock), then it exits with 128 + the signal's number. Resolves with the exit
 * code of a quit.
 */
export async function runExplorer(options: ExplorerOptions): Promise<number> {
	const {stdout, stdin, stderr} = options;
	const session = openTerminalSession(stdout, stdin);
	const instance = render(
		<ThemeContext.Provider value={createTheme(options.env)}>
			<App papers={options.papers} services={options.services} initialSize={terminalSize(stdout)} />
			{options.env[acknowledgementVariable] === '1' && <InputAcknowledgement frameIntervalMs={Math.ceil(1000 / MAX_FPS)} />}
		</ThemeContext.Provider>,
		{stdout, stdin, stderr, exitOnCtrlC: false, patchConsole: false, incrementalRendering: true, maxFps: MAX_FPS},
	);

	let finishing: Promise<never> | undefined;
	const finish = async (code: number, how: {error?: unknown; isSignal?: boolean} = {}): Promise<never> => {
		// Settles only by exiting, never rejects: a rejection here would be an unhandled
		// rejection, which calls finish again, forever (an 'exit' handler that throws, say).
		finishing ??= (async (): Promise<never> => {
			const deadline = Date.now() + WRITE_GRACE_MS;
			// Whatever happens below (a tree that will not unmount, a terminal that blocks), the process ends.
			setTimeout(() => exitNow(code), WRITE_GRACE_MS + INPUT_DRAIN_MS + 1000);
			if (how.isSignal) {
				// A key read just before the signal has started its write only after its handler ran.
				await delay(INPUT_DRAIN_MS);
				// On a busy machine the delay may be over before the process next runs: its timer then
				// fires ahead of the event loop's poll for input in the same turn. Keys already in the
				// terminal's buffer are read in that poll, which comes before an immediate.
				await new Promise(resolve => {
					setImmediate(resolve);
				});
			}

			try {
				instance.unmount();
			} catch {
				// Unmounting a broken tree must not stop the terminal being restored.
			}

			session.restore();
			if (how.error !== undefined) {
				const message = how.error instanceof Error ? how.error.message : String(how.error);
				try {
					stderr.write(`paper-tui: ${message.split('\n')[0]}\n`);
					if (options.env['PAPER_TUI_DEBUG'] && how.error instanceof Error) stderr.write(`${how.error.stack}\n`);
				} catch {
					// No terminal to report to.
				}
			}

			await Promise.race([options.settle(), delay(Math.max(0, deadline - Date.now()))]);
			// Temporary files of a write cut short, and held locks, are removed by 'exit' handlers.
			exitNow(code);
		})().catch((): never => exitNow(code));
		return finishing;
	};

	// Listeners stay registered until the process exits: with none of its own left,
	// proper-lockfile's signal-exit would re-raise the signal and kill the process mid-write.
	for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
		process.on(signal, () => {
			void finish(code, {isSignal: true});
		});
	}

	// Reading a terminal that hung up fails (EIO): the connection is gone, as with SIGHUP.
	stdin.on('error', () => {
		void finish(SIGNAL_EXIT_CODES.SIGHUP, {isSignal: true});
	});
	process.on('uncaughtException', error => {
		void finish(1, {error});
	});
	process.on('unhandledRejection', error => {
		void finish(1, {error});
	});

	try {
		await instance.waitUntilExit();
	} catch (error: unknown) {
		return finish(options.exitCodeOf?.(error) ?? 1, {error});
	}

	return finish(0);
}
