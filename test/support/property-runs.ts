/** The variable that chooses how many random cases the property tests run. */
export const propertyRunsVariable = 'PAPER_TUI_PROPERTY_RUNS';

/**
 * How many random cases (seeds, frames, strings) a property test runs. Unset, it is `quick`: the
 * count for `npm run test:unit`, a prefix of the full run's cases (same seeds, same order).
 * `PAPER_TUI_PROPERTY_RUNS=full`, which `npm test` and so CI set, runs `full`, the count the
 * test was written with; a number N runs N times `full`, for a longer search after a change to
 * the renderer. Anything else throws, so a typo cannot quietly run the quick count.
 */
export function propertyRuns(counts: {full: number; quick: number}, environment: NodeJS.ProcessEnv = process.env): number {
	const setting = environment[propertyRunsVariable]?.trim() ?? '';
	if (setting === '') return counts.quick;
	if (setting === 'full') return counts.full;
	const multiple = Number(setting);
	if (!Number.isFinite(multiple) || multiple <= 0) {
		throw new Error(`${propertyRunsVariable}=${setting}: expected "full" or a positive number (a multiple of the full count)`);
	}
	return Math.max(1, Math.round(counts.full * multiple));
}
