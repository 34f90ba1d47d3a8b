import {describe, expect, it} from 'vitest';
import {propertyRuns} from './property-runs.js';

const counts = {full: 150, quick: 30};

describe('propertyRuns', () => {
	it.each([
		['unset', {}, 30],
		['empty', {PAPER_TUI_PROPERTY_RUNS: ''}, 30],
		['full', {PAPER_TUI_PROPERTY_RUNS: 'full'}, 150],
		['full, spaced', {PAPER_TUI_PROPERTY_RUNS: ' full '}, 150],
		['a multiple of the full count', {PAPER_TUI_PROPERTY_RUNS: '4'}, 600],
		['a fraction of the full count, at least one', {PAPER_TUI_PROPERTY_RUNS: '0.001'}, 1],
	])('runs the right count when the variable is %s', (_case, environment, expected) => {
		expect(propertyRuns(counts, environment)).toBe(expected);
	});

	it.each(['ful', 'quick', '0', '-1', 'NaN'])('refuses %j, naming the variable and what it accepts', setting => {
		expect(() => propertyRuns(counts, {PAPER_TUI_PROPERTY_RUNS: setting})).toThrow(
			`PAPER_TUI_PROPERTY_RUNS=${setting}: expected "full" or a positive number (a multiple of the full count)`,
		);
	});
});
