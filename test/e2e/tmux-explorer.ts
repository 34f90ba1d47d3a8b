import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildChildEnvironment} from '../support/child-env.js';
import {builtCliPath, repositoryRoot} from '../support/pty-app.js';

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
 * `capture-pane`, and `resize-window` resizes it the way a user's window does.
 */
export class TmuxExplorer {
	readonly #socket = `paper-tui-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
	readonly #configDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-tmux-'));

	/** `environment` holds variables that win over the cleaned parent environment. */
	constructor(columns: number, rows: number, args: readonly string[] = [], environment: Record<string, string> = {}) {
		const command = [process.execPath, builtCliPath, '--config-dir', this.#configDir, ...args].map(quote).join(' ');
		const childEnvironment = buildChildEnvironment(process.env, this.#configDir, environment);
		delete childEnvironment['TMUX'];
		this.#tmux(
			['-f', '/dev/null', 'new-session', '-d', '-s', 'paper', '-x', String(columns), '-y', String(rows), '-c', repositoryRoot, command],
			childEnvironment,
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
		this.#tmux(['send-keys', '-t', 'paper', '-l', text]);
	}

	/** Sends keys by tmux name (`C-l`, `Escape`). */
	sendKey(name: string): void {
		this.#tmux(['send-keys', '-t', 'paper', name]);
	}

	resize(columns: number, rows: number): void {
		this.#tmux(['resize-window', '-t', 'paper', '-x', String(columns), '-y', String(rows)]);
	}

	/**
	 * Waits until `predicate` holds on a screen that then stays the same for `quietMs`; returns
	 * those lines, or throws with the last screen.
	 */
	async settledLines(
		predicate: (lines: string[]) => boolean,
		description: string,
		{timeoutMs = 20_000, quietMs = 400} = {},
	): Promise<string[]> {
		const deadline = Date.now() + timeoutMs;
		let last: string[] = [];
		let stableSince = 0;
		while (Date.now() < deadline) {
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
	}
}
