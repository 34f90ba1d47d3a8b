import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildChildEnvironment} from '../support/child-env.js';
import {builtCliPath, repositoryRoot} from '../support/pty-app.js';
import {acknowledgementPrefix, acknowledgementVariable, resizeAcknowledgement} from '../../src/explorer/acknowledgements.js';

/** Whether a tmux binary can be run here. */
export const hasTmux = (() => {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
})();

const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/**
 * The built explorer in a detached session of a private tmux server (its own socket, no user
 * configuration, a temp config directory): keys go in with `send-keys`, the screen comes out of
 * `capture-pane`, and `resize-window` resizes it the way a user's window does. The explorer
 * acknowledges what it handled (`PAPER_TUI_TEST_ACKNOWLEDGE=1`), and `pipe-pane` copies what it
 * writes to a file, so that `settledLines` knows when everything typed has been drawn.
 */
export class TmuxExplorer {
	readonly #socket = `paper-tui-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
	readonly #configDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-tmux-'));
	readonly #outputDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-tmux-output-'));
	readonly #outputFile = path.join(this.#outputDir, 'pane');
	#typedBytes = 0;
	#resizedAt: number | undefined;

	/** `environment` holds variables that win over the cleaned parent environment. */
	constructor(columns: number, rows: number, args: readonly string[] = [], environment: Record<string, string> = {}) {
		const command = [process.execPath, builtCliPath, '--config-dir', this.#configDir, ...args].map(quote).join(' ');
		const childEnvironment: Record<string, string> = {
			...buildChildEnvironment(process.env, this.#configDir, environment),
			[acknowledgementVariable]: '1',
		};
		delete childEnvironment['TMUX'];
		writeFileSync(this.#outputFile, '');
		this.#tmux(
			['-f', '/dev/null', 'new-session', '-d', '-s', 'paper', '-x', String(columns), '-y', String(rows), '-c', repositoryRoot, command],
			childEnvironment,
		);
		this.#tmux(['pipe-pane', '-o', '-t', 'paper', `cat >> ${quote(this.#outputFile)}`]);
	}

	/** What the explorer has written since `pipe-pane` started, one character per byte. */
	#output(): string {
		return readFileSync(this.#outputFile, 'latin1');
	}

	/**
	 * Whether the explorer has acknowledged every byte typed and the last resize: tmux has then
	 * parsed the frames they caused, which it read before the acknowledgement.
	 */
	#isHandled(): boolean {
		const output = this.#output();
		const start = output.lastIndexOf(`${acknowledgementPrefix}input;`);
		const acknowledged = start === -1 ? 0 : Number(/^\x1b\]5522;input;(\d+)\x07/.exec(output.slice(start, start + 40))?.[1] ?? 0);
		return (
			acknowledged >= this.#typedBytes && (this.#resizedAt === undefined || output.indexOf(resizeAcknowledgement, this.#resizedAt) !== -1)
		);
	}

	#tmux(args: readonly string[], environment?: NodeJS.ProcessEnv): string {
		return execFileSync('tmux', ['-L', this.#socket, ...args], {encoding: 'utf8', env: environment ?? {...process.env, TMUX: ''}});
	}

	/** The pane's visible rows, right-trimmed. */
	lines(): string[] {
		return this.#tmux(['capture-pane', '-p', '-t', 'paper'])
			.replace(/\n$/, '')
			.split('\n')
			.map(line => line.trimEnd());
	}

	/** Types `text` literally. */
	type(text: string): void {
		this.#typedBytes += Buffer.byteLength(text);
		this.#tmux(['send-keys', '-t', 'paper', '-l', text]);
	}

	/** Sends keys by tmux name (`C-l`, `Escape`). */
	sendKey(name: string): void {
		this.#tmux(['send-keys', '-t', 'paper', name]);
	}

	resize(columns: number, rows: number): void {
		this.#resizedAt = this.#output().length;
		this.#tmux(['resize-window', '-t', 'paper', '-x', String(columns), '-y', String(rows)]);
	}

	/**
	 * Waits until `predicate` holds on a screen drawn after everything typed and the last resize
	 * were handled (the explorer's acknowledgements); returns those lines, or throws with the last
	 * screen. Before anything was typed or resized there is nothing to acknowledge: the screen must
	 * then stay the same for `quietMs`.
	 */
	async settledLines(
		predicate: (lines: string[]) => boolean,
		description: string,
		{timeoutMs = 20_000, quietMs = 400} = {},
	): Promise<string[]> {
		const deadline = Date.now() + timeoutMs;
		const isAcknowledged = this.#typedBytes > 0 || this.#resizedAt !== undefined;
		let last: string[] = [];
		let stableSince = 0;
		while (Date.now() < deadline) {
			if (isAcknowledged) {
				if (this.#isHandled()) {
					last = this.lines();
					if (predicate(last)) return last;
				}
				await new Promise(resolve => setTimeout(resolve, 20));
				continue;
			}
			const lines = this.lines();
			if (lines.join('\n') !== last.join('\n')) {
				last = lines;
				stableSince = Date.now();
			} else if (predicate(lines) && Date.now() - stableSince >= quietMs) {
				return lines;
			}
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`tmux: no settled screen with ${description} in ${timeoutMs} ms; last screen:\n${last.join('\n')}`);
	}

	/** Stops the server (and the explorer in it) and removes the config directory. */
	dispose(): void {
		try {
			this.#tmux(['kill-server']);
		} catch {
			// Already gone.
		}
		rmSync(this.#configDir, {recursive: true, force: true});
		rmSync(this.#outputDir, {recursive: true, force: true});
	}
}
