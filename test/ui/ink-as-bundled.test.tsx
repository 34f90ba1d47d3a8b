import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, test, vi} from 'vitest';
import Output from '../../src/render/output.js';
import {lines, press, renderExplorer, samplePapers} from './explorer-fixture.js';

// vitest.config.ts loads Ink through vite with scripts/build/plugins.mjs's inkAsBundledForTests:
// the component tests run Ink as the bundle has it. These fail if that stops being so.

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

describe('the component tests run Ink as the bundle has it', () => {
	test("Ink draws each frame with src/render's Output, not its own", () => {
		const get = vi.spyOn(Output.prototype, 'get');
		const {lastFrame} = render(<Text>drawn by src/render</Text>);
		expect(lastFrame()).toBe('drawn by src/render');
		expect(get).toHaveBeenCalled();
	});

	test('a Ctrl chord Ink has no name for (Ctrl+F1) is no key, not a crash (the use-input patch, vadimdemedes/ink#901)', async () => {
		const view = await renderExplorer({papers: samplePapers});
		const before = view.lastFrame();
		expect(lines(before)[1]).toContain(samplePapers[0]!.title);
		await press(view, '\u001B[1;5P');
		expect(view.lastFrame()).toBe(before);
		await press(view, 'j');
		expect(view.lastFrame()).toContain(samplePapers[1]!.abstract);
	});
});
