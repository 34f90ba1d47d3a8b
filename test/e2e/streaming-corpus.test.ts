// The explorer opens on the first papers of a large JSON Lines file and reads the rest between keys.
import {appendFileSync, copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {writeCorpus} from '../../scripts/generate-corpus.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {buildSearchIndex} from '../../src/search/index.js';
import type {Paper} from '../../src/types.js';
import type {PtyApp} from '../support/pty-app.js';
import {matchCount, screenOf, selectedRow, slowWait, statusLine, useExplorers, waitForScreen} from './explorer-session.js';

const {start} = useExplorers();
/** Large enough that reading it takes a good part of a second after the first frame (which holds 1,000 papers) on a busy machine. */
const paperCount = 10_000;
const total = String(paperCount);

let corpusDirectory: string;
let corpusFile: string;
let brokenFile: string;
let papers: Paper[];

beforeAll(async () => {
	corpusDirectory = mkdtempSync(path.join(tmpdir(), 'paper-tui-streaming-'));
	corpusFile = path.join(corpusDirectory, 'generated.jsonl');
	await writeCorpus(corpusFile, paperCount, 7);
	papers = loadCorpusFile(corpusFile);
	// The same papers, then a line that is not JSON: found only after the explorer has opened.
	brokenFile = path.join(corpusDirectory, 'broken.jsonl');
	copyFileSync(corpusFile, brokenFile);
	appendFileSync(brokenFile, '{"title": "cut off\n');
}, 60_000);
afterAll(() => {
	rmSync(corpusDirectory, {recursive: true, force: true});
});

/** The position and the total of the list, from the status line (`12/1,000`). */
function positionOf(app: PtyApp): {position: number; total: number} | undefined {
	const found = /(?:^|\s)(\d+)\/([\d,]+)(?:\s|$)/.exec(statusLine(app));
	return found ? {position: Number(found[1]), total: Number(found[2]!.replaceAll(',', ''))} : undefined;
}

describe('the explorer on a large JSON Lines file', () => {
	test('opens on its first papers, says how far the reading is, moves at once, and ends with every paper', async () => {
		const app = await start({args: ['--corpus', corpusFile], env: {PAPER_TUI_CACHE_DIR: path.join(corpusDirectory, 'cache-1')}});
		await waitForScreen(app, () => positionOf(app)?.position === 1, {...slowWait, description: 'the first frame'});
		// The first frame came before the whole file was read.
		expect(positionOf(app)!.total, screenOf(app)).toBeLessThan(paperCount);
		expect(app.screenText()).toContain(papers[0]!.title.slice(0, 40));
		await waitForScreen(app, () => /reading \d+%/.test(statusLine(app)) || positionOf(app)?.total === paperCount, {
			...slowWait,
			description: 'the reading progress',
		});
		app.press('j');
		await waitForScreen(app, () => positionOf(app)?.position === 2, {...slowWait, description: 'the move to paper 2'});
		expect(selectedRow(app), screenOf(app)).toContain(papers[1]!.title.slice(0, 40));
		// The list grows under the selection, which stays where it is.
		await waitForScreen(app, () => statusLine(app).startsWith(`2/${total}`) && !/reading/.test(statusLine(app)), {
			timeoutMs: 60_000,
			description: `2/${total}, all read`,
		});
		expect(selectedRow(app), screenOf(app)).toContain(papers[1]!.title.slice(0, 40));
		app.press('G');
		await waitForScreen(app, () => statusLine(app).startsWith(`${total}/${total}`), {...slowWait, description: 'the last paper'});
		expect(selectedRow(app), screenOf(app)).toContain(papers.at(-1)!.title.slice(0, 40));
	});

	test('a query typed at the first frame is answered from the titles read so far, then ranked over every paper', async () => {
		const app = await start({args: ['--corpus', corpusFile], env: {PAPER_TUI_CACHE_DIR: path.join(corpusDirectory, 'cache-2')}});
		await waitForScreen(app, () => positionOf(app)?.position === 1, {...slowWait, description: 'the first frame'});
		app.press('/');
		const query = 'network';
		await app.type(query, {delayMs: 5});
		const ranked = buildSearchIndex(papers)
			.search(query)
			.map(hit => hit.index);
		await waitForScreen(
			app,
			() =>
				!/reading|indexing|titles only/.test(statusLine(app)) &&
				matchCount(app) === ranked.length &&
				(app.lines()[0] ?? '').includes(query),
			{timeoutMs: 60_000, description: `${ranked.length} ranked matches for "${query}"`},
		);
		expect(selectedRow(app), screenOf(app)).toContain(papers[ranked[0]!]!.title.slice(0, 30));
	});

	test('a broken line found after the first frame closes the explorer: the terminal restored, the file and line named, exit 2', async () => {
		const app = await start({args: ['--corpus', brokenFile], env: {PAPER_TUI_CACHE_DIR: path.join(corpusDirectory, 'cache-3')}});
		await waitForScreen(app, () => positionOf(app)?.position === 1, {...slowWait, description: 'the first frame'});
		const {exitCode} = await app.exit;
		expect(exitCode).toBe(2);
		expect(app.isAlternateScreen()).toBe(false);
		expect(app.isCursorHidden()).toBe(false);
		const message = app.screenText();
		expect(message).toContain(`paper-tui: ${brokenFile}:${paperCount + 1}`);
		expect(message).not.toMatch(/\n\s+at /);
	});
});
