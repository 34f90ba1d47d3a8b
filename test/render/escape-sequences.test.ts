import {describe, expect, it} from 'vitest';
import {lineTokens, sgrEffects} from '../../src/render/escape-sequences.js';
import {parseLine} from '../../src/render/styled-cells.js';
import Output from '../../src/render/output.js';

describe('sgrEffects reads the parameters of an SGR sequence', () => {
	it('turns an empty parameter (ESC[m, ESC[1;;4m) into a reset', () => {
		expect(sgrEffects('')).toEqual([{type: 'reset'}]);
		expect(sgrEffects('1;;4')).toEqual([{type: 'on', flag: 'bold'}, {type: 'reset'}, {type: 'on', flag: 'underline'}]);
	});

	it('ends bold and dim together with 22, blink and rapid blink with 25', () => {
		expect(sgrEffects('22;25')).toEqual([
			{type: 'off', flags: ['bold', 'dim']},
			{type: 'off', flags: ['blink', 'rapidBlink']},
		]);
	});

	it('reads colours, extended ones whole, and the parameters after them', () => {
		expect(sgrEffects('31;104;38;5;208;48;2;1;2;3;1')).toEqual([
			{type: 'colour', layer: 'foreground', value: '31'},
			{type: 'colour', layer: 'background', value: '104'},
			{type: 'colour', layer: 'foreground', value: '38;5;208'},
			{type: 'colour', layer: 'background', value: '48;2;1;2;3'},
			{type: 'on', flag: 'bold'},
		]);
		expect(sgrEffects('39;49')).toEqual([
			{type: 'default colour', layer: 'foreground'},
			{type: 'default colour', layer: 'background'},
		]);
	});

	it('keeps a malformed extended colour as a colour with no value, taking the parameters a well-formed one would', () => {
		expect(sgrEffects('38;5;300;1')).toEqual([
			{type: 'colour', layer: 'foreground', value: undefined},
			{type: 'on', flag: 'bold'},
		]);
		expect(sgrEffects('48;7;1;2;3;4')).toEqual([
			{type: 'colour', layer: 'background', value: undefined},
			{type: 'on', flag: 'underline'},
		]);
	});

	it('names a parameter it does not know as unknown', () => {
		expect(sgrEffects('21;26;51')).toEqual([{type: 'unknown'}, {type: 'unknown'}, {type: 'unknown'}]);
	});
});

describe('styled-cells and output read a line through the same tokens and SGR effects', () => {
	const lines = ['\u001B[1;2mboth\u001B[22m', '\u001B[38;5;208mx\u001B[39m', '\u001B[6mfast\u001B[25m', '\u001B[53mover\u001B[55m'];

	it('styled-cells refuses what its cells cannot carry (rapid blink, overline) and reads the rest', () => {
		expect(lines.map(line => parseLine(line)?.endsOpen)).toEqual([false, false, undefined, undefined]);
		expect(parseLine(lines[1]!)?.cells[0]).toEqual({character: 'x', key: '38;5;208', link: ''});
	});

	it('output closes nothing after a write that closes what it opened, rapid blink and overline included', () => {
		for (const line of lines) {
			const output = new Output({width: 20, height: 1});
			output.write(0, 0, line, {transformers: []});
			expect(output.get().output).toBe(line);
			expect([...lineTokens(line)].filter(token => token.type === 'style')).toHaveLength(2);
		}
	});
});
