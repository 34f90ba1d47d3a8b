import {foldWord} from './fold-word.js';
import {MAX_WORD_LENGTH, type WordToken} from './tokenize-text.js';

/** Longest run of adjacent pieces joined into one extra word. */
const MAX_PIECES_JOINED = 4;

const HYPHENS = new Set(['-', '\u2010', '\u2011']);

type CharacterClass = 'upper' | 'lower' | 'digit' | 'other';

function classify(character: string): CharacterClass | 'mark' {
	if (/\p{Lu}|\p{Lt}/u.test(character)) return 'upper';
	if (/\p{Ll}/u.test(character)) return 'lower';
	if (/\p{N}/u.test(character)) return 'digit';
	if (/\p{M}/u.test(character)) return 'mark';
	return 'other';
}

/** Offsets inside `run` where a new piece starts: `LoRAMoE` → Lo|RA|Mo|E, `GPT4` → GPT|4. */
function pieceBoundaries(run: string): number[] {
	const classes: CharacterClass[] = [];
	for (const character of run) {
		const found = classify(character);
		const characterClass = found === 'mark' ? (classes.at(-1) ?? 'other') : found;
		for (let unit = 0; unit < character.length; unit++) classes.push(characterClass);
	}
	const boundaries: number[] = [];
	for (let offset = 1; offset < classes.length; offset++) {
		const previous = classes[offset - 1];
		const current = classes[offset];
		const next = classes[offset + 1];
		const isLetter = (value: CharacterClass | undefined) => value === 'upper' || value === 'lower';
		const lowerToUpper = previous === 'lower' && current === 'upper';
		// `RAMoE` splits before `Mo`, but a plural acronym (`LLMs`) stays whole.
		const acronymEnd = previous === 'upper' && current === 'upper' && next === 'lower' && run.slice(offset + 1) !== 's';
		const letterDigit = (isLetter(previous) && current === 'digit') || (previous === 'digit' && isLetter(current));
		if (lowerToUpper || acronymEnd || letterDigit) boundaries.push(offset);
	}
	return boundaries;
}

/** Cheap test that skips the common plain lower-case word before classifying characters. */
function mayHavePieces(text: string, token: WordToken): boolean {
	let hasLetter = false;
	let hasDigit = false;
	for (let position = token.start; position < token.end; position++) {
		const code = text.charCodeAt(position);
		if (code > 0x7f || (code >= 0x41 && code <= 0x5a && position > token.start)) return true;
		if (code >= 0x30 && code <= 0x39) hasDigit = true;
		else hasLetter = true;
	}
	return hasLetter && hasDigit;
}

/** Every run of 1..MAX_PIECES_JOINED adjacent pieces except the whole word itself. */
function camelCaseParts(text: string, token: WordToken): WordToken[] {
	if (!mayHavePieces(text, token)) return [];
	const run = text.slice(token.start, token.end);
	const starts = [0, ...pieceBoundaries(run)];
	if (starts.length < 2) return [];
	const ends = [...starts.slice(1), run.length];
	const parts: WordToken[] = [];
	for (let first = 0; first < starts.length; first++) {
		for (let last = first; last < Math.min(starts.length, first + MAX_PIECES_JOINED); last++) {
			const start = starts[first] ?? 0;
			const end = ends[last] ?? run.length;
			const word = foldWord(run.slice(start, end));
			if (word.length >= 2 && word !== token.word) {
				parts.push({word, start: token.start + start, end: token.start + end});
			}
		}
	}
	return parts;
}

/** Words joined by single hyphens (`fine-tuning`), as maximal chains of tokens. */
function hyphenChains(text: string, tokens: readonly WordToken[]): WordToken[][] {
	const chains: WordToken[][] = [];
	let chain: WordToken[] = [];
	for (const token of tokens) {
		const previous = chain.at(-1);
		const isJoined = previous !== undefined && token.start - previous.end === 1 && HYPHENS.has(text.charAt(previous.end));
		if (!isJoined) {
			if (chain.length > 1) chains.push(chain);
			chain = [];
		}
		chain.push(token);
	}
	if (chain.length > 1) chains.push(chain);
	return chains;
}

/** Runs of 2..MAX_PIECES_JOINED adjacent hyphenated words, joined without the hyphens. */
function hyphenJoinedParts(chain: readonly WordToken[]): WordToken[] {
	const parts: WordToken[] = [];
	for (let first = 0; first < chain.length; first++) {
		let word = chain[first]?.word ?? '';
		for (let last = first + 1; last < Math.min(chain.length, first + MAX_PIECES_JOINED); last++) {
			const token = chain[last];
			const firstToken = chain[first];
			if (token === undefined || firstToken === undefined) break;
			word += token.word;
			if (word.length > MAX_WORD_LENGTH) break;
			parts.push({word, start: firstToken.start, end: token.end});
		}
	}
	return parts;
}

/**
 * The extra words a text is also found by: sub-words of CamelCase and letter/digit
 * compounds (`LoRAMoE` → `lora`, `moe`, …; `GPT4` → `gpt`) and hyphenated words joined
 * (`fine-tuning` → `finetuning`). `tokens` must be `tokenizeText(text)`.
 */
export function compoundParts(text: string, tokens: readonly WordToken[]): WordToken[] {
	const parts = tokens.flatMap(token => camelCaseParts(text, token));
	for (const chain of hyphenChains(text, tokens)) parts.push(...hyphenJoinedParts(chain));
	return parts;
}
