import {describe, expect, it} from 'vitest';
import {findJsonSyntaxError} from '../../src/corpus/find-json-syntax-error.js';

function parses(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

const samples = [
	'[]', '{}', ' [ ] ', '0', '-0', '1.5e+10', '-1E-2', '"a\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9"', 'true', 'false', 'null',
	'[1,[2,[3,{"a":[{}]}]]]', '{"a":{"b":{"c":null}},"d":[true,false]}', '[\r\n\t1 ]',
	'', ' ', '[', ']', '{', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', "['a']", '[01]', '[1.]', '[.5]', '[-]', '[+1]', '[1e]',
	'[NaN]', '[Infinity]', '[tru]', '[nul]', '["\\x"]', '["\\u12"]', '["a\tb"]', '"abc', '[1] x', '[1 2]', '{"a":1 "b":2}',
	'{"a":}', '{,}', '[,1]', '{"a"}', '[1,,2]', '["a":1]', '{"a":1]', '[1}', '\ufeff[]', '[] // comment', '/* c */ []',
];

describe('findJsonSyntaxError', () => {
	it.each(samples)('agrees with JSON.parse on %j', (text) => {
		expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
	});

	it('handles deep nesting without overflowing the stack', () => {
		const depth = 200_000;
		expect(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toBeUndefined();
		expect(findJsonSyntaxError(`${'['.repeat(depth)}${']'.repeat(depth - 1)}`)?.reason).toBe(
			"unexpected end of input; expected ',' or ']'",
		);
	});

	it.each([
		['a bracket', '[1, 2, }', {offset: 7, reason: 'unexpected "}"; expected a value'}],
		['a control character by its code point', '[1, \u001b]', {offset: 4, reason: 'unexpected "U+001B"; expected a value'}],
		['a C1 control by its code point', '[\u009b]', {offset: 1, reason: 'unexpected "U+009B"; expected a value'}],
		['a whitespace character JSON does not allow', '[\u00a01]', {offset: 1, reason: 'unexpected "U+00A0"; expected a value'}],
	])('points at the first offending character and names %s', (_what, text, error) => {
		expect(findJsonSyntaxError(text)).toEqual(error);
	});
});
