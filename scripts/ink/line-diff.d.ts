// Types of scripts/ink/line-diff.js.
import type {ParsedLine} from './styled-cells.js';

export interface DiffLineOptions {
	/** A style or hyperlink may be open before the line: close them first. */
	startsWithReset?: boolean;
	/** The cursor is at column 0 of the line. */
	fromColumnZero?: boolean;
}

/** Bytes rewriting only the changed columns, '' when nothing visible changed, undefined when only a whole-line rewrite is safe. */
export declare function diffLine(previous: ParsedLine, next: ParsedLine, options?: DiffLineOptions): string | undefined;
