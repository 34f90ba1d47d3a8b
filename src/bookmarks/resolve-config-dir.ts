import {homedir} from 'node:os';
import path from 'node:path';

/** conf's `projectName` for paper-tui; conf appends `-nodejs` to name the directory. */
export const PROJECT_NAME = 'paper-tui';

/** Where to look for the config directory. */
export interface ConfigDirOptions {
	/** Explicit directory (the CLI's `--config-dir`); wins over everything else. */
	readonly configDir?: string;
	/** Environment to read `PAPER_TUI_CONFIG_DIR`, `XDG_CONFIG_HOME` and `APPDATA` from; defaults to `process.env`. */
	readonly env?: NodeJS.ProcessEnv;
	/** Platform whose convention applies; defaults to `process.platform`. */
	readonly platform?: NodeJS.Platform;
	/** Home directory; defaults to `os.homedir()`. */
	readonly homeDirectory?: string;
}

/**
 * Returns the absolute directory that holds `config.json`: `configDir`, else
 * `PAPER_TUI_CONFIG_DIR`, else conf's default for project `paper-tui` (env-paths'
 * config directory, e.g. `$XDG_CONFIG_HOME/paper-tui-nodejs` on Linux). The default
 * is computed here rather than by conf so that `env` applies to it too.
 */
export function resolveConfigDir(options: ConfigDirOptions = {}): string {
	const env = options.env ?? process.env;
	const explicit = options.configDir ?? nonEmpty(env['PAPER_TUI_CONFIG_DIR']);
	if (explicit !== undefined) {
		return path.resolve(explicit);
	}

	return path.resolve(defaultConfigDir(env, options.platform ?? process.platform, options.homeDirectory ?? homedir()));
}

function defaultConfigDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
	const name = `${PROJECT_NAME}-nodejs`;
	switch (platform) {
		case 'darwin': {
			return path.join(home, 'Library', 'Preferences', name);
		}

		case 'win32': {
			return path.join(nonEmpty(env['APPDATA']) ?? path.join(home, 'AppData', 'Roaming'), name, 'Config');
		}

		default: {
			return path.join(nonEmpty(env['XDG_CONFIG_HOME']) ?? path.join(home, '.config'), name);
		}
	}
}

function nonEmpty(value: string | undefined): string | undefined {
	return value === undefined || value === '' ? undefined : value;
}
