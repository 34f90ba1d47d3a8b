/**
 * Whether `a` becomes `b` with at most one edit: inserting, deleting or replacing one
 * character, or swapping two adjacent ones. Allocation-free: it runs over whole vocabularies.
 */
export function isWithinOneEdit(a: string, b: string): boolean {
	const lengthA = a.length;
	const lengthB = b.length;
	if (Math.abs(lengthA - lengthB) > 1) return false;
	let prefix = 0;
	while (prefix < lengthA && prefix < lengthB && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
	let suffix = 0;
	while (
		suffix < lengthA - prefix &&
		suffix < lengthB - prefix &&
		a.charCodeAt(lengthA - 1 - suffix) === b.charCodeAt(lengthB - 1 - suffix)
	) {
		suffix++;
	}
	const middleA = lengthA - prefix - suffix;
	const middleB = lengthB - prefix - suffix;
	if (middleA <= 1 && middleB <= 1) return true;
	return (
		middleA === 2 && middleB === 2 && a.charCodeAt(prefix) === b.charCodeAt(prefix + 1) && a.charCodeAt(prefix + 1) === b.charCodeAt(prefix)
	);
}
