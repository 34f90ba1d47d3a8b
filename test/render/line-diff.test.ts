import {describe, expect, it} from 'vitest';
import {diffLine} from '../../src/render/line-diff.js';
import {parseLine, type ParsedLine} from '../../src/render/styled-cells.js';

const esc = '\u001B';

function parsed(line: string): ParsedLine {
	const result = parseLine(line);
	if (!result) throw new Error(`parseLine refused ${JSON.stringify(line)}`);
	return result;
}

describe('diffLine rewrites only the changed columns', () => {
	const cases: Array<{name: string; previous: string; next: string; bytes: string | undefined}> = [
		{name: 'one word in the middle', previous: 'hello world again', next: 'hello WORLD again', bytes: `${esc}[7GWORLD`},
		{name: 'a change at column 0 uses CR', previous: 'abc', next: 'xbc', bytes: '\rx'},
		{
			name: 'a style-only change re-establishes the style and resets',
			previous: 'hello world',
			next: `hello ${esc}[1;31mworld${esc}[39;22m`,
			bytes: `${esc}[7G${esc}[1;31mworld${esc}[m`,
		},
		{
			name: 'the style in effect at the first changed column is restored',
			previous: `${esc}[7mselected row${esc}[27m`,
			next: `${esc}[7mselected rod${esc}[27m`,
			bytes: `${esc}[12G${esc}[7md${esc}[m`,
		},
		{
			name: 'a change of style inside a span switches from a reset',
			previous: `${esc}[31mab${esc}[32mcd${esc}[0m`,
			next: `${esc}[33mab${esc}[34mcd${esc}[0m`,
			bytes: `\r${esc}[33mab${esc}[0;34mcd${esc}[m`,
		},
		{
			name: 'a change inside a hyperlink re-opens it and closes it',
			previous: `a ${esc}]8;;https://x.org${esc}\\link${esc}]8;;${esc}\\ b`,
			next: `a ${esc}]8;;https://x.org${esc}\\lank${esc}]8;;${esc}\\ b`,
			bytes: `${esc}[4G${esc}]8;;https://x.org${esc}\\a${esc}]8;;${esc}\\`,
		},
		{
			name: 'a hyperlink ended by BEL is re-opened as written',
			previous: `${esc}]8;id=7;https://x.org\u0007ab${esc}]8;;\u0007`,
			next: `${esc}]8;id=7;https://x.org\u0007aB${esc}]8;;\u0007`,
			bytes: `${esc}[2G${esc}]8;id=7;https://x.org\u0007B${esc}]8;;${esc}\\`,
		},
		{
			name: 'a new hyperlink on the same text is a change',
			previous: 'see docs',
			next: `see ${esc}]8;;https://x.org${esc}\\docs${esc}]8;;${esc}\\`,
			bytes: `${esc}[5G${esc}]8;;https://x.org${esc}\\docs${esc}]8;;${esc}\\`,
		},
		{name: 'a shorter line erases its old tail', previous: 'abcdef', next: 'abc', bytes: `${esc}[4G${esc}[K`},
		{name: 'a shorter and different line writes then erases', previous: 'abcdef', next: 'abX', bytes: `${esc}[3GX${esc}[K`},
		{name: 'trailing default spaces equal erased cells', previous: 'abc   ', next: 'abc', bytes: ''},
		{
			name: 'a different encoding of the same look writes nothing',
			previous: `${esc}[1m${esc}[31mab${esc}[0m`,
			next: `${esc}[31;1mab${esc}[39m${esc}[22m`,
			bytes: '',
		},
		{name: 'a wide character counts two columns', previous: 'ab你好', next: 'ab你们', bytes: `${esc}[5G们`},
		{name: 'a span never splits an old wide character', previous: 'a你b', next: 'abcd', bytes: `${esc}[2Gbcd`},
		{name: 'a span never splits a new wide character', previous: 'abcd', next: 'a你d', bytes: `${esc}[2G你`},
		{name: 'two distant changes are two spans', previous: 'x'.repeat(30), next: `y${'x'.repeat(28)}y`, bytes: `\ry${esc}[30Gy`},
		{name: 'two close changes are one span', previous: 'abcdefgh', next: 'XbcdefgX', bytes: '\rXbcdefgX'},
		{name: 'an emoji after the change does not matter', previous: 'ab 😀', next: 'aB 😀', bytes: `${esc}[2GB`},
		{name: 'an emoji before the change forces a whole-line rewrite', previous: '😀 ab', next: '😀 aB', bytes: undefined},
		{
			name: 'a combining sequence before the change forces a whole-line rewrite',
			previous: 'e\u0301 ab',
			next: 'e\u0301 aB',
			bytes: undefined,
		},
		{
			name: 'a character joined by what follows it (keycap) is not trusted either',
			previous: '#\uFE0F\u20E3 ab',
			next: '*\uFE0F\u20E3 ab',
			bytes: undefined,
		},
		{
			name: 'Hangul jamo that join into one syllable are not trusted',
			previous: '\u1100\u1161 ab',
			next: '\u1100\u1161 aB',
			bytes: undefined,
		},
		{name: 'identical lines write nothing', previous: 'ab', next: 'ab', bytes: ''},
	];
	it.each(cases)('$name', ({previous, next, bytes}) => {
		expect(diffLine(parsed(previous), parsed(next))).toBe(bytes);
	});

	it('first closes any style and hyperlink a raw line before may have left open', () => {
		expect(diffLine(parsed('abc'), parsed(`ab${esc}[32md`), {startsWithReset: true})).toBe(
			`${esc}[m${esc}]8;;${esc}\\${esc}[3G${esc}[32md${esc}[m`,
		);
	});

	const pane = (list: string, detail: string) => `${list.padEnd(20)}| ${detail}`;
	it.each([
		{name: 'from column 0 a change at column 0 needs no CR', previous: 'abc', next: 'xbc', options: {fromColumnZero: true}, bytes: 'x'},
		{
			name: 'from column 0 the pane column is reached with CHA, never a tab',
			previous: pane('a', 'old text'),
			next: pane('a', 'new text'),
			options: {fromColumnZero: true},
			bytes: `${esc}[23Gnew`,
		},
		{
			name: 'after a span before it, the pane column is reached with CHA',
			previous: pane('> a', 'old text'),
			next: pane('  a', 'new text'),
			options: {fromColumnZero: true},
			bytes: ` ${esc}[23Gnew`,
		},
	])('$name', ({previous, next, options, bytes}) => {
		expect(diffLine(parsed(previous), parsed(next), options)).toBe(bytes);
	});
});
