import {afterEach, describe, expect, test} from 'vitest';
import {Text, useInput} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {keyName} from '../../src/keys/key-name.js';
import {keys} from '../support/keys.js';

/** Records the key name of every key press Ink reports. */
function KeyProbe({names}: {readonly names: Array<string | undefined>}) {
	useInput((input, key) => {
		names.push(keyName(input, key));
	});
	return <Text>probe</Text>;
}

async function nameOf(bytes: string): Promise<Array<string | undefined>> {
	const names: Array<string | undefined> = [];
	const view = render(<KeyProbe names={names} />);
	await new Promise(resolve => setTimeout(resolve, 5));
	view.stdin.write(bytes);
	// A lone Esc is held back by Ink until the next turn of the event loop.
	await new Promise(resolve => setTimeout(resolve, 10));
	return names;
}

afterEach(() => {
	cleanup();
});

// The bytes an xterm-compatible terminal sends, through Ink 6.8's real key parsing.
const fromBytes: Array<[description: string, bytes: string, name: string]> = [
	['↑', keys.up, 'up'],
	['↓', keys.down, 'down'],
	['PgUp', keys.pageUp, 'pageup'],
	['PgDn', keys.pageDown, 'pagedown'],
	['Home', keys.home, 'home'],
	['End', keys.end, 'end'],
	['Enter', keys.enter, 'return'],
	['Esc', keys.escape, 'escape'],
	['Tab', keys.tab, 'tab'],
	['Shift-Tab', keys.shiftTab, 'shift+tab'],
	['Backspace (DEL)', keys.backspace, 'backspace'],
	['Ctrl-U', keys.ctrlU, 'ctrl+u'],
	['Ctrl-W', keys.ctrlW, 'ctrl+w'],
	['Ctrl-C', keys.ctrlC, 'ctrl+c'],
	['Alt-x', '\u001Bx', 'meta+x'],
	['j', 'j', 'j'],
	['G', 'G', 'G'],
	['?', '?', '?'],
];

describe('keyName on what Ink reports for terminal bytes', () => {
	test.each(fromBytes)('names %s', async (_description, bytes, name) => {
		expect(await nameOf(bytes)).toEqual([name]);
	});
});
