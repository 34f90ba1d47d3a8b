import {Box, Text} from 'ink';
import type {StatusMessage} from '../state/index.js';
import type {KeyHint} from '../keys/index.js';
import {cellWidth, truncateText} from '../text/wrap-text.js';
import {useTheme} from './theme.js';

interface Props {
	readonly position: number;
	readonly total: number;
	/** Number of matches for the query, or undefined when there is no query. */
	readonly matchCount: number | undefined;
	readonly bookmarkCount: number;
	readonly message: StatusMessage | null;
	readonly hints: readonly KeyHint[];
	readonly width: number;
}

/** Position, match and bookmark counts, the current message, and as many key hints as fit. */
export function StatusBar({position, total, matchCount, bookmarkCount, message, hints, width}: Props) {
	const theme = useTheme();
	const facts = [
		`${total === 0 ? 0 : position}/${total}`,
		matchCount === undefined ? '' : `${matchCount} ${matchCount === 1 ? 'match' : 'matches'}`,
		`${bookmarkCount} bookmarked`,
	].filter(Boolean).join(' · ');
	const messageText = message ? ` · ${message.text}` : '';
	const left = truncateText(facts + messageText, width);
	const room = width - cellWidth(left) - 2;
	const shownHints: KeyHint[] = [];
	let used = 0;
	for (const hint of hints) {
		const cost = cellWidth(`${hint.keys} ${hint.label}`) + (shownHints.length > 0 ? 2 : 0);
		if (used + cost > room) {
			break;
		}

		shownHints.push(hint);
		used += cost;
	}

	const factsShown = left.slice(0, Math.min(left.length, facts.length));
	const messageShown = left.slice(factsShown.length);
	return (
		<Box width={width} height={1} justifyContent="space-between">
			<Text wrap="truncate">
				{factsShown}
				{messageShown ? <Text {...theme.status[message?.kind ?? 'info']}>{messageShown}</Text> : null}
			</Text>
			{shownHints.length > 0 ? (
				<Text wrap="truncate">
					{shownHints.map((hint, index) => (
						<Text key={hint.keys + hint.label}>
							{index > 0 ? '  ' : ''}
							<Text {...theme.hintKey}>{hint.keys}</Text>
							<Text {...theme.muted}>{` ${hint.label}`}</Text>
						</Text>
					))}
				</Text>
			) : null}
		</Box>
	);
}
