import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {builtCliPath, keys, type PtyApp} from '../support/pty-app.js';
import {slowWait, statusLine, useExplorers, waitForScreen, waitForStatus, waitUntilHandled} from './explorer-session.js';

// The explorer changes the alternate screen, cursor visibility, raw mode and bracketed paste, and
// nothing else (issue 8, item 2): a dropped connection or a SIGKILL must not leave the user's
// shell with broken tab stops.

const {start, open} = useExplorers();

/** TBC (`ESC[g`, `ESC[0g`, `ESC[3g`), HTS (`ESC H`), or a tab character. */
const tabStopChange = /\x1b\[[03]?g|\x1bH|\t/;

/** Navigates the way a user does: list, detail, search, help. */
async function navigate(app: PtyApp) {
	for (let selected = 2; selected <= 7; selected++) {
		app.press('j');
		await waitForStatus(app, `${selected}/77`);
	}
	app.press('k');
	await waitForStatus(app, '6/77');
	// Each key is handled, and its frame written, before the next is sent.
	for (const key of [keys.tab, 'j', 'j', keys.tab, 'G', 'g', '/', 'l', 'o', keys.escape, keys.escape, '?', '?']) {
		app.press(key);
		await waitUntilHandled(app);
	}
}

/** Where `@A`, `@B` and `@C` landed on the row that shows them. */
function markerColumns(app: PtyApp): number[] {
	const row = app.lines().find(line => line.includes('@A'));
	expect(row, app.screenText()).toBeDefined();
	return ['@A', '@B', '@C'].map(marker => row!.indexOf(marker));
}

/** A shell that runs the explorer, then prints three tab-separated fields, then waits. */
function shellScript(): string {
	const node = JSON.stringify(process.execPath);
	return `${node} ${JSON.stringify(builtCliPath)}; printf '\\r\\n@A\\t@B\\t@C\\r\\n'; sleep 30`;
}

describe("the terminal's tab stops are never changed", () => {
	test('navigating the list, the detail, the search line and the help writes no TBC, HTS or tab', async () => {
		const app = await open({cols: 120, rows: 40});
		await navigate(app);
		expect(app.output.match(tabStopChange)?.[0]).toBeUndefined();
	});

	test("after q, printf 'A\\tB\\tC' puts the fields at columns 1, 9 and 17", async () => {
		const app = await start({cols: 120, rows: 40, command: '/bin/sh', commandArgs: ['-c', shellScript()]});
		await waitForStatus(app, '1/77');
		await navigate(app);
		app.press('q');
		await app.waitFor(() => app.screenText().includes('@C'), {...slowWait, description: 'the printf after quitting'});
		await app.settled();
		expect(markerColumns(app)).toEqual([0, 8, 16]);
	});

	test("after a SIGKILL (nothing restored), printf 'A\\tB\\tC' still puts the fields at columns 1, 9 and 17", async () => {
		const app = await start({cols: 120, rows: 40, command: '/bin/sh', commandArgs: ['-c', shellScript()]});
		await waitForStatus(app, '1/77');
		await navigate(app);
		await waitForScreen(app, () => /^\d+\/77 /.test(statusLine(app)));
		const [explorerPid] = readFileSync(`/proc/${app.pid}/task/${app.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
		expect(explorerPid).toBeGreaterThan(0);
		process.kill(explorerPid!, 'SIGKILL');
		await app.waitFor(() => app.screenText().includes('@C'), {...slowWait, description: 'the printf after the SIGKILL'});
		await app.settled();
		expect(markerColumns(app)).toEqual([0, 8, 16]);
	});
});
