import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, test} from 'vitest';

const durableFileModule = fileURLToPath(new URL('../../src/bookmarks/durable-file.ts', import.meta.url));

describe('stageFile and an exit in the middle of a write', () => {
	const directories: string[] = [];
	afterEach(() => {
		for (const directory of directories.splice(0)) rmSync(directory, {recursive: true, force: true});
	});

	test('a staged file not yet committed is removed when the process exits (a signal handler calling process.exit)', () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'paper-tui-durable-'));
		directories.push(directory);
		const target = path.join(directory, 'config.json');
		writeFileSync(target, 'old');
		const script = `
			const {stageFile} = await import(${JSON.stringify(durableFileModule)});
			await stageFile(${JSON.stringify(target)}, 'new');
			const {readdirSync} = await import('node:fs');
			console.log(readdirSync(${JSON.stringify(directory)}).length);
			process.exit(130);
		`;
		let stdout = '';
		try {
			execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'});
		} catch (error) {
			const failure = error as {status: number; stdout: string};
			expect(failure.status).toBe(130);
			stdout = failure.stdout;
		}
		expect(stdout.trim(), 'the temporary file existed before the exit').toBe('2');
		expect(readdirSync(directory)).toEqual(['config.json']);
		expect(readFileSync(target, 'utf8')).toBe('old');
	});
});
