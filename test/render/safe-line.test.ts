import {describe, expect, it} from 'vitest';
import logUpdate from './bundled-log-update.js';
import {mayHoldUnreliableCells} from '../../src/render/character-width.js';
import {safeLine, standIn} from '../../src/render/safe-line.js';
import {parseLine, type ParsedLine} from '../../src/render/styled-cells.js';
import {createCaptureStream, createTerminal, screenText, writeToTerminal} from './terminal-harness.js';

const esc = '\u001B';
const family = '👨‍👩‍👧‍👦';

/** The column of the first cell of row 0 showing `character`. */
function columnOf(terminal: ReturnType<typeof createTerminal>, character: string): number {
	const line = terminal.buffer.active.getLine(0);
	for (let column = 0; column < terminal.cols; column++) {
		if (line?.getCell(column)?.getChars() === character) return column;
	}
	return -1;
}

function parsed(line: string): ParsedLine {
	const result = parseLine(line);
	if (!result) throw new Error(`parseLine refused ${JSON.stringify(line)}`);
	return result;
}

describe('standIn draws an emoji sequence as one character of the same width', () => {
	it.each([
		{name: 'a ZWJ family is its first person', grapheme: family, width: 2, drawn: '👨'},
		{name: 'a technologist is its person', grapheme: '🧑‍💻', width: 2, drawn: '🧑'},
		{name: 'a flag is its two letters', grapheme: '🇫🇷', width: 2, drawn: 'FR'},
		{name: 'a heart with VS16 is the heart and a space', grapheme: '❤️', width: 2, drawn: '❤ '},
		{name: 'a keycap is its digit and a space', grapheme: '1️⃣', width: 2, drawn: '1 '},
		{name: 'a skin tone is dropped', grapheme: '👍🏽', width: 2, drawn: '👍'},
		{name: 'a single emoji stays', grapheme: '😀', width: 2, drawn: '😀'},
		{name: 'a letter with a combining accent stays', grapheme: 'e\u0301', width: 1, drawn: 'e\u0301'},
		{name: 'a Devanagari cluster stays', grapheme: 'क्षि', width: 2, drawn: 'क्षि'},
	])('$name', ({grapheme, width, drawn}) => {
		expect(standIn(grapheme, width)).toBe(drawn);
	});
});

describe('mayHoldUnreliableCells', () => {
	it.each([
		['plain ASCII with styles', `${esc}[1mabc${esc}[22m │ déjà vu — “quoted”`, false],
		['an emoji', 'a 😀 b', true],
		['a combining accent', 'e\u0301', true],
		['a wide CJK character', '你好', true],
	])('%s: %s', (_name, line, expected) => {
		expect(mayHoldUnreliableCells(line as string)).toBe(expected);
	});
});

describe('a line with emoji sequences keeps its columns in xterm.js', () => {
	const line = `> A ${family} of adapters ${esc}[90m│${esc}[39m detail 🇫🇷 and ❤️ end`;

	it('written raw, xterm.js draws the family 4 columns wide and the divider moves from column 19 to 21', async () => {
		const terminal = createTerminal(60, 2);
		await writeToTerminal(terminal, line);
		expect(columnOf(terminal, '│')).toBe(21);
	});

	it('written safely, the divider and the detail are where the frame puts them', async () => {
		const terminal = createTerminal(60, 2);
		await writeToTerminal(terminal, safeLine(parsed(line)));
		const [row = ''] = screenText(terminal);
		expect(columnOf(terminal, '│')).toBe(19);
		expect(row).toBe('> A 👨  of adapters │ detail FR and ❤  end');
	});

	it('rewritten over a longer line, nothing of the old line is left', async () => {
		const terminal = createTerminal(60, 2);
		await writeToTerminal(terminal, 'x'.repeat(59) + '\r');
		await writeToTerminal(terminal, safeLine(parsed(`${family}${family}ab`), {erasesRow: true}));
		expect(screenText(terminal)[0]).toBe('👨 👨 ab');
	});

	it('the renderer draws such rows safely in a first frame and in an incremental one', async () => {
		const capture = createCaptureStream();
		const render = logUpdate.create(capture.stream, {incremental: true});
		const terminal = createTerminal(60, 4);
		render(`title\n${line}\nplain\n`);
		await writeToTerminal(terminal, capture.take());
		expect(Array.from(screenText(terminal)[1]!).indexOf('│')).toBe(19);
		render(`title\n${line.replace('detail', 'DETAIL')}\nplain\n`);
		const written = capture.take();
		expect(written).toContain(`${esc}[2K`);
		await writeToTerminal(terminal, written);
		expect(screenText(terminal)[1]).toBe('> A 👨  of adapters │ DETAIL FR and ❤  end');
	});
});
