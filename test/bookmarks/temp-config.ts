import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, vi} from 'vitest';

/**
 * Gives every test of the calling file a fresh temporary directory that is also
 * `XDG_CONFIG_HOME` (with `PAPER_TUI_CONFIG_DIR` unset), so no test can reach the user's
 * real config, and removes it afterwards. Returns a getter for the current directory.
 */
export function useTemporaryConfigHome(): () => string {
	let directory = '';
	beforeEach(() => {
		directory = mkdtempSync(path.join(tmpdir(), 'paper-tui-bookmarks-'));
		vi.stubEnv('XDG_CONFIG_HOME', directory);
		vi.stubEnv('PAPER_TUI_CONFIG_DIR', undefined);
	});
	afterEach(() => {
		vi.unstubAllEnvs();
		rmSync(directory, {recursive: true, force: true});
	});
	return () => directory;
}
