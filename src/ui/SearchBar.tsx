import {Box, Text} from 'ink';
import {truncateText} from '../state/wrap-text.js';
import {SearchInput} from './SearchInput.js';
import {useTheme} from './theme.js';

interface Props {
	readonly query: string;
	readonly isFocused: boolean;
	readonly isBookmarkView: boolean;
	readonly width: number;
	readonly onChange: (query: string) => void;
	readonly onListening: (isListening: boolean) => void;
}

/** The search line: the query being typed, or a prompt to press `/`. */
export function SearchBar({query, isFocused, isBookmarkView, width, onChange, onListening}: Props) {
	const theme = useTheme();
	const tag = isBookmarkView ? ' [bookmarks]' : '';
	const inputWidth = Math.max(1, width - 2 - tag.length);
	return (
		<Box width={width} height={1}>
			<Text {...(isFocused ? theme.focusBorder : theme.muted)} bold>/ </Text>
			<Box width={inputWidth} overflow="hidden">
				{isFocused
					? <SearchInput value={query} onChange={onChange} onListening={onListening}/>
					: <Text {...(query ? {} : theme.muted)} wrap="truncate">{query ? truncateText(query, inputWidth) : 'press / to search'}</Text>}
			</Box>
			{tag ? <Text {...theme.bookmark}>{tag}</Text> : null}
		</Box>
	);
}
