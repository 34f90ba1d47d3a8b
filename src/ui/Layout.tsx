import {Box, Text} from 'ink';
import {keyHints, type Mode} from '../keys/index.js';
import {
	bookmarkedIds,
	detailTextRows,
	isUnread,
	queryFilters,
	tagCatalog,
	tagCompletions,
	unreadCount,
	layoutOf,
	overlayLines,
	selectedDetailLines,
	selectedEntry,
	visibleEntries,
	isPartialResults,
	listLength,
	matchCount,
	sortOrderLabel,
	type AppState,
} from '../state/index.js';
import {truncateText} from '../text/wrap-text.js';
import {PaperList} from './PaperList.js';
import {PaperDetail} from './PaperDetail.js';
import {SearchBar} from './SearchBar.js';
import {TagPromptLine} from './TagPromptLine.js';
import {StatusBar} from './StatusBar.js';
import {Overlay} from './Overlay.js';
import {TooSmall} from './TooSmall.js';
import {useTheme} from './theme.js';

interface Props {
	readonly state: AppState;
	readonly mode: Mode;
}

const overlayTitles = {help: 'Keys', citation: 'Citation', tagList: 'Tags (Enter filters by the selected tag)', tags: 'Tags'} as const;

/** The status line's message: while the tag prompt is open its completions come first; a malformed filter's hint comes last. */
function statusMessage(state: AppState): AppState['message'] {
	if (state.tagPrompt) {
		const completions = tagCompletions(state.tagPrompt, tagCatalog(state)).slice(0, 8);
		return completions.length === 0 ? state.message : {text: `Tab: ${completions.join(' · ')}`, kind: 'info'};
	}

	const [hint] = queryFilters(state).hints;
	return state.message ?? (hint === undefined ? null : {text: hint, kind: 'warning'});
}

/** The whole screen: search line, list and detail (side by side or stacked), status line. */
export function Layout({state, mode}: Props) {
	const theme = useTheme();
	const layout = layoutOf(state);
	if (layout.kind === 'too-small') {
		return <TooSmall size={state.size} rows={layout.frameRows} />;
	}

	// Highlighting follows the results on screen (none while the search engine loads).
	const {highlightTitle, highlightAbstract} = state.results;
	const entries = visibleEntries(state);
	const selected = selectedEntry(state);
	const detailLines = selectedDetailLines(state);
	const emptyText = state.query
		? `No papers match “${state.query}”${state.isBookmarkView ? ' among bookmarks' : ''}. Esc clears the search.`
		: state.isBookmarkView
			? 'No bookmarks yet: press b on a paper. B shows all papers.'
			: 'The corpus is empty.';
	const list = (
		<PaperList
			entries={entries.slice(state.listOffset, state.listOffset + layout.listRows)}
			selectedRow={state.cursor - state.listOffset}
			bookmarkedIds={bookmarkedIds(state)}
			isUnread={state.isMarksKnown ? id => isUnread(state.marks, id) : () => false}
			titleSpans={highlightTitle}
			width={layout.listColumns}
			rows={layout.listRows}
			isFocused={state.focus !== 'detail'}
			emptyText={emptyText}
		/>
	);
	const detail = (
		<PaperDetail
			lines={detailLines}
			offset={state.detailOffset}
			textRows={detailTextRows(layout, detailLines.length)}
			width={layout.detailColumns}
			titleSpans={selected ? highlightTitle(selected.paper.title) : []}
			abstractSpans={selected ? highlightAbstract(selected.paper.abstract) : []}
			isFocused={state.focus === 'detail'}
		/>
	);
	const contentRows = layout.frameRows - 2;
	let content;
	if (state.overlay !== 'none' && state.overlay !== 'tags') {
		content = (
			<Overlay
				title={overlayTitles[state.overlay]}
				lines={overlayLines(state)}
				offset={state.overlayOffset}
				rows={contentRows}
				width={layout.columns}
			/>
		);
	} else if (layout.kind === 'wide') {
		// The separator's top cell points at the focused pane: ← the list, → the detail.
		content = (
			<Box height={contentRows}>
				{list}
				<Text>
					<Text {...theme.focusLabel}>{state.focus === 'detail' ? '→' : '←'}</Text>
					<Text {...theme.muted}>{' \n' + '│ \n'.repeat(contentRows - 2) + '│ '}</Text>
				</Text>
				{detail}
			</Box>
		);
	} else {
		// The separator names the focused pane: ↑ the list above, ↓ the detail below.
		const label = state.focus === 'detail' ? '↓ detail · Tab: list' : '↑ list · Tab: detail';
		content = (
			<Box flexDirection="column" height={contentRows}>
				{list}
				<Text wrap="truncate">
					<Text {...theme.muted}>─ </Text>
					<Text {...theme.focusLabel}>{label}</Text>
					<Text {...theme.muted}>{' ' + '─'.repeat(Math.max(0, layout.columns - label.length - 3))}</Text>
				</Text>
				<Box height={layout.detailRows}>{detail}</Box>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" width={layout.columns} height={layout.frameRows}>
			{state.tagPrompt ? (
				<TagPromptLine title={state.tagPrompt.title} text={state.tagPrompt.text} width={layout.columns} />
			) : (
				<SearchBar
					query={state.query}
					isFocused={state.focus === 'search' && state.overlay === 'none'}
					isBookmarkView={state.isBookmarkView}
					width={layout.columns}
				/>
			)}
			{content}
			<StatusBar
				position={state.cursor + 1}
				total={listLength(state)}
				matchCount={state.query.trim() && state.similar === null ? matchCount(state) : undefined}
				isTitlesOnly={state.results.isTitlesOnly === true}
				indexing={state.indexing}
				reading={state.reading}
				bookmarkCount={state.isBookmarksKnown ? state.bookmarks.length : undefined}
				unreadCount={state.isMarksKnown && !isPartialResults(state.results) ? unreadCount(entries, state.marks) : undefined}
				orderLabel={
					state.similar === null ? sortOrderLabel(state.sortOrder) : `like “${truncateText(state.similar.source.title, 32)}” · Esc back`
				}
				message={statusMessage(state)}
				hints={keyHints(mode)}
				width={layout.columns}
			/>
		</Box>
	);
}
