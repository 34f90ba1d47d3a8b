import type {Paper} from '../types.js';

/** The paper's authors and year as one line (`A. Author, B. Author · 2024`), empty when it has neither. */
export function authorsAndYear(paper: Paper): string {
	return [paper.authors.join(', '), paper.year === undefined ? '' : String(paper.year)].filter(Boolean).join(' · ');
}

/**
 * The paper's identifiers as one line: arXiv id and version, DOI, journal reference and updated
 * day (`arXiv 2402.00001v3 · DOI 10.1/x · Proc. ACL 2024 · updated 2024-03-01`); empty when it has none.
 */
export function paperIdentifiers(paper: Paper): string {
	return [
		paper.arxivId === undefined ? '' : `arXiv ${paper.arxivId}${paper.arxivVersion === undefined ? '' : `v${paper.arxivVersion}`}`,
		paper.doi === undefined ? '' : `DOI ${paper.doi}`,
		paper.journalRef ?? '',
		paper.updated === undefined ? '' : `updated ${paper.updated.slice(0, 10)}`,
	]
		.filter(Boolean)
		.join(' · ');
}
