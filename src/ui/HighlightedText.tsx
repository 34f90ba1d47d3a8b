import {Text} from 'ink';
import type {Span} from '../types.js';
import {useTheme, type Style} from './theme.js';

interface Props {
	readonly text: string;
	/** Spans relative to `text`; parts outside it are ignored. */
	readonly spans: readonly Span[];
	readonly style?: Style;
}

/** Text with the matched spans drawn in the theme's match style. */
export function HighlightedText({text, spans, style}: Props) {
	const theme = useTheme();
	const parts: Array<{text: string; isMatch: boolean}> = [];
	let position = 0;
	for (const span of spans) {
		const start = Math.max(span.start, position);
		const end = Math.min(span.end, text.length);
		if (end <= start) {
			continue;
		}

		if (start > position) {
			parts.push({text: text.slice(position, start), isMatch: false});
		}

		// A span that touches or overlaps the one before continues its run: one styled run, not two.
		const previous = parts.at(-1);
		if (previous?.isMatch === true && start === position) previous.text += text.slice(start, end);
		else parts.push({text: text.slice(start, end), isMatch: true});
		position = end;
	}

	if (position < text.length) {
		parts.push({text: text.slice(position), isMatch: false});
	}

	return (
		<Text {...style} wrap="truncate">
			{parts.map((part, index) =>
				part.isMatch ? (
					<Text key={index} {...theme.match}>
						{part.text}
					</Text>
				) : (
					part.text
				),
			)}
		</Text>
	);
}

/** Spans of `spans` that fall in [start, start + length), shifted to start at 0. */
export function spansWithin(spans: readonly Span[], start: number, length: number): Span[] {
	const end = start + length;
	return spans
		.filter(span => span.end > start && span.start < end)
		.map(span => ({start: Math.max(0, span.start - start), end: Math.min(length, span.end - start)}));
}
