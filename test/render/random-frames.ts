// Seeded random frames for the renderer property test: lines of styled text (SGR colours, bold,
// dim, inverse, underline, wide CJK, emoji, combining marks, hyperlinks), each frame derived from
// the previous one by the kinds of edits a TUI makes. 'ꥠ' and '𖿠' are wide for string-width but
// narrow for xterm's Unicode 6 tables, like emoji: a renderer that trusts their width fails.
import stringWidth from 'string-width';

/** A seeded PRNG (mulberry32), so a failing seed can be replayed. */
export function createRandom(seed: number) {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
	const integer = (below: number): number => Math.floor(next() * below);
	return {
		next,
		integer,
		chance: (probability: number): boolean => next() < probability,
		pick: <T>(items: readonly T[]): T => items[integer(items.length)] as T,
	};
}

export type Random = ReturnType<typeof createRandom>;

/**
 * A run of text in one style; `link` (`params;url`) wraps it in an OSC 8 hyperlink, ended by BEL
 * or ST; `overline` uses an SGR the renderer does not model, so the line is rewritten whole.
 */
type Run = {text: string; style: string[]; link?: string; linkEndsWithBell?: boolean; overline?: boolean};
export type Line = Run[];

const esc = '\u001B';
const narrowText = [...'abcdefghijklmnopqrstuvwxyz      ABCDEFGHIJ0123456789.,;:-()[]'];
const otherText = [
	'你',
	'好',
	'世',
	'界',
	'한',
	'국',
	'Ａ',
	'の',
	'😀',
	'🎉',
	'👍',
	'❤️',
	'🇫🇷',
	'e\u0301',
	'│',
	'─',
	'°',
	'·',
	'é',
	'👩‍💻',
	'ꥠ',
	'𖿠',
];
const foregrounds = ['31', '32', '33', '34', '35', '36', '37', '91', '38;5;208', '38;5;12', '38;2;200;100;50'];
const backgrounds = ['41', '44', '100', '48;5;236', '48;2;10;20;30'];
const flags = ['1', '2', '3', '4', '7', '9'];

function randomText(random: Random, width: number, exotic: boolean): string {
	let text = '';
	while (stringWidth(text) < width) {
		const piece = exotic && random.chance(0.25) ? random.pick(otherText) : random.pick(narrowText);
		if (stringWidth(text + piece) > width) break;
		text += piece;
	}
	return text;
}

function randomStyle(random: Random): string[] {
	const style: string[] = [];
	if (random.chance(0.5)) return style;
	if (random.chance(0.6)) style.push(random.pick(foregrounds));
	if (random.chance(0.3)) style.push(random.pick(backgrounds));
	for (const flag of flags) if (random.chance(0.15)) style.push(flag);
	return style;
}

function randomRun(random: Random, width: number, exotic: boolean): Run {
	const run: Run = {text: randomText(random, width, exotic), style: randomStyle(random)};
	if (random.chance(0.08)) run.link = `${random.pick(['', 'id=1', 'id=2'])};https://example.org/${random.integer(3)}`;
	if (run.link && random.chance(0.5)) run.linkEndsWithBell = true;
	if (random.chance(0.02)) run.overline = true;
	return run;
}

/** A random line at most `maxWidth` columns wide (string-width's count, which is the widest terminals give). */
export function randomLine(random: Random, maxWidth: number, exotic: boolean): Line {
	const line: Line = [];
	let width = random.chance(0.1) ? 0 : random.integer(maxWidth + 1);
	while (width > 0) {
		const runWidth = 1 + random.integer(Math.min(width, 12));
		const run = randomRun(random, runWidth, exotic);
		if (run.text === '') break;
		line.push(run);
		width -= stringWidth(run.text);
	}
	return line;
}

export const lineWidth = (line: Line): number => line.reduce((sum, run) => sum + stringWidth(run.text), 0);

/** Applies an edit a TUI makes to a line: restyle a run, retype part of it, shorten or extend it. */
export function editLine(random: Random, line: Line, maxWidth: number, exotic: boolean): Line {
	const edited = line.map(run => ({...run, style: [...run.style]}));
	const index = random.integer(Math.max(1, edited.length));
	const run = edited[index];
	const roll = random.next();
	if (!run || roll < 0.15) {
		return randomLine(random, maxWidth, exotic);
	}
	if (roll < 0.4) {
		run.style = randomStyle(random);
	} else if (roll < 0.7) {
		run.text = randomText(random, stringWidth(run.text), exotic);
	} else if (roll < 0.85) {
		edited.splice(index + random.integer(edited.length - index + 1));
	} else {
		edited.push(randomRun(random, 1 + random.integer(8), exotic));
	}
	return lineWidth(edited) <= maxWidth ? edited : line;
}

const closeCodes: Record<string, string> = {'1': '22', '2': '22', '3': '23', '4': '24', '7': '27', '9': '29'};
const closeCode = (code: string): string => closeCodes[code] ?? (code.startsWith('3') || code.startsWith('9') ? '39' : '49');

/**
 * Encodes a line as Ink-like output, in one of four SGR spellings with the same look: chalk's
 * (an open code each, closed by their own close codes), compound codes closed by a reset,
 * resets between runs, and one open code each closed by a reset. The line always ends in the
 * default style, as Ink's lines do.
 */
export function encodeLine(line: Line, spelling: number): string {
	let output = '';
	for (const run of line) {
		const hasStyle = run.style.length > 0;
		let open: string;
		let close: string;
		if (spelling === 0) {
			open = run.style.map(code => `${esc}[${code}m`).join('');
			close = [...run.style]
				.reverse()
				.map(code => `${esc}[${closeCode(code)}m`)
				.join('');
		} else if (spelling === 1) {
			open = hasStyle ? `${esc}[${run.style.join(';')}m` : '';
			close = hasStyle ? `${esc}[0m` : '';
		} else if (spelling === 2) {
			open = hasStyle ? `${esc}[0;${run.style.join(';')}m` : `${esc}[0m`;
			close = '';
		} else {
			open = run.style.map(code => `${esc}[${code}m`).join('');
			close = hasStyle ? `${esc}[0m` : '';
		}
		if (run.overline) {
			open += `${esc}[53m`;
			close = `${esc}[55m${close}`;
		}
		const end = run.linkEndsWithBell ? '\u0007' : `${esc}\\`;
		const text = run.link ? `${esc}]8;${run.link}${end}${run.text}${esc}]8;;${end}` : run.text;
		output += open + text + close;
	}
	return spelling === 2 && line.length > 0 ? `${output}${esc}[0m` : output;
}
