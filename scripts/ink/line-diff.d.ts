// Types of scripts/ink/line-diff.js.
import type {ParsedLine} from './styled-cells.js';

/** Bytes rewriting only the changed columns, '' when nothing visible changed, undefined when only a whole-line rewrite is safe. */
export declare function diffLine(previous: ParsedLine, next: ParsedLine, options?: {startsWithReset?: boolean}): string | undefined;
