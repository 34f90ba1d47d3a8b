import {describe, expect, test} from 'vitest';
import type {KeyFlags} from '../../src/keys/key-name.js';
import {
	decodeInput,
	finishPaste,
	initialDecoderState,
	isEscapeRemnant,
	maximumPasteLength,
	type DecoderState,
	type InputEvent,
} from '../../src/keys/input-decoder.js';

/** One of Ink's input events: `input` and `key` as `useInput` passes them. */
type InkEvent = readonly [input: string, key?: KeyFlags];

function decodeAll(inkEvents: readonly InkEvent[], state: DecoderState = initialDecoderState) {
	const events: InputEvent[] = [];
	for (const [input, key = {}] of inkEvents) {
		const decoded = decodeInput(state, input, key);
		state = decoded.state;
		events.push(...decoded.events);
	}

	return {state, events};
}

const key = (input: string, flags: KeyFlags = {}): InputEvent => ({type: 'key', input, key: flags});
const paste = (text: string): InputEvent => ({type: 'paste', text});
const escapeKey: KeyFlags = {escape: true, meta: true};

// What Ink 6.8 reports for the bytes a terminal sends (it strips the Esc of a sequence it cannot name).
const cases: Array<[description: string, inkEvents: InkEvent[], events: InputEvent[]]> = [
	['a paste in one read', [['[200~'], ['lora\nbyq'], ['[201~']], [paste('lora\nbyq')]],
	['a paste over several reads', [['[200~'], ['lora\nb'], ['y'], ['q'], ['[201~']], [paste('lora\nbyq')]],
	['an empty paste', [['[200~'], ['[201~']], [paste('')]],
	['a pasted line break read on its own (Ink: Enter)', [['[200~'], ['', {return: true}], ['x'], ['[201~']], [paste('\nx')]],
	['a pasted tab read on its own (Ink: Tab)', [['[200~'], ['a'], ['', {tab: true}], ['b'], ['[201~']], [paste('a\tb')]],
	['escape sequences inside a paste are dropped', [['[200~'], ['a'], ['[31m'], ['b'], ['', {upArrow: true}], ['[201~']], [paste('ab')]],
	[
		'control keys inside a paste are dropped',
		[['[200~'], ['a'], ['c', {ctrl: true}], ['', {backspace: true}], ['', escapeKey], ['b'], ['[201~']],
		[paste('ab')],
	],
	['letters that are commands in the list are text in a paste', [['[200~'], ['bqy/'], ['[201~']], [paste('bqy/')]],
	['keys after a paste are keys', [['[200~'], ['lora'], ['[201~'], ['j']], [paste('lora'), key('j')]],
	['a paste whose end marker lost its Esc', [['[200~'], ['lora'], ['', escapeKey], ['[201~jk']], [paste('lora'), key('jk')]],
	['a paste whose start marker lost its Esc', [['', escapeKey], ['[200~lora\nbyq'], ['[201~']], [key('', escapeKey), paste('lora\nbyq')]],
	['a paste whose start marker lost its Esc, whole in one read', [['[200~lora\nbyq[201~j']], [paste('lora\nbyq'), key('j')]],
	['a paste whose end marker is split across reads', [['[200~'], ['lora[20'], ['1~']], [paste('lora')]],
	['a paste start marker inside a paste is text', [['[200~'], ['a'], ['[200~'], ['b'], ['[201~']], [paste('ab')]],
	['a paste end marker with no paste is dropped', [['[201~'], ['j']], [key('j')]],
	['an SGR mouse report is dropped', [['[<64;3;3M'], ['[<0;10;5m'], ['j']], [key('j')]],
	['an X10 mouse report is dropped with its three bytes', [['[M'], [' !!'], ['j']], [key('j')]],
	['an X10 mouse report followed by a key in the same read', [['[M'], ['`++j']], [key('j')]],
	['an X10 mouse report that lost its Esc, in one read', [['[M !!'], ['j']], [key('j')]],
	['an X10 mouse report that lost its Esc, then a key', [['[M !!j']], [key('j')]],
	['an X10 mouse report that lost its Esc, split', [['[M '], ['!!'], ['j']], [key('j')]],
	['an X10 mouse report whose bytes come one by one', [['[M'], [' '], ['!'], ['!'], ['j']], [key('j')]],
	[
		'a Ctrl or Alt key is never a byte of an X10 mouse report',
		[['[M'], ['', escapeKey], ['c', {ctrl: true}], ['j']],
		[key('', escapeKey), key('c', {ctrl: true}), key('j')],
	],
	['what is left of ESC[0x after an Esc read alone', [['', escapeKey], ['[0x'], ['j']], [key('', escapeKey), key('j')]],
	['Shift+F1 and Alt+F9 as Ink reports them', [['[1;2P', {shift: true}], ['[20;3~', {meta: true}], ['j']], [key('j')]],
	['focus in and out reports', [['[I', {shift: true}], ['[O', {shift: true}], ['j']], [key('j')]],
	['an old-xterm Ctrl+F1 (ESC O 5 P)', [['O', {meta: true, shift: true}], ['5P'], ['j']], [key('O', {meta: true, shift: true}), key('j')]],
	[
		'an old-xterm Ctrl+F1 then a key in the same read',
		[['O', {meta: true, shift: true}], ['5Pj']],
		[key('O', {meta: true, shift: true}), key('j')],
	],
	[
		'Alt+Shift+O, then an arrow key',
		[
			['O', {meta: true, shift: true}],
			['', {downArrow: true}],
		],
		[key('O', {meta: true, shift: true}), key('', {downArrow: true})],
	],
	['a capital O typed, then 5P typed, is text', [['O', {shift: true}], ['5P']], [key('O', {shift: true}), key('5P')]],
	[
		'keys pass through',
		[['j'], ['', {downArrow: true}], ['c', {ctrl: true}], ['lora']],
		[key('j'), key('', {downArrow: true}), key('c', {ctrl: true}), key('lora')],
	],
	['brackets typed as text stay text', [['['], ['[a]'], ['[lora'], ['a[1]']], [key('['), key('[a]'), key('[lora'), key('a[1]')]],
];

