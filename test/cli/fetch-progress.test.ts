import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {startApp, type PtyApp} from '../support/pty-app.js';
import {arxivPages, startLoopbackServer, type LoopbackServer} from '../fetch/loopback-server.js';
import {temporaryDirectory} from './run-cli.js';

let app: PtyApp | undefined;
let server: LoopbackServer | undefined;
afterEach(async () => {
	app?.dispose();
	await server?.close();
});

describe('fetch in a terminal', () => {
	test('draws a progress line on stderr (page, papers so far, the wait) and clears it at the end', async () => {
		server = await startLoopbackServer(arxivPages);
		const file = path.join(temporaryDirectory(), 'lora.jsonl');
		app = await startApp({
			args: ['fetch', 'arxiv', 'ti:lora', '--max', '4', '-o', file],
			env: {PAPER_TUI_ARXIV_URL: `${server.origin}/api/query`},
			cols: 100,
		});
		await app.waitForText('page 2, 2 papers so far, waiting 3 s (arXiv asks for 3 s between requests)');
		const {exitCode} = await app.exit;
		expect(exitCode).toBe(0);
		const screen = app.screenText();
		expect(screen).not.toContain('waiting');
		expect(screen).toContain(`paper-tui: 4 fetched from arXiv; open it with paper-tui --corpus FILE\n${file}`);
	}, 20_000);
});
