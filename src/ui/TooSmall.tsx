import {Box, Text} from 'ink';
import type {TerminalSize} from '../types.js';
import {minimumSize} from '../state/index.js';

interface Props {
	readonly size: TerminalSize;
	readonly rows: number;
}

/** Shown instead of the explorer when the terminal is below the usable size. */
export function TooSmall({size, rows}: Props) {
	return (
		<Box flexDirection="column" width={size.columns} height={rows}>
			<Text wrap="wrap">{`Terminal too small (${size.columns}x${size.rows}).`}</Text>
			<Text wrap="wrap">{`Needs ${minimumSize.columns}x${minimumSize.rows}. Enlarge it, or q to quit.`}</Text>
		</Box>
	);
}
