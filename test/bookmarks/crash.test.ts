import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {openBookmarkStore} from '../../src/bookmarks/index.js';
import {useTemporaryConfigHome} from './temp-config.js';
import {useWriterBundle, delay, startWriter, waitForLines, type Writer} from './writer-process.js';

const lockStaleMs = 2000;

/** What the test reads back from the file. */
interface StoredContent {
	readonly bookmarks: ReadonlyArray<{id: string}>;
	readonly papers: Readonly<Record<string, {readAt?: string; tags?: string[]}>>;
}
const lanes = 10;
const killsPerLane = 5;

describe('bookmark store under SIGKILL', () => {
	const configHome = useTemporaryConfigHome();
	const writerPath = useWriterBundle();

	/** Kills the writer at a random moment: one time in five while it starts, otherwise mid-way through its adds. */
	async function killAtRandom(writer: Writer): Promise<void> {
		if (Math.random() < 0.2) {
			await delay(Math.random() * 300);
		} else {
			await waitForLines(writer, 1);
			await delay(Math.random() * 60);
		}

		writer.child.kill('SIGKILL');
		await writer.exited;
	}

	/** Kills `killsPerLane` writers in a row on one config directory, checking the file after each kill. */
	async function runLane(lane: number): Promise<{configDir: string; acknowledged: number; locksLeft: number}> {
		const configDir = path.join(configHome(), `lane-${lane}`);
		const configPath = path.join(configDir, 'config.json');
		const acknowledged = new Set<string>();
		let locksLeft = 0;
		for (let kill = 0; kill < killsPerLane; kill++) {
			const writer = startWriter(writerPath(), configHome(), 'loop', configDir, String(lockStaleMs), `lane${lane}-kill${kill}`);
			await killAtRandom(writer);
			for (const id of writer.lines) {
				acknowledged.add(id);
			}

			locksLeft += existsSync(`${configPath}.lock`) ? 1 : 0;
			const content = existsSync(configPath)
				? (JSON.parse(readFileSync(configPath, 'utf8')) as StoredContent)
				: {bookmarks: [], papers: {}};
			// Every acknowledged id is bookmarked, read, and a tag of the paper `shared`.
			expect(content.bookmarks.map(bookmark => bookmark.id)).toEqual(expect.arrayContaining([...acknowledged]));
			expect(content.papers['shared']?.tags ?? []).toEqual(expect.arrayContaining([...acknowledged]));
			expect([...acknowledged].filter(id => content.papers[id]?.readAt === undefined)).toEqual([]);
		}

		return {configDir, acknowledged: acknowledged.size, locksLeft};
	}

	test(`${lanes * killsPerLane} kills at random points: the file always parses and keeps every acknowledged bookmark, read mark and tag`, async () => {
		const results = await Promise.all(Array.from({length: lanes}, async (_, lane) => runLane(lane)));
		for (const {configDir} of results) {
			const store = await openBookmarkStore({configDir, lockStaleMs});
			await store.add([{id: 'survivor', title: 'Survivor'}]);
			expect(store.notices).toEqual([]);
			expect(readdirSync(configDir).filter(name => name.includes('.corrupt-'))).toEqual([]);
		}

		const acknowledged = results.reduce((sum, result) => sum + result.acknowledged, 0);
		const locksLeft = results.reduce((sum, result) => sum + result.locksLeft, 0);
		console.info(
			`crash test: ${acknowledged} acknowledged adds survived; ${locksLeft} of ${lanes * killsPerLane} kills left a lock behind`,
		);
		expect(acknowledged).toBeGreaterThan((lanes * killsPerLane) / 2);
	}, 120_000);
});
