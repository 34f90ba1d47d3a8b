import {describe, expect, test} from 'vitest';
import type {AppState, Paper} from '../../src/types.js';
import type {KeyFlags} from '../../src/keys/key-name.js';
import {interpretInput} from '../../src/hooks/interpret-input.js';
import {createInitialState} from '../../src/state/initial-state.js';
import {reducer} from '../../src/state/reducer.js';

const papers: Paper[] = ['Alpha', 'Beta', 'Gamma'].map(title => ({id: title.toLowerCase(), title, abstract: '', authors: [], links: []}));

function searching(query: string): AppState {
	return {...reducer(createInitialState(papers, {columns: 100, rows: 24}), {type: 'search.focus'}), query};
}

const searchKeys: Array<[description: string, input: string, key: KeyFlags, query: string | undefined]> = [
	['a letter is appended', 'a', {}, 'loraa'],
	['a capital is appended', 'Q', {shift: true}, 'loraQ'],
	['a space is appended', ' ', {}, 'lora '],
	['pasted text is appended, controls turned to spaces', 'low\trank', {}, 'loralow rank'],
	['an accented letter is appended', 'é', {}, 'loraé'],
	['Backspace erases the last character', '', {backspace: true}, 'lor'],
	['Backspace arriving as delete erases too', '', {delete: true}, 'lor'],
	['Ctrl-U clears', 'u', {ctrl: true}, ''],
	['Ctrl-W deletes the last word', 'w', {ctrl: true}, ''],
	['Ctrl-A inserts nothing', 'a', {ctrl: true}, undefined],
	['Alt-x inserts nothing', 'x', {meta: true}, undefined],
	['Tab inserts nothing', '', {tab: true}, undefined],
	['q is text, not quit', 'q', {}, 'loraq'],
	['j is text, not a move', 'j', {}, 'loraj'],
];

describe('interpretInput in the search line', () => {
	test.each(searchKeys)('%s', (_description, input, key, query) => {
		const effects = interpretInput(searching('lora'), input, key);
		const queries = effects.flatMap(effect => (effect.type === 'query' ? [effect.query] : []));
		expect(queries).toEqual(query === undefined ? [] : [query]);
	});

	test('Ctrl-C quits even while typing', () => {
		expect(interpretInput(searching('lo'), 'c', {ctrl: true})).toEqual([{type: 'quit'}]);
	});
});

describe('interpretInput with several keys in one read', () => {
	const list = createInitialState(papers, {columns: 100, rows: 24});

	test('/lora opens the search line and types the rest', () => {
		const effects = interpretInput(list, '/lora', {});
		expect(effects).toEqual([{type: 'dispatch', action: {type: 'search.focus'}}, {type: 'query', query: 'lora'}]);
	});

	test('jjq moves twice then quits', () => {
		const effects = interpretInput(list, 'jjq', {});
		expect(effects.map(effect => effect.type)).toEqual(['dispatch', 'dispatch', 'quit']);
	});
});
