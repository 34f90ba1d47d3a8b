// Types of scripts/ink/styled-cells.js.

/**
 * One terminal cell: its grapheme ('' for the second column of a wide character), its SGR style
 * as canonical parameters, the OSC 8 sequence that opened its hyperlink ('' outside one).
 */
export type Cell = {character: string; key: string; link: string; isUnreliable?: true};

/** A line as cells, the first cell whose column terminals disagree on, and whether it leaves a style or link open. */
export type ParsedLine = {cells: Cell[]; firstUnreliable: number; endsOpen: boolean};

/** The cells of a line of text, SGR and OSC 8; undefined for any other escape sequence or control character. */
export declare function parseLine(line: string): ParsedLine | undefined;
