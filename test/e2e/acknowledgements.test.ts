import {describe, expect, test} from 'vitest';
import {acknowledgedInputBytes, corpus, statusLine, useExplorers, waitUntilHandled} from './explorer-session.js';

// The test hook the other pty tests wait on instead of sleeping (src/explorer/input-acknowledgement.tsx).
const {open} = useExplorers();

describe('the explorer acknowledges what it handled (PAPER_TUI_TEST_ACKNOWLEDGE=1)', () => {
	test('after each key, once the frame the key caused is written', async () => {
		const app = await open();
		for (let position = 2; position <= 6; position++) {
			app.press('j');
			await waitUntilHandled(app);
			// Nothing waited for the frame itself: the acknowledgement came after it.
			expect(statusLine(app)).toMatch(new RegExp(`^${position}/${corpus.total} `));
		}
		expect(acknowledgedInputBytes(app)).toBe(5);
	});

	test('counting bytes, not keys: a multi-byte key and keys in one read', async () => {
		const app = await open();
		app.press('\u001B[B');
		app.press('jj');
		await waitUntilHandled(app);
		expect(statusLine(app)).toMatch(new RegExp(`^4/${corpus.total} `));
		expect(acknowledgedInputBytes(app)).toBe(5);
	});

	test('after a resize, once the frame at the new size is written', async () => {
		const app = await open({cols: 120, rows: 40});
		app.resize(100, 30);
		await waitUntilHandled(app);
		const lines = app.lines();
		expect(lines).toHaveLength(30);
		expect(lines.map(line => /^1\/77 /.test(line)).lastIndexOf(true)).toBeGreaterThanOrEqual(28);
	});
});
