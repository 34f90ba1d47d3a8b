import {render} from 'ink';
import type {Paper} from '../types.js';
import type {ExplorerServices} from '../services/index.js';
import {terminalSize} from '../terminal/terminal-size.js';
import {App} from '../app.js';
import {ThemeContext, createTheme} from '../ui/theme.js';
import {openTerminalSession} from './terminal-session.js';

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
}

const signalExitCodes = {SIGTERM: 143, SIGHUP: 129, SIGINT: 130} as const;

/**
 * Runs the full-screen explorer until the user quits. Every way out — quit, Ctrl-C, SIGTERM,
 * SIGHUP, an uncaught error — restores the terminal first. Resolves with the exit code.
 */
export async function runExplorer(options: ExplorerOptions): Promise<number> {
	const {stdout, stdin, stderr} = options;
	const session = openTerminalSession(stdout, stdin);
	const instance = render(
		<ThemeContext.Provider value={createTheme(options.env)}>
			<App papers={options.papers} services={options.services} initialSize={terminalSize(stdout)}/>
		</ThemeContext.Provider>,
		{stdout, stdin, stderr, exitOnCtrlC: false, patchConsole: false, incrementalRendering: true, maxFps: 60},
	);

	const finish = async (code: number, error?: unknown): Promise<never> => {
		try {
			instance.unmount();
		} catch {
			// Unmounting a broken tree must not stop the terminal being restored.
		}

		session.restore();
		if (error !== undefined) {
			const message = error instanceof Error ? error.message : String(error);
			try {
				stderr.write(`paper-tui: ${message.split('\n')[0]}\n`);
			} catch {
				// No terminal to report to.
			}
		}

		await Promise.race([options.settle(), new Promise(resolve => setTimeout(resolve, 3000))]);
		process.exit(code);
	};

	for (const [signal, code] of Object.entries(signalExitCodes)) {
		process.once(signal, () => {
			void finish(code);
		});
	}

	process.once('uncaughtException', error => {
		void finish(1, error);
	});
	process.once('unhandledRejection', error => {
		void finish(1, error);
	});

	try {
		await instance.waitUntilExit();
	} catch (error: unknown) {
		return finish(1, error);
	}

	return finish(0);
}
