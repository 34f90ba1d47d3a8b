// Types of scripts/ink/safe-line.js.
import type {ParsedLine} from './styled-cells.js';

/** Whether a line may hold a character whose width terminals disagree on (false is certain). */
export declare function mayHoldUnreliableCells(line: string): boolean;
/** What is drawn for an unreliable grapheme `width` columns wide (an emoji sequence becomes its base). */
export declare function standIn(grapheme: string, width: number): string;
/** A parsed line drawn from column 0 with an absolute column move after each unreliable character. */
export declare function safeLine(line: ParsedLine, options?: {erasesRow?: boolean}): string;
