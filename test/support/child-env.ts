import path from 'node:path';
/** Variables whose mere presence tells Ink, chalk or ci-info that no person is watching. */
const ciVariableNames = new Set([
	'CI',
	'CONTINUOUS_INTEGRATION',
	'BUILD_ID',
	'BUILD_NUMBER',
	'RUN_ID',
	'GITHUB_ACTIONS',
	'TEAMCITY_VERSION',
	'TF_BUILD',
]);

/**
 * Variables the test runner or the parent shell sets that would make the child behave unlike
 * a program a person starts in a terminal: CI detection (Ink draws only the last frame when
 * `CI` exists at all), vitest's markers, colour overrides, and a fixed size that would
 * contradict the pty's real one.
 */
function isRemovedVariable(name: string): boolean {
	return (
		ciVariableNames.has(name) ||
		name.startsWith('CI_') ||
		name.endsWith('_CI') ||
		name.startsWith('VITEST') ||
		['TEST', 'NODE_ENV', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'LINES', 'INK_SCREEN_READER'].includes(name)
	);
}

/**
 * The environment for a program under test: the parent's, minus CI and runner variables,
 * with `TERM=xterm-256color` and the config pointed at `configDir` (both `PAPER_TUI_CONFIG_DIR`
 * and `XDG_CONFIG_HOME`, so conf never finds the real user's file) and the cache of search indexes
 * at `configDir/cache` (`XDG_CACHE_HOME`), the data folder (notes) at `configDir/data`
 * (`XDG_DATA_HOME`). `overrides` win over
 * everything, so a test can still set `NO_COLOR` or even `CI` on purpose.
 */
export function buildChildEnvironment(
	parentEnvironment: NodeJS.ProcessEnv,
	configDir: string,
	overrides: Record<string, string> = {},
): Record<string, string> {
	const environment: Record<string, string> = {};
	for (const [name, value] of Object.entries(parentEnvironment)) {
		if (value !== undefined && !isRemovedVariable(name)) {
			environment[name] = value;
		}
	}
	environment['TERM'] = 'xterm-256color';
	environment['PAPER_TUI_CONFIG_DIR'] = configDir;
	environment['XDG_CONFIG_HOME'] = configDir;
	// Search indexes are cached beside the config, never in the real user's cache.
	delete environment['PAPER_TUI_CACHE_DIR'];
	environment['XDG_CACHE_HOME'] = path.join(configDir, 'cache');
	// Notes too live beside the config, never in the real user's data folder.
	delete environment['PAPER_TUI_DATA_DIR'];
	environment['XDG_DATA_HOME'] = path.join(configDir, 'data');
	return {...environment, ...overrides};
}
