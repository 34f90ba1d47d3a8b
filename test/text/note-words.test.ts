import {describe, expect, test} from 'vitest';
import {foldNoteText} from '../../src/text/note-words.js';

describe('foldNoteText', () => {
	test.each([
		['Adapter', 'adapter'],
		['Réseau', 'reseau'],
		['ÉCOLE Ñandú', 'ecole nandu'],
		['plain', 'plain'],
	])('%j → %j', (text, folded) => {
		expect(foldNoteText(text)).toBe(folded);
	});
});
