import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {corpus, pause, screenOf, slowWait, statusLine, useExplorers, waitForScreen} from './explorer-session.js';

const {open, makeTempDir} = useExplorers();

/** The marks of one paper as written in the config file. */
function storedMark(configDir: string, id: string): {readAt?: string; tags?: string[]} | undefined {
	const content = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {
		version: number;
		papers: Record<string, {readAt?: string; tags?: string[]}>;
	};
	expect(content.version).toBe(2);
	return content.papers[id];
}

describe('t tags the selected paper, in a real terminal', () => {
	test('typed tags show in the detail pane, are saved, and are there again after a restart', async () => {
		const configDir = makeTempDir();
		const app = await open({configDir});
		app.press('t');
		await waitForScreen(app, /^Tags for “/m, {...slowWait, description: 'the tag prompt'});
		await app.type('reading-group, Surveys');
		await waitForScreen(app, 'reading-group, Surveys', slowWait);
		app.press('\r');
		await waitForScreen(app, 'Tags: reading-group, surveys', {...slowWait, description: 'the tags in the detail pane'});
		expect(app.lines()[0], screenOf(app)).toMatch(/^\/ press \/ to search/);
		expect(statusLine(app)).toMatch(/Tags saved: reading-group, surveys/);
		expect(storedMark(configDir, corpus.first.id)?.tags).toEqual(['reading-group', 'surveys']);
		app.press('q');
		await app.exit;

		const again = await open({configDir});
		await waitForScreen(again, 'Tags: reading-group, surveys', {...slowWait, description: 'the tags after a restart'});
		// Tab completes from the tags already used.
		again.press('j');
		again.press('t');
		await waitForScreen(again, /^Tags for “/m, slowWait);
		await again.type('sur');
		await waitForScreen(again, /^Tags for “.*”: sur/m, slowWait);
		again.press('\t');
		await waitForScreen(again, /^Tags for “.*”: surveys/m, {...slowWait, description: 'Tab completing the tag'});
		again.press('\r');
		await waitForScreen(again, 'Tags: surveys', {...slowWait, description: 'the completed tag on the second paper'});
		expect(storedMark(configDir, corpus.second.id)?.tags).toEqual(['surveys']);
	});

	test('r marks the selected paper read: its • goes, the unread count drops, and the file has it', async () => {
		const configDir = makeTempDir();
		const app = await open({configDir});
		await waitForScreen(app, () => statusLine(app).includes(`· ${corpus.total} unread`), {...slowWait, description: 'the unread count'});
		app.press('j');
		await waitForScreen(app, /^>• {2}Preserving In-Context/m, {...slowWait, description: 'the second paper selected, unread'});
		app.press('r');
		await waitForScreen(app, () => statusLine(app).includes('Marked read'), {...slowWait, description: 'r answered'});
		expect(
			app.lines().find(line => line.startsWith('>')),
			screenOf(app),
		).toMatch(/^> {3}Preserving In-Context/);
		expect(storedMark(configDir, corpus.second.id)?.readAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		// The first paper may have been read too meanwhile (it was shown on opening): count what the file holds.
		const readCount = [corpus.first.id, corpus.second.id].filter(id => storedMark(configDir, id)?.readAt !== undefined).length;
		await waitForScreen(app, () => statusLine(app).includes(`· ${corpus.total - readCount} unread`), {
			...slowWait,
			description: 'the unread count less the papers read',
		});
	});
});

describe('a paper shown for 3 s becomes read, in a real terminal', () => {
	test('the first paper loses its • and the file has it read; PAPER_TUI_READ_AFTER_MS=off keeps it unread', async () => {
		const configDir = makeTempDir();
		// Both explorers at once: the one with the default waits its 3 s while the other is watched for 4.
		const [app, never] = await Promise.all([open({configDir}), open({env: {PAPER_TUI_READ_AFTER_MS: 'off'}})]);
		const watchedSince = performance.now();
		await waitForScreen(app, /^> {3}Improving Large Language Model/m, {...slowWait, description: 'the first paper marked read'});
		expect(statusLine(app)).toContain(`· ${corpus.total - 1} unread`);
		expect(storedMark(configDir, corpus.first.id)?.readAt).toMatch(/^\d{4}-\d\d-\d\dT/);

		await waitForScreen(never, /^>• {2}Improving Large Language Model/m, slowWait);
		await pause(Math.max(0, 4000 - (performance.now() - watchedSince)));
		expect(
			never.lines().find(line => line.startsWith('>')),
			screenOf(never),
		).toMatch(/^>• {2}Improving/);
		expect(statusLine(never)).toContain(`· ${corpus.total} unread`);
	});
});
