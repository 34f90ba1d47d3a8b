import {thousands} from '../text/thousands.js';

/** Most terminals drop an OSC 52 payload larger than this many bytes of base64 (xterm, tmux, kitty). */
export const OSC52_MAX_BASE64_BYTES = 100_000;

/** GNU screen truncates a DCS string longer than this, so the sequence is sent in pieces. */
export const SCREEN_CHUNK_BYTES = 76;

/** The outcome of preparing a clipboard write: the bytes to write to the terminal, or why not. */
export type Osc52Result =
	{readonly ok: true; readonly sequence: string; readonly bytes: number} | {readonly ok: false; readonly reason: string};

const ESC = '\u001B';
const BEL = '\u0007';
const STRING_TERMINATOR = `${ESC}\\`;

type Multiplexer = 'tmux' | 'screen' | 'none';

/** tmux sets `TMUX` and GNU screen `STY`; `TERM=screen*` is no sign of screen (it is tmux's default TERM). */
function multiplexer(env: NodeJS.ProcessEnv): Multiplexer {
	if (env['TMUX']) {
		return 'tmux';
	}
	if (env['STY']) {
		return 'screen';
	}
	return 'none';
}

/**
 * Inside tmux, both forms: the plain sequence, which tmux takes with `set-clipboard on` (it
 * stores a paste buffer and forwards the sequence to the terminal outside), and the same
 * sequence wrapped for passthrough, which reaches the outside terminal directly when
 * `allow-passthrough on` (tmux drops it otherwise).
 */
function forTmux(sequence: string): string {
	return `${sequence}${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${STRING_TERMINATOR}`;
}

function wrapForScreen(sequence: string): string {
	const chunks: string[] = [];
	for (let start = 0; start < sequence.length; start += SCREEN_CHUNK_BYTES) {
		chunks.push(`${ESC}P${sequence.slice(start, start + SCREEN_CHUNK_BYTES)}${STRING_TERMINATOR}`);
	}
	return chunks.join('');
}

/**
 * The escape sequence that puts `text` on the clipboard of the terminal the user sits at,
 * through SSH: OSC 52 (`ESC ] 52 ; c ; base64 BEL`); when `TMUX` is set, that sequence
 * followed by its tmux passthrough form (see `forTmux`); when `STY` is set (GNU screen), cut
 * into 76-byte DCS pieces. `bytes` is the size of `text` in UTF-8. Whether the terminal
 * honours it cannot be known: the sequence is only sent. Refuses empty text, and text whose base64 would exceed
 * `OSC52_MAX_BASE64_BYTES`, with a reason fit for the status bar.
 */
export function osc52Copy(text: string, env: NodeJS.ProcessEnv): Osc52Result {
	const utf8 = Buffer.from(text, 'utf8');
	if (utf8.length === 0) {
		return {ok: false, reason: 'Nothing to copy'};
	}
	const payload = utf8.toString('base64');
	if (payload.length > OSC52_MAX_BASE64_BYTES) {
		const size = thousands(payload.length);
		const limit = thousands(OSC52_MAX_BASE64_BYTES);
		return {ok: false, reason: `Too big for the terminal clipboard: ${size} bytes encoded, limit ${limit}`};
	}
	const sequence = `${ESC}]52;c;${payload}${BEL}`;
	const wrapped = {tmux: forTmux, screen: wrapForScreen, none: (raw: string) => raw}[multiplexer(env)](sequence);
	return {ok: true, sequence: wrapped, bytes: utf8.length};
}
