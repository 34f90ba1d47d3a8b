import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	bookmarkedIds,
	corpus,
	selectedRow,
	slowWait,
	statusLine,
	toggleBookmark,
	useExplorers,
	waitForStatus,
	waitForScreen,
} from './explorer-session.js';

const {open, makeTempDir} = useExplorers();

describe('a bookmark shown is a bookmark kept', () => {
	test.each([['SIGKILL'], ['SIGHUP']])('b then %s: the bookmark is in the file', async signal => {
		const app = await open();
		await toggleBookmark(app, 1);
		// The second cell is the unread marker: the first paper becomes read once shown for 3 s.
		expect(selectedRow(app)).toMatch(/^>[ •]\* Improving/);

		app.kill(signal);
		await app.exit;
		expect(await bookmarkedIds(app.configDir)).toEqual([corpus.first.id]);
	});

	test('two explorers on one config dir, each bookmarking a paper, keep both', async () => {
		const configDir = makeTempDir();
		const [first, second] = await Promise.all([open({configDir}), open({configDir})]);
		second.press('j');
		await waitForStatus(second, '2/77');

		await toggleBookmark(first, 1);
		await toggleBookmark(second, 2);
		expect(selectedRow(second)).toMatch(/^>[ •]\* Preserving In-Context/);
		const firstRow = second.lines().find(line => line.includes('Improving Large Language Model'));
		expect(firstRow, 'the second explorer shows the first one’s bookmark').toMatch(/^ [ •]\* Improving/);
		expect((await bookmarkedIds(configDir)).sort()).toEqual([corpus.first.id, corpus.second.id].sort());

		first.press('q');
		second.press('q');
		expect(await first.exit).toEqual({exitCode: 0});
		expect(await second.exit).toEqual({exitCode: 0});
		expect((await bookmarkedIds(configDir)).sort(), 'quitting writes back no stale view').toEqual(
			[corpus.first.id, corpus.second.id].sort(),
		);
	});

	test('two explorers bookmarking at the same moment keep both', async () => {
		const configDir = makeTempDir();
		const [first, second] = await Promise.all([open({configDir}), open({configDir})]);
		second.press('j');
		await waitForStatus(second, '2/77');
		// Make sure both stores are loaded, so the two presses below really race.
		for (const app of [first, second]) {
			await toggleBookmark(app, 1);
			await toggleBookmark(app, 0);
		}

		first.press('b');
		second.press('b');
		await waitForScreen(first, () => /\d bookmarked/.test(statusLine(first)) && statusLine(first).includes('Bookmarked'));
		await waitForScreen(second, () => /\d bookmarked/.test(statusLine(second)) && statusLine(second).includes('Bookmarked'));
		expect((await bookmarkedIds(configDir)).sort()).toEqual([corpus.first.id, corpus.second.id].sort());
		const counts = [first, second].map(app => /(\d+) bookmarked/.exec(statusLine(app))?.[1]);
		expect(counts, 'whichever wrote last has seen both').toContain('2');
	});
});

describe('a corrupt config file', () => {
	/** A config dir whose config.json is not JSON. */
	function corruptConfigDir(): string {
		const configDir = makeTempDir();
		writeFileSync(path.join(configDir, 'config.json'), '{not json');
		return configDir;
	}

	function backupsIn(configDir: string): string[] {
		return readdirSync(configDir).filter(name => name.startsWith('config.json.corrupt'));
	}

	test('is kept byte for byte; the explorer opens, says so, and bookmarks work', async () => {
		const configDir = corruptConfigDir();

		const app = await open({configDir});
		expect(app.screenText()).toContain(corpus.first.title);
		await waitForScreen(app, () => /could not be used|corrupt/i.test(statusLine(app)), {
			...slowWait,
			description: 'a status message about the bookmarks file',
		});
		const backups = backupsIn(configDir);
		expect(backups).toHaveLength(1);
		expect(readFileSync(path.join(configDir, backups[0]!), 'utf8')).toBe('{not json');

		await toggleBookmark(app, 1);
		expect(await bookmarkedIds(configDir)).toEqual([corpus.first.id]);
		expect(backupsIn(configDir)).toEqual(backups);
		expect(readFileSync(path.join(configDir, backups[0]!), 'utf8')).toBe('{not json');
	});

	test('the status line names the backup file', async () => {
		const configDir = corruptConfigDir();
		const app = await open({configDir});
		await waitForScreen(app, () => backupsIn(configDir).length === 1 && /bookmarked · /.test(statusLine(app)), {
			...slowWait,
			description: 'the backup and a status message',
		});
		const backup = backupsIn(configDir)[0]!;
		await waitForScreen(app, () => statusLine(app).includes(backup) || /corrupt/i.test(statusLine(app)), {
			timeoutMs: 5000,
			description: `the status line to name ${backup}`,
		});
	});
});
