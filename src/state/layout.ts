import type {TerminalSize} from '../types.js';

/** Smallest terminal the explorer draws in; below it a "too small" notice is shown. */
export const minimumSize: TerminalSize = {columns: 50, rows: 12};

/** Width from which the list and the detail stand side by side. */
export const wideFromColumns = 100;

/** Where each region of the explorer goes for a given terminal size. */
export interface ScreenLayout {
	readonly kind: 'wide' | 'narrow' | 'too-small';
	/** Total rows drawn: one less than the terminal, so Ink never clears the screen per frame. */
	readonly frameRows: number;
	readonly columns: number;
	readonly listColumns: number;
	readonly listRows: number;
	readonly detailColumns: number;
	readonly detailRows: number;
	/** Rows available to an overlay (help, citation) between the search and status lines. */
	readonly overlayRows: number;
}

/** Computes the layout: a search line on top, a status line at the bottom, panes between. */
export function computeLayout(size: TerminalSize): ScreenLayout {
	const columns = Math.max(1, size.columns);
	const frameRows = Math.max(1, size.rows - 1);
	const contentRows = frameRows - 2;
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return {kind: 'too-small', frameRows, columns, listColumns: 0, listRows: 0, detailColumns: 0, detailRows: 0, overlayRows: 0};
	}

	if (columns >= wideFromColumns) {
		const listColumns = Math.floor(columns * 0.4);
		return {
			kind: 'wide',
			frameRows,
			columns,
			listColumns,
			listRows: contentRows,
			// Two columns for the separator between the panes and a space after it.
			detailColumns: columns - listColumns - 2,
			detailRows: contentRows,
			overlayRows: contentRows,
		};
	}

	// Narrow: list above, a separator row, detail below.
	const listRows = Math.max(3, Math.floor((contentRows - 1) * 0.4));
	return {
		kind: 'narrow',
		frameRows,
		columns,
		listColumns: columns,
		listRows,
		detailColumns: columns,
		detailRows: contentRows - 1 - listRows,
		overlayRows: contentRows,
	};
}
