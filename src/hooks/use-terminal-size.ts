import {useEffect} from 'react';
import {useStdout} from 'ink';
import type {TerminalSize} from '../types.js';

/** Reads the terminal size of `stdout` (80x24 when unknown). */
export function terminalSize(stdout: NodeJS.WriteStream): TerminalSize {
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}

/** Calls `onResize` with the new size on every terminal resize (Ink 6 has no such hook). */
export function useTerminalResize(onResize: (size: TerminalSize) => void): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const handle = (): void => {
			onResize(terminalSize(stdout));
		};

		stdout.on('resize', handle);
		return () => {
			stdout.off('resize', handle);
		};
	}, [stdout, onResize]);
}
