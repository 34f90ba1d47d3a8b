import {commands, type CommandId} from './commands.js';
import {defaultKeymap, type Mode} from './keymap.js';
import {keyLabel} from './key-name.js';

/** The command bound to `name` in `mode`, if any. */
export function resolveCommand(mode: Mode, name: string | undefined, keymap = defaultKeymap): CommandId | undefined {
	if (name === undefined) {
		return undefined;
	}

	return keymap[mode].find(binding => binding.keys.includes(name))?.command;
}

/** A hint for the status bar: the first key's label and the command's short word; a pinned one is always shown. */
export interface KeyHint {
	readonly keys: string;
	readonly label: string;
	readonly isPinned?: true;
}

/** Status-bar hints for `mode`, in keymap order, one per command that has a hint word. */
export function keyHints(mode: Mode, keymap = defaultKeymap): KeyHint[] {
	return keymap[mode]
		.filter(binding => commands[binding.command].hint !== '')
		.map(binding => {
			const command: {hint: string; isPinned?: true} = commands[binding.command];
			const hint = {keys: keyLabel(binding.keys[0]!), label: command.hint};
			return command.isPinned ? {...hint, isPinned: true} : hint;
		});
}

/** One help row: every key of a command and its description. */
export interface HelpRow {
	readonly keys: string;
	readonly description: string;
}

/** Help rows for `mode`, generated from the keymap so they always tell the truth. */
export function helpRows(mode: Mode, keymap = defaultKeymap): HelpRow[] {
	return keymap[mode].map(binding => ({
		keys: binding.keys.map(keyLabel).join(', '),
		description: commands[binding.command].description,
	}));
}

/** The help overlay's sections: every mode's keys, each mode once. */
export function helpSections(keymap = defaultKeymap): Array<{title: string; rows: HelpRow[]}> {
	return [
		{title: 'List and detail', rows: helpRows('list', keymap)},
		{title: 'Search line', rows: helpRows('search', keymap)},
		{title: 'Help and citation views', rows: helpRows('citation', keymap)},
		{title: 'Tag prompt (t)', rows: helpRows('tags', keymap)},
		{title: 'Tag list (T)', rows: helpRows('tagList', keymap)},
	];
}
