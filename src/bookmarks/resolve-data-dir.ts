import {homedir} from 'node:os';
import path from 'node:path';
import {PROJECT_NAME} from './resolve-config-dir.js';

/** Where to look for the data directory (fetched corpora, notes). */
export interface DataDirOptions {
	/** Explicit directory (a CLI's `--data-dir`); wins over everything else. */
	readonly dataDir?: string;
	/** Environment to read `PAPER_TUI_DATA_DIR`, `XDG_DATA_HOME` and `LOCALAPPDATA` from; defaults to `process.env`. */
	readonly env?: NodeJS.ProcessEnv;
	/** Platform whose convention applies; defaults to `process.platform`. */
	readonly platform?: NodeJS.Platform;
	/** Home directory; defaults to `os.homedir()`. */
	readonly homeDirectory?: string;
}

/**
 * Returns the absolute directory for the user's paper-tui data (fetched corpora, notes):
 * `dataDir`, else `PAPER_TUI_DATA_DIR`, else the platform's data directory for `paper-tui`
 * (`$XDG_DATA_HOME/paper-tui`, or `~/.local/share/paper-tui`, on Linux; env-paths'
 * conventions elsewhere). The directory is not created.
 */
export function resolveDataDir(options: DataDirOptions = {}): string {
	const env = options.env ?? process.env;
	const explicit = options.dataDir ?? nonEmpty(env['PAPER_TUI_DATA_DIR']);
	if (explicit !== undefined) return path.resolve(explicit);
	const home = options.homeDirectory ?? homedir();
	switch (options.platform ?? process.platform) {
		case 'darwin': {
			return path.resolve(home, 'Library', 'Application Support', PROJECT_NAME);
		}

		case 'win32': {
			return path.resolve(nonEmpty(env['LOCALAPPDATA']) ?? path.join(home, 'AppData', 'Local'), PROJECT_NAME, 'Data');
		}

		default: {
			return path.resolve(nonEmpty(env['XDG_DATA_HOME']) ?? path.join(home, '.local', 'share'), PROJECT_NAME);
		}
	}
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value === '' ? undefined : value;
}
