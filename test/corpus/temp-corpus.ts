import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

/**
 * Returns a function that writes a file into a fresh temporary directory (removed after the
 * test file) and returns its path.
 */
export function temporaryCorpusDirectory(): (name: string, contents: string | Uint8Array) => string {
	const directory = mkdtempSync(join(tmpdir(), 'paper-tui-corpus-'));
	afterAll(() => {
		rmSync(directory, {recursive: true, force: true});
	});
	return (name, contents) => {
		const path = join(directory, name);
		writeFileSync(path, contents);
		return path;
	};
}
