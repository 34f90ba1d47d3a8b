/**
 * The program that opens a link on this machine's display (`open` on macOS, `xdg-open`
 * elsewhere), or undefined when there is no display to open it on: over SSH (`SSH_CONNECTION`
 * or `SSH_TTY` set), or on Linux without `DISPLAY` or `WAYLAND_DISPLAY`.
 */
export function linkOpener(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
	if (env['SSH_CONNECTION'] || env['SSH_TTY']) {
		return undefined;
	}

	if (platform === 'darwin') {
		return 'open';
	}

	if (platform === 'win32') {
		return undefined;
	}

	return env['DISPLAY'] || env['WAYLAND_DISPLAY'] ? 'xdg-open' : undefined;
}
