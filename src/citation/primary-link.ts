import type {Paper} from '../types.js';

/** The one link shown for a paper everywhere it is cited: its first link, else its `url`, else none. */
export function primaryLink(paper: Paper): string | undefined {
	return paper.links[0] ?? paper.url;
}
