import {keyName, type KeyFlags} from './key-name.js';

/** One key press: its keymap name (if it has one) and the text it types (if it is text). */
export interface KeyPress {
	/** As the keymap spells it (`j`, `ctrl+u`, `return`); undefined for a key with no name. */
	readonly name: string | undefined;
	/** What the key types into the search line; undefined for keys that type nothing. */
	readonly text: string | undefined;
}

function isText(input: string, key: KeyFlags): boolean {
	return input.length > 0 && !key.ctrl && !key.meta && !input.startsWith('\u001B') && input >= ' ';
}

function pressOf(input: string, key: KeyFlags): KeyPress {
	return {name: keyName(input, key), text: isText(input, key) ? input : undefined};
}

const controlKeys: Readonly<Record<string, KeyPress>> = {
	'\r': {name: 'return', text: undefined},
	'\u007F': {name: 'backspace', text: undefined},
	'\b': {name: 'backspace', text: undefined},
	// In pasted text, tabs and line feeds separate words.
	'\t': {name: ' ', text: ' '},
	'\n': {name: ' ', text: ' '},
};

/**
 * The key presses in one read from the terminal, as Ink reports it (`input` and its flags).
 * Over a slow link several keys arrive in one read (`jjj`, or `/lora` typed quickly): each
 * control character is a key of its own (Ctrl-C is `\u0003`) and each printable character
 * too, so that a key that opens the search line changes how the next ones are read.
 */
export function readKeys(input: string, key: KeyFlags): KeyPress[] {
	const isSeveralKeys = input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\u001B');
	if (!isSeveralKeys) {
		return [pressOf(input, key)];
	}

	return [...input].map(character => {
		const control = controlKeys[character];
		if (control) {
			return control;
		}

		const code = character.codePointAt(0)!;
		return code < 0x20 ? pressOf(String.fromCodePoint(code + 0x60), {ctrl: true}) : pressOf(character, {});
	});
}
