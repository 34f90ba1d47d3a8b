import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {defaultTabStops, openTerminalSession} from '../../src/explorer/terminal-session.js';
import {createTerminal, writeToTerminal} from '../render/terminal-harness.js';

const esc = '\u001B';

describe('the terminal session puts tab stops back', () => {
	it('defaultTabStops undoes the renderer\'s single stop: HT stops every 8 columns again', async () => {
		const terminal = createTerminal(40, 4);
		// What scripts/ink/incremental-log-update.js writes to reach the detail pane with one HT.
		await writeToTerminal(terminal, `${esc}[3g${esc}[23G${esc}H\r\t`);
		expect(terminal.buffer.active.cursorX).toBe(22);
		await writeToTerminal(terminal, defaultTabStops(40));
		const stops: number[] = [];
		for (let tab = 0; tab < 5; tab++) {
			await writeToTerminal(terminal, '\t');
			stops.push(terminal.buffer.active.cursorX);
		}
		expect(stops).toEqual([8, 16, 24, 32, 39]);
	});

	it('restores them before leaving the alternate screen', () => {
		const written: string[] = [];
		const stdout = Object.assign(new PassThrough(), {columns: 100, isTTY: true});
		stdout.on('data', (chunk: Buffer) => written.push(chunk.toString()));
		const stdin = Object.assign(new PassThrough(), {isTTY: false});
		const session = openTerminalSession(stdout as unknown as NodeJS.WriteStream, stdin as unknown as NodeJS.ReadStream);
		written.length = 0;
		session.restore();
		expect(written.join('')).toBe(`${defaultTabStops(100)}${esc}[?2004l${esc}[?2026l${esc}[?25h${esc}[?1049l`);
	});
});
