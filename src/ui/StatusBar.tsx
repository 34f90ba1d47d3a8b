import {Box, Text} from 'ink';
import type {CorpusProgress, IndexProgress, StatusMessage} from '../state/index.js';
import type {KeyHint} from '../keys/index.js';
import {cellWidth, truncateText} from '../text/wrap-text.js';
import {useTheme} from './theme.js';
import {thousands} from '../text/thousands.js';

interface Props {
	readonly position: number;
	readonly total: number;
	/** Number of matches for the query, or undefined when there is no query. */
	readonly matchCount: number | undefined;
	/** The matches are a title filter's stand-in while the index is built. */
	readonly isTitlesOnly: boolean;
	/** Progress of the search index being built; null when ready. */
	readonly indexing: IndexProgress | null;
	/** How far reading the corpus has got; null once all is read. */
	readonly reading?: CorpusProgress | null;
	/** Undefined until the bookmark file has been read: no count is better than a wrong one. */
	readonly bookmarkCount: number | undefined;
	/** Unread papers in the list; undefined until the marks have been read. */
	readonly unreadCount?: number;
	/** The list's order, when it is not the plain one (`newest first`). */
	readonly orderLabel: string | undefined;
	readonly message: StatusMessage | null;
	readonly hints: readonly KeyHint[];
	readonly width: number;
}

const hintGap = 2;

function hintWidth(hint: KeyHint): number {
	return cellWidth(`${hint.keys} ${hint.label}`);
}

/**
 * The hints to show, in keymap order: every pinned one, then as many of the others as fit in
 * `room` cells, skipping any that does not.
 */
function fitHints(hints: readonly KeyHint[], room: number): KeyHint[] {
	let used = hints.filter(hint => hint.isPinned).reduce((total, hint) => total + hintWidth(hint) + hintGap, 0);
	const chosen = new Set<KeyHint>();
	for (const hint of hints) {
		if (hint.isPinned) {
			continue;
		}

		const cost = hintWidth(hint) + hintGap;
		if (used + cost <= room) {
			chosen.add(hint);
			used += cost;
		}
	}

	return hints.filter(hint => hint.isPinned || chosen.has(hint));
}

/**
 * Position, match count (with "titles only" while the index is built), how much of the corpus is
 * read (while the first papers are shown), the index's build progress,
 * the list's order, bookmark and unread counts, the current message, and key hints: the pinned ones (`? help`)
 * always, beside any message, the others as room allows.
 */
export function StatusBar({
	position,
	total,
	matchCount,
	isTitlesOnly,
	indexing,
	reading = null,
	bookmarkCount,
	unreadCount,
	orderLabel,
	message,
	hints,
	width,
}: Props) {
	const theme = useTheme();
	const facts = [
		`${total === 0 ? 0 : position}/${total}`,
		matchCount === undefined ? '' : `${matchCount} ${matchCount === 1 ? 'match' : 'matches'}${isTitlesOnly ? ' (titles only)' : ''}`,
		reading === null ? '' : `reading ${readingPercent(reading)}%`,
		indexing === null ? '' : `indexing ${thousands(indexing.done)} / ${thousands(indexing.total)}`,
		orderLabel ?? '',
		bookmarkCount === undefined ? '' : `${bookmarkCount} bookmarked`,
		unreadCount === undefined ? '' : `${unreadCount} unread`,
	]
		.filter(Boolean)
		.join(' · ');
	const messageText = message ? ` · ${message.text}` : '';
	const pinnedWidth = hints.filter(hint => hint.isPinned).reduce((total, hint) => total + hintWidth(hint) + hintGap, 0);
	const left = truncateText(facts + messageText, Math.max(1, width - pinnedWidth));
	const shownHints = fitHints(hints, width - cellWidth(left));

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
							{index > 0 ? ' '.repeat(hintGap) : ''}
							<Text {...theme.hintKey}>{hint.keys}</Text>
							<Text {...theme.muted}>{` ${hint.label}`}</Text>
						</Text>
					))}
				</Text>
			) : null}
		</Box>
	);
}

/** The part of the corpus read, in whole percent, below 100 until all is read. */
function readingPercent(reading: CorpusProgress): number {
	return reading.totalBytes === 0 ? 0 : Math.min(99, Math.floor((reading.bytesRead / reading.totalBytes) * 100));
}
