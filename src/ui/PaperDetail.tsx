import {Box, Text} from 'ink';
import type {Span} from '../types.js';
import type {DetailLine} from '../state/index.js';
import {HighlightedText, spansWithin} from './HighlightedText.js';
import {useTheme, type Theme} from './theme.js';

interface Props {
	readonly lines: readonly DetailLine[];
	readonly offset: number;
	/** Rows for text; when the lines overflow, one more row below shows the position. */
	readonly textRows: number;
	readonly width: number;
	readonly titleSpans: readonly Span[];
	readonly abstractSpans: readonly Span[];
	readonly isFocused: boolean;
}

/** Wraps visible text in an OSC 8 hyperlink so terminals can open `url`. */
export function hyperlink(text: string, url: string): string {
	return `\u001B]8;;${url}\u001B\\${text}\u001B]8;;\u001B\\`;
}

function renderLine(line: DetailLine, theme: Theme, titleSpans: readonly Span[], abstractSpans: readonly Span[]) {
	switch (line.kind) {
		case 'title': {
			return <HighlightedText text={line.text} spans={spansWithin(titleSpans, line.start, line.text.length)} style={theme.title} />;
		}

		case 'abstract': {
			return <HighlightedText text={line.text} spans={spansWithin(abstractSpans, line.start, line.text.length)} />;
		}

		case 'link': {
			return (
				<Text {...theme.link} wrap="truncate">
					{hyperlink(line.text, line.url ?? line.text)}
				</Text>
			);
		}

		case 'noteText': {
			return <Text wrap="truncate">{line.text}</Text>;
		}

		case 'heading': {
			return <Text {...theme.heading}>{line.text}</Text>;
		}

		case 'meta':
		case 'note': {
			return (
				<Text {...theme.meta} wrap="truncate">
					{line.text}
				</Text>
			);
		}

		case 'blank': {
			return '';
		}
	}
}

/** The selected paper: wrapped title and abstract, links, and a scroll position when it overflows. */
export function PaperDetail({lines, offset, textRows, width, titleSpans, abstractSpans, isFocused}: Props) {
	const theme = useTheme();
	const visible = lines.slice(offset, offset + textRows);
	const overflows = lines.length > textRows;
	const last = Math.min(lines.length, offset + textRows);
	const percent = Math.round((last / Math.max(1, lines.length)) * 100);
	return (
		<Box flexDirection="column" width={width}>
			<Box width={width} height={textRows}>
				<Text>
					{visible.map((line, index) => (
						// Lines have no identity beyond their position in the pane.
						<Text key={index}>
							{index > 0 ? '\n' : ''}
							{renderLine(line, theme, titleSpans, abstractSpans)}
						</Text>
					))}
				</Text>
			</Box>
			{overflows ? (
				<Box width={width} height={1}>
					<Text {...(isFocused ? theme.focusBorder : theme.muted)} wrap="truncate">
						{`── lines ${offset + 1}–${last} of ${lines.length} (${percent}%)${last < lines.length ? ' ↓' : ''}${offset > 0 ? ' ↑' : ''}${isFocused ? '' : '  Tab to scroll'}`}
					</Text>
				</Box>
			) : null}
		</Box>
	);
}
