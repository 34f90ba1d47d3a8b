import stringWidth from 'string-width';
import {graphemes, segmentWindowLength} from './graphemes.js';

/** One wrapped line: the text and where it starts in the original string. */
export interface WrappedLine {
	readonly text: string;
	readonly start: number;
}

const printableAscii = /^[\u0020-\u007E]*$/;

/** Widths of single clusters, which repeat a lot within one text; bounded so a hostile text cannot grow it without end. */
const clusterWidths = new Map<string, number>();
const maximumCachedClusters = 65_536;

/** Width of one grapheme cluster in terminal cells, as string-width counts it. */
export function clusterWidth(segment: string): number {
	if (segment.length === 1 && segment >= ' ' && segment <= '~') {
		return 1;
	}

	let width = clusterWidths.get(segment);
	if (width === undefined) {
		width = stringWidth(segment);
		if (clusterWidths.size < maximumCachedClusters) {
			clusterWidths.set(segment, width);
		}
	}

	return width;
}

/**
 * Width of `text` in terminal cells, as string-width counts it. Printable ASCII (most text here)
 * skips the Unicode tables; a long text is measured cluster by cluster, since string-width
 * segments its whole input at once (quadratic on Node 20).
 */
export function cellWidth(text: string): number {
	if (printableAscii.test(text)) {
		return text.length;
	}

	if (text.length <= segmentWindowLength) {
		return stringWidth(text);
	}

	let width = 0;
	for (const {segment} of graphemes(text)) {
		width += clusterWidth(segment);
	}

	return width;
}

/** Splits a word wider than a line into pieces of at most `maximum` cells; the last piece is returned, not pushed. */
function splitWord(
	text: string,
	wordStart: number,
	wordEnd: number,
	maximum: number,
	lines: WrappedLine[],
): {start: number; width: number} {
	const word = text.slice(wordStart, wordEnd);
	if (printableAscii.test(word)) {
		let pieceStart = wordStart;
		for (; wordEnd - pieceStart > maximum; pieceStart += maximum) {
			lines.push({text: text.slice(pieceStart, pieceStart + maximum), start: pieceStart});
		}

		return {start: pieceStart, width: wordEnd - pieceStart};
	}

	let pieceStart = wordStart;
	let pieceWidth = 0;
	for (const {segment, index} of graphemes(word)) {
		const segmentWidth = clusterWidth(segment);
		if (pieceWidth + segmentWidth > maximum && pieceWidth > 0) {
			lines.push({text: text.slice(pieceStart, wordStart + index), start: pieceStart});
			pieceStart = wordStart + index;
			pieceWidth = 0;
		}

		pieceWidth += segmentWidth;
	}

	return {start: pieceStart, width: pieceWidth};
}

/**
 * Greedy word wrap to `width` terminal cells. Words longer than a line are split by grapheme.
 * Each line keeps its offset into `text` so highlight spans can be mapped onto it. Takes time
 * linear in the length of `text`, whatever its words.
 */
export function wrapText(text: string, width: number): WrappedLine[] {
	const maximum = Math.max(1, width);
	const lines: WrappedLine[] = [];
	let lineStart = -1;
	let lineEnd = 0;
	let lineWidth = 0;
	const flush = (): void => {
		if (lineStart >= 0) {
			lines.push({text: text.slice(lineStart, lineEnd), start: lineStart});
		}

		lineStart = -1;
		lineWidth = 0;
	};

	for (const match of text.matchAll(/\S+/g)) {
		const word = match[0];
		const wordStart = match.index;
		const wordWidth = cellWidth(word);
		const gapWidth = cellWidth(text.slice(lineEnd, wordStart));
		if (lineStart >= 0 && lineWidth + gapWidth + wordWidth <= maximum) {
			lineEnd = wordStart + word.length;
			lineWidth += gapWidth + wordWidth;
			continue;
		}

		flush();
		if (wordWidth <= maximum) {
			lineStart = wordStart;
			lineEnd = wordStart + word.length;
			lineWidth = wordWidth;
			continue;
		}

		const lastPiece = splitWord(text, wordStart, wordStart + word.length, maximum, lines);
		lineStart = lastPiece.start;
		lineEnd = wordStart + word.length;
		lineWidth = lastPiece.width;
	}

	flush();
	return lines;
}

/** Cuts `text` to at most `width` cells, ending with an ellipsis when it was cut. Reads no further than the cut. */
export function truncateText(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (printableAscii.test(text)) {
		return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
	}

	let kept = 0;
	let used = 0;
	for (const {segment, index} of graphemes(text)) {
		used += clusterWidth(segment);
		if (used > width) {
			return `${text.slice(0, kept)}…`;
		}

		if (used <= width - 1) {
			kept = index + segment.length;
		}
	}

	return text;
}

/** Keeps the end of `text` within `width` cells, starting with an ellipsis when it was cut. */
export function truncateStart(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (cellWidth(text) <= width) {
		return text;
	}

	const clusters = [...graphemes(text)];
	let kept = text.length;
	let used = 0;
	for (let index = clusters.length - 1; index >= 0; index--) {
		used += clusterWidth(clusters[index]!.segment);
		if (used > width - 1) {
			break;
		}

		kept = clusters[index]!.index;
	}

	return `…${text.slice(kept)}`;
}
