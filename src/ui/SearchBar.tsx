import {Box, Text} from 'ink';
import {truncateStart, truncateText} from '../text/wrap-text.js';
import {SearchInput} from './SearchInput.js';
import {useTheme} from './theme.js';

interface Props {
	readonly query: string;
	readonly isFocused: boolean;
	readonly isBookmarkView: boolean;
	readonly width: number;
}

/** The search line: the query being typed, or a prompt to press `/`. */
export function SearchBar({query, isFocused, isBookmarkView, width}: Props) {
	const theme = useTheme();
	const tag = isBookmarkView ? ' [bookmarks]' : '';
	const inputWidth = Math.max(1, width - 2 - tag.length);
	return (
		<Box width={width} height={1}>
			<Text {...(isFocused ? theme.focusBorder : theme.muted)} bold>
				/{' '}
			</Text>
			<Box width={inputWidth} overflow="hidden">
				{isFocused ? (
					<SearchInput value={truncateStart(query, inputWidth - 1)} />
				) : (
					<Text {...(query ? {} : theme.muted)} wrap="truncate">
						{query ? truncateText(query, inputWidth) : 'press / to search'}
					</Text>
				)}
			</Box>
			{tag ? <Text {...theme.bookmark}>{tag}</Text> : null}
		</Box>
	);
}
