/** Visible lines in a frame: `split('\n')` yields a trailing empty element when the frame ends with '\n'. */
export const visibleLineCount = (lines: readonly string[], str: string): number => (str.endsWith('\n') ? lines.length - 1 : lines.length);
