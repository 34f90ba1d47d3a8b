import {describe, expect, test} from 'vitest';
import {keyLabel, keyName, type KeyFlags} from '../../src/keys/key-name.js';

// Flags as Ink 6.8's useInput reports them for each key.
const names: Array<[description: string, input: string, key: KeyFlags, name: string | undefined]> = [
	['↑', '', {upArrow: true}, 'up'],
	['↓', '', {downArrow: true}, 'down'],
	['←', '', {leftArrow: true}, 'left'],
	['→', '', {rightArrow: true}, 'right'],
	['PgUp', '', {pageUp: true}, 'pageup'],
	['PgDn', '', {pageDown: true}, 'pagedown'],
	['Home', '', {home: true}, 'home'],
	['End', '', {end: true}, 'end'],
	['Enter', '\r', {return: true}, 'return'],
	['Esc, which Ink also flags as meta', '', {escape: true, meta: true}, 'escape'],
	['Tab', '', {tab: true}, 'tab'],
	['Shift-Tab', '', {tab: true, shift: true}, 'shift+tab'],
	['Backspace, which Ink reports as delete', '', {delete: true}, 'backspace'],
	['Backspace flagged as backspace', '', {backspace: true}, 'backspace'],
	['Ctrl-U', 'u', {ctrl: true}, 'ctrl+u'],
	['Ctrl-W', 'w', {ctrl: true}, 'ctrl+w'],
	['Ctrl-C', 'c', {ctrl: true}, 'ctrl+c'],
	['Ctrl with a capital letter', 'U', {ctrl: true, shift: true}, 'ctrl+u'],
	['Alt-x', 'x', {meta: true}, 'meta+x'],
	['a plain letter', 'j', {}, 'j'],
	['a capital letter, which Ink flags as shift', 'G', {shift: true}, 'G'],
	['a symbol', '?', {}, '?'],
	['a slash', '/', {}, '/'],
	['no input and no named key', '', {}, undefined],
	['no input with only ctrl', '', {ctrl: true}, undefined],
];

describe('keyName', () => {
	test.each(names)('names %s', (_description, input, key, name) => {
		expect(keyName(input, key)).toBe(name);
	});
});

const labels: Array<[name: string, label: string]> = [
	['up', '↑'],
	['down', '↓'],
	['left', '←'],
	['right', '→'],
	['pageup', 'PgUp'],
	['pagedown', 'PgDn'],
	['home', 'Home'],
	['end', 'End'],
	['return', 'Enter'],
	['escape', 'Esc'],
	['tab', 'Tab'],
	['shift+tab', 'Shift-Tab'],
	['backspace', 'Backspace'],
	['ctrl+u', 'Ctrl-U'],
	['ctrl+c', 'Ctrl-C'],
	['meta+x', 'Alt-X'],
	['j', 'j'],
	['G', 'G'],
	['?', '?'],
	['/', '/'],
];

describe('keyLabel', () => {
	test.each(labels)('shows %j as %j', (name, label) => {
		expect(keyLabel(name)).toBe(label);
	});
});
