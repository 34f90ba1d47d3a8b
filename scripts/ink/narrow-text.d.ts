// Types of scripts/ink/narrow-text.js.

/** Characters string-width 8 counts as one column that never join a neighbour into one grapheme. */
export const narrowCharacters: RegExp;
/** string-width's width of `text` when it is narrow text (escape sequences aside), else undefined. */
export function narrowTextWidth(text: string): number | undefined;
/** The graphemes of `text`, as Intl.Segmenter's `segment` returns them. */
export function graphemeSegments(text: string): Intl.Segments;
