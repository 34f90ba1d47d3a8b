import type {Paper} from '../types.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A 32-bit FNV-1a hash of every searchable text of the papers, in order, as 8 hex digits:
 * a cached index is only reused for the exact corpus it was built from.
 */
export function corpusFingerprint(papers: readonly Paper[]): string {
	let hash = FNV_OFFSET;
	const feed = (text: string) => {
		for (let position = 0; position < text.length; position++) {
			hash = Math.imul(hash ^ text.charCodeAt(position), FNV_PRIME);
		}
		hash = Math.imul(hash ^ 0xffff, FNV_PRIME);
	};
	for (const paper of papers) {
		feed(paper.title);
		for (const author of paper.authors) feed(author);
		feed(paper.abstract);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}
