import type {KeyFlags} from './key-name.js';

/** One thing the user did, decoded from what Ink read: a key, or a whole bracketed paste. */
export type InputEvent =
	{readonly type: 'key'; readonly input: string; readonly key: KeyFlags} | {readonly type: 'paste'; readonly text: string};

/** What the decoder carries from one of Ink's input events to the next. */
export interface DecoderState {
	/** The text of a bracketed paste whose end marker has not arrived yet. */
	readonly paste: string | undefined;
	/** Characters of an X10 mouse report (`ESC [ M` and three bytes) still to drop. */
	readonly mouseBytesLeft: number;
	/** `ESC O` was read without its final: the rest of an old-xterm modified key (`ESC O 5 P`) may follow. */
	readonly isAfterSs3: boolean;
}

/** A decoder that has seen nothing. */
export const initialDecoderState: DecoderState = {paste: undefined, mouseBytesLeft: 0, isAfterSs3: false};

/** The decoder's next state and the events that one input event completed. */
export interface Decoded {
	readonly state: DecoderState;
	readonly events: readonly InputEvent[];
}

/** A paste longer than this keeps its first characters only (it is search text, not a document). */
export const maximumPasteLength = 100_000;

// Ink strips the Esc of a sequence it cannot name, so its paste markers arrive as these.
const pasteStart = '[200~';
const pasteEnd = '[201~';
/** The start of an X10 mouse report (`ESC [ M` and three bytes), Esc stripped. */
const x10MouseStart = '[M';

/**
 * What is left of an escape sequence once its Esc has gone (Ink strips it, or read it as an Esc
 * key of its own): CSI parameters and a final (`[1;2P`, `[<64;3;3M`, `[200~`, `[0x`), or a
 * parameterless CSI with an upper-case final (`[I`, `[A`). Nobody types these as one read.
 */
const escapeRemnant = /^\[(?:[<=>?]?[\d;:]+[ -/]*[A-Za-z~@^$]|[A-Z])$/;
/** The end of an SS3 key with modifiers (`5P` of `ESC O 5 P`), read after its `ESC O`. */
const ss3Remnant = /^\d[\d;]*[A-Za-z~]/;

function isPlain(key: KeyFlags): boolean {
	return !key.ctrl && !key.meta;
}

/** Whether `input` is what is left of an escape sequence rather than text. */
export function isEscapeRemnant(input: string): boolean {
	return escapeRemnant.test(input);
}

const idleWith = (changes: Partial<DecoderState> = {}): DecoderState => ({...initialDecoderState, ...changes});

/**
 * What one input event adds to a paste: its text, or the control character Ink turned into a
 * key (Enter, Tab), or nothing (other keys and escape sequences are not text).
 */
function pastedPart(input: string, key: KeyFlags): string {
	if (key.return) {
		return '\n';
	}

	if (key.tab) {
		return '\t';
	}

	if (key.ctrl || key.escape || key.backspace || key.delete || isEscapeRemnant(input)) {
		return '';
	}

	return input;
}

function collectPaste(collected: string, input: string, key: KeyFlags): Decoded {
	if (input === pasteEnd && isPlain(key)) {
		return {state: initialDecoderState, events: [{type: 'paste', text: collected}]};
	}

	// The end marker arrives as text when its Esc was read on its own: look across the seam too.
	const part = pastedPart(input, key);
	const seam = Math.max(0, collected.length - (pasteEnd.length - 1));
	const endAt = (collected.slice(seam) + part).indexOf(pasteEnd);
	if (endAt === -1) {
		return {state: idleWith({paste: (collected + part).slice(0, maximumPasteLength)}), events: []};
	}

	const whole = collected + part;
	const paste: InputEvent = {type: 'paste', text: whole.slice(0, seam + endAt)};
	const rest = whole.slice(seam + endAt + pasteEnd.length);
	if (!rest) {
		return {state: initialDecoderState, events: [paste]};
	}

	const after = decodeInput(initialDecoderState, rest, {});
	return {state: after.state, events: [paste, ...after.events]};
}

/**
 * Decodes one of Ink's input events (its `input` and `key`, as `useInput` passes them) into the
 * keys and pastes it completes. A bracketed paste (`ESC[200~` … `ESC[201~`) is collected across
 * any number of reads and comes out as one paste. Mouse reports (SGR and X10), the rest of a
 * sequence whose Esc was read on its own, and stray paste markers come out as nothing. Pure.
 */
export function decodeInput(state: DecoderState, input: string, key: KeyFlags): Decoded {
	if (state.paste !== undefined) {
		return collectPaste(state.paste, input, key);
	}

	// The start marker with text after it: its Esc was read on its own.
	if (isPlain(key) && input.startsWith(pasteStart)) {
		const rest = input.slice(pasteStart.length);
		return rest ? collectPaste('', rest, {}) : {state: idleWith({paste: ''}), events: []};
	}

	let text = input;
	let mouseBytesLeft = state.mouseBytesLeft;
	if (isPlain(key) && input.startsWith(x10MouseStart)) {
		text = input.slice(x10MouseStart.length);
		mouseBytesLeft = 3;
	}

	if (mouseBytesLeft > 0 && isPlain(key)) {
		const characters = [...text];
		// A byte Ink reads as a key of its own (DEL) arrives with empty input.
		const dropped = Math.min(mouseBytesLeft, text === input ? Math.max(1, characters.length) : characters.length);
		text = characters.slice(dropped).join('');
		if (!text) {
			return {state: idleWith({mouseBytesLeft: mouseBytesLeft - dropped}), events: []};
		}
	}

	if (state.isAfterSs3 && isPlain(key) && ss3Remnant.test(text)) {
		text = text.replace(ss3Remnant, '');
		if (!text) {
			return {state: initialDecoderState, events: []};
		}
	}

	if (isEscapeRemnant(text)) {
		return {state: initialDecoderState, events: []};
	}

	// Ink reads `ESC O` with no final it knows as Alt+Shift+O.
	const isSs3Start = text === 'O' && key.meta === true;
	return {state: idleWith({isAfterSs3: isSs3Start}), events: [{type: 'key', input: text, key: text === input ? key : {}}]};
}

/**
 * Ends a paste whose end marker never came (the caller's timer, after a quiet moment): what was
 * collected is pasted. A decoder with no paste open is returned unchanged, with no events.
 */
export function finishPaste(state: DecoderState): Decoded {
	return state.paste === undefined ? {state, events: []} : {state: initialDecoderState, events: [{type: 'paste', text: state.paste}]};
}
