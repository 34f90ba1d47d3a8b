import {describe, expect, test} from 'vitest';
import {computeLayout, type ScreenLayout} from '../../src/state/layout.js';

const layouts: Array<[columns: number, rows: number, layout: ScreenLayout]> = [
	// Wide: list ~40% on the left, a two-column separator, detail on the right.
	[120, 40, {kind: 'wide', frameRows: 39, columns: 120, listColumns: 48, listRows: 37, detailColumns: 70, detailRows: 37, overlayRows: 37}],
	[100, 24, {kind: 'wide', frameRows: 23, columns: 100, listColumns: 40, listRows: 21, detailColumns: 58, detailRows: 21, overlayRows: 21}],
	[150, 50, {kind: 'wide', frameRows: 49, columns: 150, listColumns: 60, listRows: 47, detailColumns: 88, detailRows: 47, overlayRows: 47}],
	// Narrow: list above, a separator row, detail below.
	[80, 24, {kind: 'narrow', frameRows: 23, columns: 80, listColumns: 80, listRows: 8, detailColumns: 80, detailRows: 12, overlayRows: 21}],
	[99, 30, {kind: 'narrow', frameRows: 29, columns: 99, listColumns: 99, listRows: 10, detailColumns: 99, detailRows: 16, overlayRows: 27}],
	[50, 12, {kind: 'narrow', frameRows: 11, columns: 50, listColumns: 50, listRows: 3, detailColumns: 50, detailRows: 5, overlayRows: 9}],
	// Too small: only a notice.
	[40, 10, {kind: 'too-small', frameRows: 9, columns: 40, listColumns: 0, listRows: 0, detailColumns: 0, detailRows: 0, overlayRows: 0}],
	[30, 8, {kind: 'too-small', frameRows: 7, columns: 30, listColumns: 0, listRows: 0, detailColumns: 0, detailRows: 0, overlayRows: 0}],
	[49, 40, {kind: 'too-small', frameRows: 39, columns: 49, listColumns: 0, listRows: 0, detailColumns: 0, detailRows: 0, overlayRows: 0}],
	[120, 11, {kind: 'too-small', frameRows: 10, columns: 120, listColumns: 0, listRows: 0, detailColumns: 0, detailRows: 0, overlayRows: 0}],
	[0, 0, {kind: 'too-small', frameRows: 1, columns: 1, listColumns: 0, listRows: 0, detailColumns: 0, detailRows: 0, overlayRows: 0}],
];

describe('computeLayout', () => {
	test.each(layouts)('lays out %ix%i', (columns, rows, layout) => {
		expect(computeLayout({columns, rows})).toEqual(layout);
	});

	test.each([
		[120, 40],
		[100, 24],
		[80, 24],
		[50, 12],
		[200, 60],
	])('draws one row less than the %ix%i terminal', (columns, rows) => {
		expect(computeLayout({columns, rows}).frameRows).toBe(rows - 1);
	});

	test.each([
		[120, 40],
		[100, 24],
		[200, 60],
	])('fills every column of a %ix%i wide terminal', (columns, rows) => {
		const layout = computeLayout({columns, rows});
		expect(layout.listColumns + 2 + layout.detailColumns).toBe(columns);
	});

	test.each([
		[80, 24],
		[50, 12],
		[99, 30],
		[60, 100],
	])('fills every row of a %ix%i narrow terminal', (columns, rows) => {
		const layout = computeLayout({columns, rows});
		// Search line, list, separator, detail, status line.
		expect(1 + layout.listRows + 1 + layout.detailRows + 1).toBe(layout.frameRows);
	});
});
