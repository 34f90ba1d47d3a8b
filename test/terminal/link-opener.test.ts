import {describe, expect, test} from 'vitest';
import {linkOpener} from '../../src/terminal/link-opener.js';

const cases: Array<[description: string, env: Record<string, string>, platform: NodeJS.Platform, program: string | undefined]> = [
	['Linux with X11', {DISPLAY: ':0'}, 'linux', 'xdg-open'],
	['Linux with Wayland', {WAYLAND_DISPLAY: 'wayland-0'}, 'linux', 'xdg-open'],
	['Linux without a display (a server console)', {}, 'linux', undefined],
	['over SSH, even with X forwarding', {DISPLAY: 'localhost:10.0', SSH_CONNECTION: '10.0.0.2 5000 10.0.0.1 22'}, 'linux', undefined],
	['over SSH (SSH_TTY only)', {DISPLAY: ':0', SSH_TTY: '/dev/pts/3'}, 'linux', undefined],
	['macOS', {}, 'darwin', 'open'],
	['macOS over SSH', {SSH_CONNECTION: '1 2 3 4'}, 'darwin', undefined],
	['Windows (no opener of ours)', {}, 'win32', undefined],
];

describe('linkOpener', () => {
	test.each(cases)('%s', (_description, env, platform, program) => {
		expect(linkOpener(env, platform)).toBe(program);
	});
});