describe('decodeInput', () => {
	test.each(cases)('%s', (_description, inkEvents, events) => {
		const decoded = decodeAll(inkEvents);
		expect(decoded.events).toEqual(events);
	});

	test('a paste in progress is kept between reads, and the decoder is idle after it', () => {
		const opened = decodeAll([['[200~'], ['lo']]);
		expect(opened.state.paste).toBe('lo');
		expect(decodeAll([['ra'], ['[201~']], opened.state).state).toEqual(initialDecoderState);
	});

	test(`a paste keeps its first ${maximumPasteLength} characters`, () => {
		const long = 'a'.repeat(maximumPasteLength);
		const {events} = decodeAll([['[200~'], [long], ['bbb'], ['[201~']]);
		expect(events).toEqual([paste(long)]);
	});
});

describe('finishPaste', () => {
	test('pastes what a paste without an end marker collected', () => {
		const {state} = decodeAll([['[200~'], ['lora\nbyq']]);
		expect(finishPaste(state)).toEqual({state: initialDecoderState, events: [paste('lora\nbyq')]});
	});

	test('does nothing when no paste is open', () => {
		expect(finishPaste(initialDecoderState)).toEqual({state: initialDecoderState, events: []});
	});
});

describe('isEscapeRemnant', () => {
	test.each(['[200~', '[201~', '[<64;3;3M', '[0x', '[1;5P', '[25;5~', '[I', '[A', '[?1;2c'])('%s is what is left of a sequence', text => {
		expect(isEscapeRemnant(text)).toBe(true);
	});

	test.each(['[', '[a', '[a]', '[lora', 'lora', '[1]', '[12', 'a[1;2P', ''])('%s is text', text => {
		expect(isEscapeRemnant(text)).toBe(false);
	});
});
