import {Box, Text} from 'ink';
import {truncateStart, truncateText} from '../text/wrap-text.js';
import {SearchInput} from './SearchInput.js';
import {useTheme} from './theme.js';

interface Props {
	/** The title of the paper being tagged. */
	readonly title: string;
	readonly text: string;
	readonly width: number;
}

/** The tag prompt, in place of the search line: the paper's title cut short, then the tags being typed. */
export function TagPromptLine({title, text, width}: Props) {
	const theme = useTheme();
	const label = `Tags for “${truncateText(title, Math.max(8, Math.floor(width / 3)))}”: `;
	const inputWidth = Math.max(2, width - label.length);
	return (
		<Box width={width} height={1}>
			<Text {...theme.focusBorder} bold wrap="truncate">
				{label}
			</Text>
			<Box width={inputWidth} overflow="hidden">
				<SearchInput value={truncateStart(text, inputWidth - 1)} />
			</Box>
		</Box>
	);
}
