import stringWidth from 'string-width';

/** One wrapped line: the text and where it starts in the original string. */
export interface WrappedLine {
	readonly text: string;
	readonly start: number;
}

let segmenter: Intl.Segmenter | undefined;
// Created on first need: the first segmenter of a process costs ~13 ms, and ASCII text needs none.
const graphemesOf = (text: string) => (segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text);

const printableAscii = /^[\u0020-\u007E]*$/;

/** Width of `text` in terminal cells; printable ASCII (most text here) skips the Unicode tables. */
export function cellWidth(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/**
 * Greedy word wrap to `width` terminal cells. Words longer than a line are split by grapheme.
 * Each line keeps its offset into `text` so highlight spans can be mapped onto it.
 */
export function wrapText(text: string, width: number): WrappedLine[] {
	const maximum = Math.max(1, width);
	const lines: WrappedLine[] = [];
	const words = [...text.matchAll(/\S+/g)];
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

	for (const match of words) {
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

		let pieceStart = wordStart;
		let pieceWidth = 0;
		for (const {segment, index} of graphemesOf(word)) {
			const segmentWidth = cellWidth(segment);
			if (pieceWidth + segmentWidth > maximum && pieceWidth > 0) {
				lines.push({text: text.slice(pieceStart, wordStart + index), start: pieceStart});
				pieceStart = wordStart + index;
				pieceWidth = 0;
			}

			pieceWidth += segmentWidth;
		}

		lineStart = pieceStart;
		lineEnd = wordStart + word.length;
		lineWidth = pieceWidth;
	}

	flush();
	return lines;
}

/** Cuts `text` to at most `width` cells, ending with an ellipsis when it was cut. */
export function truncateText(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (cellWidth(text) <= width) {
		return text;
	}

	if (printableAscii.test(text)) {
		return `${text.slice(0, width - 1)}…`;
	}

	let result = '';
	let used = 0;
	for (const {segment} of graphemesOf(text)) {
		const segmentWidth = cellWidth(segment);
		if (used + segmentWidth > width - 1) {
			break;
		}

		result += segment;
		used += segmentWidth;
	}

	return `${result}…`;
}

/** Keeps the end of `text` within `width` cells, starting with an ellipsis when it was cut. */
export function truncateStart(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (cellWidth(text) <= width) {
		return text;
	}

	const graphemes = [...graphemesOf(text)].map(({segment}) => segment);
	let result = '';
	let used = 0;
	for (let index = graphemes.length - 1; index >= 0; index--) {
		const segmentWidth = cellWidth(graphemes[index]!);
		if (used + segmentWidth > width - 1) {
			break;
		}

		result = graphemes[index]! + result;
		used += segmentWidth;
	}

	return `…${result}`;
}
