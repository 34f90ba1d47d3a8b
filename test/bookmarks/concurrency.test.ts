import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';
import {useWriterBundle, runWriter, startWriter, waitForLines} from './writer-process.js';

const lockStaleMs = 2000;

describe('bookmark store across processes', () => {
	const configHome = useTemporaryConfigHome();
	const configDir = () => path.join(configHome(), 'cfg');
	const storedIds = () =>
		(JSON.parse(readFileSync(path.join(configDir(), 'config.json'), 'utf8')) as {bookmarks: Array<{id: string}>}).bookmarks.map(
			bookmark => bookmark.id,
		);
	const writerPath = useWriterBundle();

	test('two writers adding 40 bookmarks each at once, one process per add, lose none', async () => {
		const addAll = async (prefix: string) => {
			for (let index = 0; index < 40; index++) {
				await runWriter(writerPath(), configHome(), 'add', configDir(), String(lockStaleMs), `${prefix}-${index}`);
			}
		};

		await Promise.all([addAll('left'), addAll('right')]);
		const expected = ['left', 'right'].flatMap(prefix => Array.from({length: 40}, (_, index) => `${prefix}-${index}`));
		expect(storedIds().sort()).toEqual(expected.sort());
	}, 120_000);

	test('two writers and a loop of one-process changes, tagging, marking read and bookmarking at once, lose nothing', async () => {
		const tagLoop = async () => {
			for (let index = 0; index < 20; index++) {
				await runWriter(writerPath(), configHome(), 'tag', configDir(), String(lockStaleMs), 'shared', `cli-${index}`);
			}
		};

		await Promise.all([
			runWriter(writerPath(), configHome(), 'mixed', configDir(), String(lockStaleMs), 'left', '20'),
			runWriter(writerPath(), configHome(), 'mixed', configDir(), String(lockStaleMs), 'right', '20'),
			tagLoop(),
		]);
		const sessionIds = ['left', 'right'].flatMap(prefix => Array.from({length: 20}, (_, index) => `${prefix}-${index}`));
		const cliTags = Array.from({length: 20}, (_, index) => `cli-${index}`);
		const content = JSON.parse(readFileSync(path.join(configDir(), 'config.json'), 'utf8')) as {
			version: number;
			papers: Record<string, {readAt?: string; tags?: string[]}>;
		};
		expect(content.version).toBe(2);
		expect(storedIds().sort()).toEqual([...sessionIds].sort());
		expect(content.papers['shared']!.tags!.sort()).toEqual([...sessionIds, ...cliTags].sort());
		const readIds = Object.keys(content.papers).filter(id => content.papers[id]!.readAt !== undefined);
		expect(readIds.sort()).toEqual([...sessionIds].sort());
	}, 120_000);

	test('sixteen processes started together each add their bookmark', async () => {
		const ids = Array.from({length: 16}, (_, index) => `burst-${index}`);
		await Promise.all(ids.map(async id => runWriter(writerPath(), configHome(), 'add', configDir(), String(lockStaleMs), id)));
		expect(storedIds().sort()).toEqual(ids.sort());
	}, 30_000);

	test('a lock left by a SIGKILLed process is broken once stale, and the write goes through', async () => {
		const lockPath = path.join(configDir(), 'config.json.lock');
		const holder = startWriter(writerPath(), configHome(), 'hold', configDir(), String(lockStaleMs), '600000');
		await waitForLines(holder, 1);
		holder.child.kill('SIGKILL');
		expect((await holder.exited).signal).toBe('SIGKILL');
		expect(existsSync(lockPath)).toBe(true);

		const store = await openBookmarkStore({configDir: configDir(), lockStaleMs});
		await store.add([{id: 'after-crash', title: 'After the crash'}]);
		expect(storedIds()).toEqual(['after-crash']);
		expect(existsSync(lockPath)).toBe(false);
	}, 20_000);

	test('a live holder is waited for, not broken, even when it holds past the stale time', async () => {
		const holdMs = lockStaleMs * 2;
		const holder = startWriter(writerPath(), configHome(), 'hold', configDir(), String(lockStaleMs), String(holdMs));
		await waitForLines(holder, 1);
		const start = performance.now();
		const store = await openBookmarkStore({configDir: configDir(), lockStaleMs});
		await store.add([{id: 'patient', title: 'Patient'}]);
		expect(performance.now() - start).toBeGreaterThan(holdMs - 1000);
		expect((await holder.exited).code).toBe(0);
		expect(storedIds()).toEqual(['patient']);
	}, 20_000);
});
