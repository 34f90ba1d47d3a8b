import type {TerminalSize} from '../types.js';

/** The size of the terminal behind `stdout` (80x24 when unknown). */
export function terminalSize(stdout: Pick<NodeJS.WriteStream, 'columns' | 'rows'>): TerminalSize {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
