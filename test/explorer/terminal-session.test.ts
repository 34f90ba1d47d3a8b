import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {openTerminalSession} from '../../src/explorer/terminal-session.js';

const esc = '\u001B';

describe('the terminal session restores only what it changed', () => {
	it('ends synchronized output, shows the cursor and leaves the alternate screen: no tab stops', () => {
		const written: string[] = [];
		const stdout = Object.assign(new PassThrough(), {columns: 100, isTTY: true});
		stdout.on('data', (chunk: Buffer) => written.push(chunk.toString()));
		const stdin = Object.assign(new PassThrough(), {isTTY: false});
		const session = openTerminalSession(stdout as unknown as NodeJS.WriteStream, stdin as unknown as NodeJS.ReadStream);
		written.length = 0;
		session.restore();
		expect(written.join('')).toBe(`${esc}[?2004l${esc}[?2026l${esc}[?25h${esc}[?1049l`);
	});
});
