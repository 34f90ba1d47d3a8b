import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Span} from '../types.js';
import type {ListEntry} from '../state/index.js';
import {truncateText} from '../text/wrap-text.js';
import {HighlightedText} from './HighlightedText.js';
import {useTheme} from './theme.js';

interface Props {
	/** Only the rows on screen: the caller slices the list (long lists are never laid out whole). */
	readonly entries: readonly ListEntry[];
	/** Index within `entries` of the selected row, or -1 when it is not on screen. */
	readonly selectedRow: number;
	readonly bookmarkedIds: ReadonlySet<string>;
	/** Whether a paper is unread (marked `•`); always false while the marks are not known. */
	readonly isUnread: (id: string) => boolean;
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
	readonly isUnread: boolean;
	readonly isFocused: boolean;
	readonly titleSpans: (title: string) => readonly Span[];
	readonly width: number;
}

/**
 * One row, as one Text node: selection marker, unread marker, bookmark marker, title cut to fit. Only the
 * marker shows the selection (inverse, and `>` without colour): moving down then rewrites two
 * cells of the list instead of two whole titles, which matters on a slow link.
 */
const PaperRow = memo(({entry, isSelected, isBookmarked, isUnread, isFocused, titleSpans, width}: RowProps) => {
	const theme = useTheme();
	const titleWidth = Math.max(1, width - 4);
	const marker = isFocused ? '>' : '»';
	return (
		<Text wrap="truncate">
			{isSelected ? <Text {...theme.selected}>{marker}</Text> : ' '}
			{isUnread ? <Text {...theme.unread}>•</Text> : ' '}
			<Text {...theme.bookmark}>{isBookmarked ? '* ' : '  '}</Text>
			<HighlightedText
				text={truncateText(entry.paper.title, titleWidth)}
				spans={titleSpans(entry.paper.title)}
				style={entry.isMissing ? theme.muted : undefined}
			/>
		</Text>
	);
});

/** The paper list: a selection marker, an unread marker, a bookmark marker, and the title cut to fit. */
export function PaperList({entries, selectedRow, bookmarkedIds, isUnread, titleSpans, width, rows, isFocused, emptyText}: Props) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" width={width} height={rows} overflow="hidden">
			{entries.length === 0 ? (
				<Text {...theme.muted} wrap="wrap">
					{emptyText}
				</Text>
			) : (
				entries
					.slice(0, rows)
					.map((entry, row) => (
						<PaperRow
							key={entry.paper.id}
							entry={entry}
							isSelected={row === selectedRow}
							isBookmarked={entry.isMissing || bookmarkedIds.has(entry.paper.id)}
							isUnread={!entry.isMissing && isUnread(entry.paper.id)}
							isFocused={isFocused}
							titleSpans={titleSpans}
							width={width}
						/>
					))
			)}
		</Box>
	);
}
