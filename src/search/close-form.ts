/** Longest ending either word may have past the letters they share, for a stem match to count as the same word. */
const MAX_ENDING = 3;

/**
 * Whether two folded words that share an index term are forms of the same word rather than
 * the stemmer reaching too far: equal, one starting with the other, or differing only in
 * short endings past the letters they share (`learned`/`learning`, `study`/`studies`,
 * `generated`/`generative`), but not `generative`/`generalization` or `general`/`generative`.
 */
export function isCloseForm(a: string, b: string): boolean {
	if (a.startsWith(b) || b.startsWith(a)) return true;
	let shared = 0;
	while (shared < a.length && shared < b.length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
	return a.length - shared <= MAX_ENDING && b.length - shared <= MAX_ENDING;
}
