const TMUX_PASSTHROUGH = /\u001BPtmux;((?:\u001B\u001B|[^\u001B])*)\u001B\\/g;
const DCS = /\u001BP((?:[^\u001B]|\u001B(?!\\))*)\u001B\\/g;
const OSC52 = /\u001B\]52;([^;\u0007\u001B]*);([^\u0007\u001B]*)(?:\u0007|\u001B\\)/g;

/**
 * The texts a raw terminal output stream asks to put on the clipboard, in order: finds
 * every OSC 52 write, after undoing tmux passthrough and GNU screen DCS wrapping, and
 * decodes its base64 as UTF-8. Clipboard queries (`?`) are skipped. For tests.
 */
export function decodeOsc52(output: string): string[] {
	const unwrapped = output
		.replace(TMUX_PASSTHROUGH, (_match, inner: string) => inner.replaceAll('\u001B\u001B', '\u001B'))
		.replace(DCS, (_match, inner: string) => inner);
	const texts: string[] = [];
	for (const [, , payload = ''] of unwrapped.matchAll(OSC52)) {
		if (payload !== '?') {
			texts.push(Buffer.from(payload, 'base64').toString('utf8'));
		}
	}
	return texts;
}
