import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import type {ListEntry, Span} from '../types.js';
import {truncateText} from '../state/wrap-text.js';
import {HighlightedText} from './HighlightedText.js';
import {useTheme} from './theme.js';

interface Props {
	/** Only the rows on screen: the caller slices the list (long lists are never laid out whole). */
	readonly entries: readonly ListEntry[];
	/** Index within `entries` of the selected row, or -1 when it is not on screen. */
	readonly selectedRow: number;
	readonly bookmarkedIds: ReadonlySet<string>;
	readonly titleSpans: (title: string) => readonly Span[];
	readonly width: number;
	readonly rows: number;
	readonly isFocused: boolean;
	readonly emptyText: string;
}

/** The paper list: a selection marker, a bookmark marker, and the title cut to fit. */
export function PaperList({entries, selectedRow, bookmarkedIds, titleSpans, width, rows, isFocused, emptyText}: Props) {
	const theme = useTheme();
	const titleWidth = Math.max(1, width - 4);
	const lines = entries.slice(0, rows).map((entry, row) => {
		const isSelected = row === selectedRow;
		const isBookmarked = entry.isMissing || bookmarkedIds.has(entry.paper.id);
		const title = truncateText(entry.paper.title, titleWidth);
		const padding = ' '.repeat(Math.max(0, titleWidth - stringWidth(title)));
		return (
			<Box key={entry.paper.id} width={width} height={1}>
				<Text bold={isSelected}>{isSelected ? (isFocused ? '> ' : '» ') : '  '}</Text>
				<Text {...theme.bookmark}>{isBookmarked ? '* ' : '  '}</Text>
				<Box width={titleWidth}>
					<HighlightedText
						text={title + (isSelected ? padding : '')}
						spans={titleSpans(entry.paper.title)}
						style={{
							...(isSelected ? theme.selected : {}),
							...(entry.isMissing ? theme.muted : {}),
						}}
					/>
				</Box>
			</Box>
		);
	});

	return (
		<Box flexDirection="column" width={width} height={rows}>
			{lines.length === 0 ? <Text {...theme.muted} wrap="truncate">{truncateText(emptyText, width)}</Text> : lines}
		</Box>
	);
}
