import {createHash} from 'node:crypto';
import type {Paper} from '../types.js';

/** Papers hashed per call to the hash: fewer, longer updates are much faster than one per field. */
const PAPERS_PER_UPDATE = 256;

const fingerprints = new WeakMap<readonly Paper[], string>();

/** A `corpusFingerprint` computed piece by piece: `add` the papers in order, in any slices, then `digest`. */
export interface Fingerprinter {
	add(papers: readonly Pick<Paper, 'title' | 'authors' | 'abstract'>[]): void;
	digest(): string;
}

/** A fingerprinter giving the same fingerprint as `corpusFingerprint` of all papers added. */
export function createFingerprinter(): Fingerprinter {
	const hash = createHash('sha256');
	return {
		add(papers) {
			for (let start = 0; start < papers.length; start += PAPERS_PER_UPDATE) {
				let text = '';
				for (const paper of papers.slice(start, start + PAPERS_PER_UPDATE)) {
					text += `${paper.title}\u0000${paper.authors.join('\u0001')}\u0001${paper.abstract}\u0002`;
				}
				hash.update(text);
			}
		},
		digest: () => hash.digest('hex').slice(0, 32),
	};
}

/**
 * A SHA-256 of every searchable text of the papers, in order (title, each author, abstract,
 * with separators), as 32 hex digits: a cached index is only reused for the exact corpus it
 * was built from, and the cache names its file by it. Computed once per array of papers (which
 * must not change afterwards).
 */
export function corpusFingerprint(papers: readonly Paper[]): string {
	const known = fingerprints.get(papers);
	if (known !== undefined) return known;
	const fingerprinter = createFingerprinter();
	fingerprinter.add(papers);
	const fingerprint = fingerprinter.digest();
	fingerprints.set(papers, fingerprint);
	return fingerprint;
}
