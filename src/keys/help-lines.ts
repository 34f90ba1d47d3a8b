import {helpSections} from './resolve-command.js';

/** The help overlay's lines, generated from the keymap so they always tell the truth. */
export function helpLines(): string[] {
	const lines: string[] = [];
	for (const section of helpSections()) {
		lines.push(section.title);
		for (const row of section.rows) {
			lines.push(`  ${row.keys.padEnd(22)} ${row.description}`);
		}

		lines.push('');
	}

	return lines;
}
