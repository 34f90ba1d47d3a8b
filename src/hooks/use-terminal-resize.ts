import {useEffect} from 'react';
import {useStdout} from 'ink';
import type {TerminalSize} from '../types.js';
import {terminalSize} from '../terminal/terminal-size.js';

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
