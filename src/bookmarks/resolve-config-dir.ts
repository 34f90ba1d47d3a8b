import {homedir} from 'node:os';
import path from 'node:path';

/** conf's `projectName` for paper-tui, and the name of its config directory. */
export const PROJECT_NAME = 'paper-tui';

/** The directory name conf picks by default (it appends `-nodejs`), used by paper-tui before 0.2. */
const LEGACY_DIRECTORY_NAME = `${PROJECT_NAME}-nodejs`;

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
 * `PAPER_TUI_CONFIG_DIR`, else the platform's config directory for `paper-tui`
 * (`$XDG_CONFIG_HOME/paper-tui`, or `~/.config/paper-tui`, on Linux; env-paths'
 * conventions elsewhere, without conf's `-nodejs` suffix).
 */
export function resolveConfigDir(options: ConfigDirOptions = {}): string {
	return explicitConfigDir(options) ?? defaultConfigDir(options, PROJECT_NAME);
}

/**
 * The directory where paper-tui kept `config.json` by default before it dropped conf's
 * `-nodejs` suffix (`~/.config/paper-tui-nodejs`), or undefined when a directory is given
 * explicitly (then there is nothing to move).
 */
export function legacyConfigDir(options: ConfigDirOptions = {}): string | undefined {
	return explicitConfigDir(options) === undefined ? defaultConfigDir(options, LEGACY_DIRECTORY_NAME) : undefined;
}

function explicitConfigDir(options: ConfigDirOptions): string | undefined {
	const explicit = options.configDir ?? nonEmpty((options.env ?? process.env)['PAPER_TUI_CONFIG_DIR']);
	return explicit === undefined ? undefined : path.resolve(explicit);
}

function defaultConfigDir(options: ConfigDirOptions, name: string): string {
	const env = options.env ?? process.env;
	const home = options.homeDirectory ?? homedir();
	return path.resolve(platformConfigDir(env, options.platform ?? process.platform, home, name));
}

function platformConfigDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string, name: string): string {
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
