import {memo} from 'react';
import {Box, Text} from 'ink';
import type {ListEntry, Span} from '../types.js';
import {cellWidth, truncateText} from '../state/wrap-text.js';
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

interface RowProps {
	readonly entry: ListEntry;
	readonly isSelected: boolean;
	readonly isBookmarked: boolean;
	readonly isFocused: boolean;
	readonly titleSpans: (title: string) => readonly Span[];
	readonly width: number;
}

/** One row, as one Text node: selection marker, bookmark marker, title cut to fit. */
const PaperRow = memo(({entry, isSelected, isBookmarked, isFocused, titleSpans, width}: RowProps) => {
	const theme = useTheme();
	const titleWidth = Math.max(1, width - 4);
	const title = truncateText(entry.paper.title, titleWidth);
	// The selected row's bar runs to the edge of the list.
	const padding = isSelected ? ' '.repeat(Math.max(0, titleWidth - cellWidth(title))) : '';
	return (
		<Text wrap="truncate">
			<Text bold={isSelected}>{isSelected ? (isFocused ? '> ' : '» ') : '  '}</Text>
			<Text {...theme.bookmark}>{isBookmarked ? '* ' : '  '}</Text>
			<HighlightedText
				text={title + padding}
				spans={titleSpans(entry.paper.title)}
				style={{...(isSelected ? theme.selected : {}), ...(entry.isMissing ? theme.muted : {})}}
			/>
		</Text>
	);
});

/** The paper list: a selection marker, a bookmark marker, and the title cut to fit. */
export function PaperList({entries, selectedRow, bookmarkedIds, titleSpans, width, rows, isFocused, emptyText}: Props) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} height={rows}>
			{entries.length === 0
				? <Text {...theme.muted} wrap="truncate">{truncateText(emptyText, width)}</Text>
				: entries.slice(0, rows).map((entry, row) => (
					<PaperRow
						key={entry.paper.id}
						entry={entry}
						isSelected={row === selectedRow}
						isBookmarked={entry.isMissing || bookmarkedIds.has(entry.paper.id)}
						isFocused={isFocused}
						titleSpans={titleSpans}
						width={width}
					/>
				))}
		</Box>
	);
}
