import {describe, expect, test} from 'vitest';
import type {Paper} from '../../src/types.js';
import type {AppState} from '../../src/state/index.js';
import {isEffectCommand, readKeys, type EffectCommandId, type KeyFlags} from '../../src/keys/index.js';
import {createInitialState, keyOutcome, reducer} from '../../src/state/index.js';

const papers: Paper[] = ['Alpha', 'Beta', 'Gamma'].map(title => ({id: title.toLowerCase(), title, abstract: '', authors: [], links: []}));

/** One read from the terminal through the key path, as the app's key handler takes it, effects recorded instead of run. */
function read(state: AppState, input: string, key: KeyFlags): {state: AppState; effects: EffectCommandId[]} {
	const effects: EffectCommandId[] = [];
	for (const press of readKeys(input, key)) {
		const outcome = keyOutcome(state, press);
		if (outcome?.kind === 'text') {
			state = reducer(state, {type: 'query.insert', text: outcome.text});
			continue;
		}

		const command = outcome?.command;
		if (command === undefined) {
			continue;
		}

		if (!isEffectCommand(command)) {
			state = reducer(state, {type: 'command', command});
			continue;
		}

		effects.push(command);
		if (command === 'app.quit') {
			break;
		}
	}

	return {state, effects};
}

function searching(query: string): AppState {
	return {...reducer(createInitialState(papers, {columns: 100, rows: 24}), {type: 'search.focus'}), query};
}

const searchKeys: Array<[description: string, input: string, key: KeyFlags, query: string]> = [
	['a letter is appended', 'a', {}, 'loraa'],
	['a capital is appended', 'Q', {shift: true}, 'loraQ'],
	['a space is appended', ' ', {}, 'lora '],
	['pasted text is appended, controls turned to spaces', 'low\trank', {}, 'loralow rank'],
	['an accented letter is appended', 'é', {}, 'loraé'],
	['Backspace erases the last character', '', {backspace: true}, 'lor'],
	['Backspace arriving as delete erases too', '', {delete: true}, 'lor'],
	['Ctrl-U clears', 'u', {ctrl: true}, ''],
	['Ctrl-W deletes the last word', 'w', {ctrl: true}, ''],
	['Ctrl-A inserts nothing', 'a', {ctrl: true}, 'lora'],
	['Alt-x inserts nothing', 'x', {meta: true}, 'lora'],
	['Tab inserts nothing', '', {tab: true}, 'lora'],
	['q is text, not quit', 'q', {}, 'loraq'],
	['j is text, not a move', 'j', {}, 'loraj'],
];

describe('the key path in the search line', () => {
	test.each(searchKeys)('%s', (_description, input, key, query) => {
		const {state, effects} = read(searching('lora'), input, key);
		expect(state.query).toBe(query);
		expect(state.focus).toBe('search');
		expect(effects).toEqual([]);
	});

	test('Ctrl-C quits even while typing', () => {
		expect(read(searching('lo'), 'c', {ctrl: true}).effects).toEqual(['app.quit']);
	});
});

describe('the key path with several keys in one read', () => {
	const list = createInitialState(papers, {columns: 100, rows: 24});

	test('/lora opens the search line and types the rest', () => {
		const {state} = read(list, '/lora', {});
		expect(state).toMatchObject({focus: 'search', query: 'lora'});
	});

	test('jjq moves twice then quits', () => {
		const {state, effects} = read(list, 'jjq', {});
		expect(state.cursor).toBe(2);
		expect(effects).toEqual(['app.quit']);
	});

	test('keys after a quit are not taken', () => {
		const {state, effects} = read(list, 'qj', {});
		expect(state.cursor).toBe(0);
		expect(effects).toEqual(['app.quit']);
	});

	test('Enter in a read leaves the search line, and the keys after it move the list', () => {
		const {state} = read(list, '/al\rj', {});
		expect(state).toMatchObject({focus: 'list', query: 'al', cursor: 1});
	});
});

describe("the key path: mode-dependent movement is the reducer's", () => {
	const list = createInitialState(papers, {columns: 100, rows: 24});

	test('j moves the cursor in the list and scrolls in the detail', () => {
		expect(read(list, 'j', {}).state.cursor).toBe(1);
		const detail = reducer(list, {type: 'command', command: 'focus.toggle'});
		const moved = read(detail, 'j', {}).state;
		expect(moved.cursor).toBe(0);
		expect(moved.focus).toBe('detail');
	});

	test('j scrolls the help overlay instead of moving the cursor', () => {
		const help = read(list, '?', {}).state;
		expect(help.overlay).toBe('help');
		const scrolled = read(help, 'j', {}).state;
		expect(scrolled.cursor).toBe(0);
		expect(scrolled.overlayOffset).toBe(1);
	});

	test('an unbound key asks for nothing', () => {
		const {state, effects} = read(list, 'Z', {});
		expect(state).toBe(list);
		expect(effects).toEqual([]);
	});
});

describe('a paste, as one action', () => {
	const list = createInitialState(papers, {columns: 100, rows: 24});
	const paste = (state: AppState, text: string) => reducer(state, {type: 'query.paste', text});

	const pastes: Array<[description: string, state: AppState, text: string, expected: {focus: string; query: string} | 'unchanged']> = [
		['in the list: opens the search line with the text, line breaks as spaces', list, 'lora\nbyq', {focus: 'search', query: 'lora byq'}],
		['in the list: replaces an earlier query', {...list, query: 'tuning'}, 'lora', {focus: 'search', query: 'lora'}],
		['in the detail: opens the search line too', reducer(list, {type: 'focus.toggle'}), 'q', {focus: 'search', query: 'q'}],
		['in the search line: inserted at the end of the query', searching('lora '), 'low\trank', {focus: 'search', query: 'lora low rank'}],
		['in the search line: control characters dropped', searching('a'), 'b\u0003c\u001B', {focus: 'search', query: 'abc'}],
		['nothing but control characters: nothing happens', list, '\u0003\u001B', 'unchanged'],
		['an empty paste: nothing happens', searching('lora'), '', 'unchanged'],
		['in the help view: ignored', reducer(list, {type: 'help.open'}), 'q', 'unchanged'],
		['in the citation view: ignored', reducer(list, {type: 'citation.show', text: '@misc'}), 'q', 'unchanged'],
	];

	test.each(pastes)('%s', (_description, state, text, expected) => {
		const pasted = paste(state, text);
		if (expected === 'unchanged') {
			expect(pasted).toBe(state);
		} else {
			expect(pasted).toMatchObject(expected);
			expect(pasted.message).toBeNull();
		}
	});

	const cutWarning = {text: 'Pasted text cut: a query holds at most 2,000 characters', kind: 'warning'};

	test('a query made by a paste keeps its first 2,000 characters, with a warning', () => {
		expect(paste(list, 'ab'.repeat(1500))).toMatchObject({focus: 'search', query: 'ab'.repeat(1000), message: cutWarning});
		expect(paste(searching('lora '), 'x'.repeat(2000))).toMatchObject({query: `lora ${'x'.repeat(1995)}`, message: cutWarning});
	});

	test('a paste that makes a query of exactly 2,000 characters is not cut', () => {
		expect(paste(list, 'é'.repeat(2000))).toMatchObject({query: 'é'.repeat(2000), message: null});
	});

	test('the cut never splits a character outside the basic plane', () => {
		expect(paste(searching(''), '🙂'.repeat(2001)).query).toBe('🙂'.repeat(2000));
	});
});
