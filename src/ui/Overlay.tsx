import {Box, Text} from 'ink';
import {useTheme} from './theme.js';

interface Props {
	readonly title: string;
	readonly lines: readonly string[];
	readonly offset: number;
	readonly rows: number;
	readonly width: number;
}

/** A full-width layer (help, citation): a title row, then a scrollable window of lines. */
export function Overlay({title, lines, offset, rows, width}: Props) {
	const theme = useTheme();
	const textRows = Math.max(1, rows - 1);
	const visible = lines.slice(offset, offset + textRows);
	const last = Math.min(lines.length, offset + textRows);
	const position = lines.length > textRows ? `  lines ${offset + 1}–${last} of ${lines.length}` : '';
	return (
		<Box flexDirection="column" width={width} height={rows}>
			<Text {...theme.heading} wrap="truncate">{`${title}${position}  (Esc closes)`}</Text>
			{visible.map((line, index) => (
				<Box key={offset + index} width={width} height={1}>
					<Text wrap="truncate">{line || ' '}</Text>
				</Box>
			))}
		</Box>
	);
}
