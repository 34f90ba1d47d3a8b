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
		['no multiplexer', {TERM: 'xterm-256color'}],
		['tmux', {TMUX: '/tmp/tmux-1000/default,1234,0', TERM: 'screen-256color'}],
		['tmux with TERM=tmux-256color', {TMUX: '/tmp/tmux-1000/default,1234,0', TERM: 'tmux-256color'}],
		['GNU screen by STY', {STY: '1234.pts-0.host', TERM: 'xterm'}],
		['GNU screen by TERM', {TERM: 'screen.xterm-256color'}],
	])('writes a sequence that decodes back to the text under %s', (_name, env) => {
		for (const text of [TEXT, LONG_TEXT]) {
			expect(decodeOsc52(sequenceOf(text, env))).toEqual([text]);
		}
	});

	it('writes a bare OSC 52 to the clipboard selection, ended by BEL, outside a multiplexer', () => {
		expect(sequenceOf('hi', {})).toBe(`${ESC}]52;c;aGk=${BEL}`);
	});

	it('wraps for tmux passthrough with every ESC doubled', () => {
		expect(sequenceOf('hi', {TMUX: '1'})).toBe(`${ESC}Ptmux;${ESC}${ESC}]52;c;aGk=${BEL}${ESC}\\`);
	});

	it('prefers tmux when both tmux and screen are detected', () => {
		expect(sequenceOf('hi', {TMUX: '1', STY: '1', TERM: 'screen'})).toMatch(/^\u001BPtmux;/);
	});

	it('cuts the sequence for GNU screen into separately wrapped pieces of at most 76 bytes', () => {
		const sequence = sequenceOf(LONG_TEXT, {STY: '1'});
		const pieces = [...sequence.matchAll(/\u001BP((?:[^\u001B]|\u001B(?!\\))*)\u001B\\/g)].map((match) => match[1] ?? '');
		expect(pieces.join('')).toBe(sequenceOf(LONG_TEXT, {}));
		expect(pieces.length).toBe(Math.ceil(sequenceOf(LONG_TEXT, {}).length / SCREEN_CHUNK_BYTES));
		expect(pieces.every((piece) => Buffer.byteLength(piece) <= SCREEN_CHUNK_BYTES)).toBe(true);
		expect(pieces.map((piece) => `${ESC}P${piece}${ESC}\\`).join('')).toBe(sequence);
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
		const stream = ['one', 'two', 'three'].map((text, index) => sequenceOf(text, [{}, {TMUX: '1'}, {STY: '1'}][index] ?? {})).join('noise');
		expect(decodeOsc52(stream)).toEqual(['one', 'two', 'three']);
	});
});
