import type {Paper} from '../types.js';
import {wrapText} from '../text/wrap-text.js';

/** Where a command writes: stdout text, and its width for wrapping (80 when not a terminal). */
export interface Output {
	write(text: string): void;
	readonly columns: number;
}

/** Wraps `text` to `width`, each line prefixed with `indent`. */
export function wrapIndented(text: string, width: number, indent = ''): string {
	return wrapText(text, Math.max(20, width - indent.length))
		.map(line => indent + line.text)
		.join('\n');
}

/** A paper as one list entry: its rank and wrapped title, then its id (to pass to `show`). */
export function formatSummary(paper: Paper, rank: number, columns: number): string {
	const label = `${rank}. `;
	const indent = ' '.repeat(label.length);
	const title = wrapIndented(paper.title, columns, indent);
	return `${label}${title.slice(indent.length)}\n${indent}id: ${paper.id}\n`;
}

/** Pretty JSON with a trailing newline. */
export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}
