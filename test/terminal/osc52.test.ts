import {describe, expect, it} from 'vitest';
import {decodeOsc52} from '../support/decode-osc52.js';
import {OSC52_MAX_BASE64_BYTES, osc52Copy, SCREEN_CHUNK_BYTES} from '../../src/terminal/osc52.js';

const ESC = '\u001B';
const BEL = '\u0007';
const TEXT = 'Attention Is All You Need\nhttps://arxiv.org/abs/1706.03762 — café 😀';
const LONG_TEXT = 'x'.repeat(1000);

function sequenceOf(text: string, env: NodeJS.ProcessEnv): string {
	const result = osc52Copy(text, env);
	if (!result.ok) {
		throw new Error(result.reason);
	}
	return result.sequence;
}

describe('osc52Copy', () => {
	it.each([
		['no multiplexer', {TERM: 'xterm-256color'}, 1],
		['tmux (plain and passthrough forms)', {TMUX: '/tmp/tmux-1000/default,1234,0', TERM: 'screen-256color'}, 2],
		['tmux with TERM=tmux-256color (plain and passthrough forms)', {TMUX: '/tmp/tmux-1000/default,1234,0', TERM: 'tmux-256color'}, 2],
		['GNU screen by STY', {STY: '1234.pts-0.host', TERM: 'xterm'}, 1],
		['TERM=screen without STY', {TERM: 'screen.xterm-256color'}, 1],
	])('writes a sequence that decodes back to the text under %s', (_name, env, copies) => {
		for (const text of [TEXT, LONG_TEXT]) {
			expect(decodeOsc52(sequenceOf(text, env))).toEqual(Array.from({length: copies}, () => text));
		}
	});

	it('writes a bare OSC 52 to the clipboard selection, ended by BEL, outside a multiplexer', () => {
		expect(sequenceOf('hi', {})).toBe(`${ESC}]52;c;aGk=${BEL}`);
	});

	it('inside tmux writes the plain sequence (for set-clipboard on), then its passthrough form with every ESC doubled', () => {
		expect(sequenceOf('hi', {TMUX: '1'})).toBe(`${ESC}]52;c;aGk=${BEL}${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=${BEL}${ESC}\\`);
	});

	it.each([['screen'], ['screen-256color'], ['screen.xterm-256color']])(
		"does not take TERM=%s alone for GNU screen (it is tmux's default TERM)",
		term => {
			expect(sequenceOf('hi', {TERM: term})).toBe(`${ESC}]52;c;aGk=${BEL}`);
		},
	);

	it('prefers tmux when both tmux and screen are detected', () => {
		expect(sequenceOf('hi', {TMUX: '1', STY: '1', TERM: 'screen'})).toMatch(/^\u001B\]52;c;aGk=\u0007\u001BPtmux;/);
	});

	it('cuts the sequence for GNU screen into separately wrapped pieces of at most 76 bytes', () => {
		const sequence = sequenceOf(LONG_TEXT, {STY: '1'});
		const pieces = [...sequence.matchAll(/\u001BP((?:[^\u001B]|\u001B(?!\\))*)\u001B\\/g)].map(match => match[1] ?? '');
		expect(pieces.join('')).toBe(sequenceOf(LONG_TEXT, {}));
		expect(pieces.length).toBe(Math.ceil(sequenceOf(LONG_TEXT, {}).length / SCREEN_CHUNK_BYTES));
		expect(pieces.every(piece => Buffer.byteLength(piece) <= SCREEN_CHUNK_BYTES)).toBe(true);
		expect(pieces.map(piece => `${ESC}P${piece}${ESC}\\`).join('')).toBe(sequence);
	});

	it('reports the UTF-8 size of the text', () => {
		expect(osc52Copy('é😀', {})).toMatchObject({ok: true, bytes: 6});
	});

	it('accepts text whose base64 is exactly at the limit', () => {
		const text = 'x'.repeat((OSC52_MAX_BASE64_BYTES / 4) * 3);
		expect(osc52Copy(text, {})).toMatchObject({ok: true});
	});

	it('refuses text whose base64 exceeds the limit, saying how big it is and what the limit is', () => {
		const text = 'x'.repeat((OSC52_MAX_BASE64_BYTES / 4) * 3 + 1);
		expect(osc52Copy(text, {})).toEqual({ok: false, reason: 'Too big for the terminal clipboard: 100,004 bytes encoded, limit 100,000'});
	});

	it('refuses empty text, which would clear the clipboard', () => {
		expect(osc52Copy('', {})).toEqual({ok: false, reason: 'Nothing to copy'});
	});
});

describe('decodeOsc52', () => {
	it.each([
		['finds writes among other output', `before${ESC}[2J${ESC}]52;c;aGk=${BEL}middle${ESC}]52;p;aG8=${ESC}\\after`, ['hi', 'ho']],
		['skips clipboard queries', `${ESC}]52;c;?${BEL}`, []],
		['ignores other OSC sequences', `${ESC}]0;title${BEL}${ESC}]8;;https://x.org${BEL}`, []],
		['finds nothing in plain text', 'no escapes here', []],
	])('%s', (_name, output, expected) => {
		expect(decodeOsc52(output)).toEqual(expected);
	});

	it('decodes several wrapped writes in one stream', () => {
		const tmuxPassthrough = `${ESC}Ptmux;${ESC}${ESC}]52;c;dHdv${BEL}${ESC}\\`;
		const stream = [sequenceOf('one', {}), tmuxPassthrough, sequenceOf('three', {STY: '1'})].join('noise');
		expect(decodeOsc52(stream)).toEqual(['one', 'two', 'three']);
	});
});
