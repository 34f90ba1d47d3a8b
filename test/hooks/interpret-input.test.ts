import {describe, expect, test} from 'vitest';
import type {AppState, Paper} from '../../src/types.js';
import type {KeyFlags} from '../../src/keys/key-name.js';
import {interpretInput, interpretPaste} from '../../src/hooks/interpret-input.js';
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

describe('interpretPaste', () => {
	const list = createInitialState(papers, {columns: 100, rows: 24});
	const focusSearch = {type: 'dispatch', action: {type: 'search.focus'}};

	const pastes: Array<[description: string, state: AppState, text: string, effects: unknown[]]> = [
		['in the list: opens the search line with the text, line breaks as spaces', list, 'lora\nbyq', [focusSearch, {type: 'query', query: 'lora byq'}]],
		['in the list: replaces an earlier query', {...list, query: 'tuning'}, 'lora', [focusSearch, {type: 'query', query: 'lora'}]],
		['in the detail: opens the search line too', reducer(list, {type: 'focus.toggle'}), 'q', [focusSearch, {type: 'query', query: 'q'}]],
		['in the search line: inserted at the end of the query', searching('lora '), 'low\trank', [{type: 'query', query: 'lora low rank'}]],
		['in the search line: control characters dropped', searching('a'), 'b\u0003c\u001B', [{type: 'query', query: 'abc'}]],
		['nothing but control characters: nothing happens', list, '\u0003\u001B', []],
		['an empty paste: nothing happens', searching('lora'), '', []],
		['in the help view: ignored', reducer(list, {type: 'overlay.open', overlay: 'help', lines: ['help']}), 'q', []],
		['in the citation view: ignored', reducer(list, {type: 'overlay.open', overlay: 'citation', lines: ['@misc']}), 'q', []],
	];

	test.each(pastes)('%s', (_description, state, text, effects) => {
		expect(interpretPaste(state, text)).toEqual(effects);
	});

	const cutWarning = {type: 'dispatch', action: {type: 'message.show', message: {text: 'Pasted text cut: a query holds at most 2,000 characters', kind: 'warning'}}};

	test('a query made by a paste keeps its first 2,000 characters, with a warning', () => {
		expect(interpretPaste(list, 'ab'.repeat(1500))).toEqual([focusSearch, {type: 'query', query: 'ab'.repeat(1000)}, cutWarning]);
		expect(interpretPaste(searching('lora '), 'x'.repeat(2000))).toEqual([{type: 'query', query: `lora ${'x'.repeat(1995)}`}, cutWarning]);
	});

	test('a paste that makes a query of exactly 2,000 characters is not cut', () => {
		expect(interpretPaste(list, 'é'.repeat(2000))).toEqual([focusSearch, {type: 'query', query: 'é'.repeat(2000)}]);
	});

	test('the cut never splits a character outside the basic plane', () => {
		const [effect] = interpretPaste(searching(''), '🙂'.repeat(2001));
		expect(effect).toEqual({type: 'query', query: '🙂'.repeat(2000)});
	});
});
