/** The parts of Ink's `Key` that name a key; declared here so this module needs no Ink. */
export interface KeyFlags {
	readonly upArrow?: boolean;
	readonly downArrow?: boolean;
	readonly leftArrow?: boolean;
	readonly rightArrow?: boolean;
	readonly pageUp?: boolean;
	readonly pageDown?: boolean;
	readonly home?: boolean;
	readonly end?: boolean;
	readonly return?: boolean;
	readonly escape?: boolean;
	readonly tab?: boolean;
	readonly shift?: boolean;
	readonly backspace?: boolean;
	readonly delete?: boolean;
	readonly ctrl?: boolean;
	readonly meta?: boolean;
}

const namedKeys: ReadonlyArray<[keyof KeyFlags, string]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['tab', 'tab'],
	// Ink reports Backspace as `delete`; both erase backwards here.
	['backspace', 'backspace'],
	['delete', 'backspace'],
	// Esc also sets `meta` in Ink, so it is matched before the meta chords below.
	['escape', 'escape'],
];

/**
 * Names a key press as the keymap spells it: `down`, `pagedown`, `return`, `ctrl+u`, `meta+x`,
 * `shift+tab`, or the character itself (`j`, `G`, `?`). Returns undefined for empty input.
 */
export function keyName(input: string, key: KeyFlags): string | undefined {
	for (const [flag, name] of namedKeys) {
		if (key[flag]) {
			return flag === 'tab' && key.shift ? 'shift+tab' : name;
		}
	}

	if (input.length === 0) {
		return undefined;
	}

	if (key.ctrl) {
		return `ctrl+${input.toLowerCase()}`;
	}

	if (key.meta) {
		return `meta+${input}`;
	}

	return input;
}

const labels: Readonly<Record<string, string>> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	tab: 'Tab',
	escape: 'Esc',
	backspace: 'Backspace',
	'shift+tab': 'Shift-Tab',
};

/** How a key name is shown to the user: `↓`, `PgDn`, `Ctrl-U`, `Esc`. */
export function keyLabel(name: string): string {
	const label = labels[name];
	if (label) {
		return label;
	}

	const chord = /^(ctrl|meta)\+(.+)$/.exec(name);
	if (chord) {
		return `${chord[1] === 'ctrl' ? 'Ctrl' : 'Alt'}-${chord[2]!.toUpperCase()}`;
	}

	return name;
}
