import {describe, expect, it} from 'vitest';
import {isWithinOneEdit} from '../../src/search/edit-distance.js';

describe('isWithinOneEdit', () => {
	const cases: Array<[behaviour: string, a: string, b: string, expected: boolean]> = [
		['equal words', 'model', 'model', true],
		['one replaced letter', 'model', 'modal', true],
		['one inserted letter', 'model', 'models', true],
		['one deleted letter', 'models', 'model', true],
		['one letter deleted in the middle', 'catastrophic', 'catastrophc', true],
		['two adjacent letters swapped', 'forgetting', 'frogetting', true],
		['two replaced letters', 'model', 'mudel1', false],
		['two letters apart swapped', 'abcde', 'ebcda', false],
		['lengths two apart', 'model', 'mode12', false],
		['empty and one letter', '', 'a', true],
	];
	it.each(cases)('%s: %j vs %j', (_behaviour, a, b, expected) => {
		expect(isWithinOneEdit(a, b)).toBe(expected);
		expect(isWithinOneEdit(b, a)).toBe(expected);
	});
});
