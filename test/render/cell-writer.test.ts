import {describe, expect, it} from 'vitest';
import {createCellWriter} from '../../src/render/cell-writer.js';
import type {Cell} from '../../src/render/styled-cells.js';

const link = '\u001B]8;;https://example.org\u001B\\';
const closeLink = '\u001B]8;;\u001B\\';
const cell = (character: string, key = '', cellLink = ''): Cell => ({character, key, link: cellLink});

/** Each cell entered and its character written, then the writer closed. */
function written(cells: Cell[]): string {
	const writer = createCellWriter();
	return cells.map(each => writer.enter(each) + each.character).join('') + writer.close();
}

describe('createCellWriter', () => {
	it.each([
		['plain cells', [cell('a'), cell('b')], 'ab'],
		['a style opened once and reset at the end', [cell('a', '1'), cell('b', '1')], '\u001B[1mab\u001B[m'],
		['a switch between styles, then back to the default', [cell('a', '1'), cell('b', '31'), cell('c')], '\u001B[1ma\u001B[0;31mb\u001B[mc'],
		['a link opened once and closed at the end', [cell('a', '', link), cell('b', '', link)], `${link}ab${closeLink}`],
		['a link ended before plain text', [cell('a', '', link), cell('b')], `${link}a${closeLink}b`],
		['a styled link: link first, then style; closed in the same order', [cell('a', '4', link)], `${link}\u001B[4ma${closeLink}\u001B[m`],
	])('writes %s', (_case, cells, expected) => {
		expect(written(cells)).toBe(expected);
	});

	it('starts again from the default style and no link after close', () => {
		const writer = createCellWriter();
		expect(writer.enter(cell('a', '1', link))).toBe(`${link}\u001B[1m`);
		expect(writer.close()).toBe(`${closeLink}\u001B[m`);
		expect(writer.close()).toBe('');
		expect(writer.enter(cell('b', '1'))).toBe('\u001B[1m');
	});
});
