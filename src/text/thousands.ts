/**
 * `count` with a comma between each group of three digits (`12,345`), as `toLocaleString('en-US')`
 * writes a whole number, without its first call's ~15 ms of setting up number formatting, which
 * would hold up the explorer's frame it happens in.
 */
export function thousands(count: number): string {
	return Number.isInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ',') : count.toLocaleString('en-US');
}
