import type {SearchHit} from '../types.js';
import type {MatchedPapers} from './search-postings.js';

/**
 * Every paper a query matched, with its final score, handed out in rank order: the best few
 * (picked without sorting the rest) or all of them (sorted once, on first asking). The order is
 * by score, best first, ties by paper number: a total order, so the best `k` are exactly the
 * first `k` of the whole ranking.
 */
export interface RankedMatches {
	/** How many papers matched. */
	readonly total: number;
	/** The best `limit` papers (all of them for `Infinity`), best first. */
	top(limit: number): SearchHit[];
	/** The papers matched, flagged by paper number (for narrowing the next query to them). */
	paperFlags(paperCount: number): Uint8Array;
}

/** Whether the match at position `a` ranks before the one at `b`. */
function ranksBefore(papers: Int32Array, scores: Float64Array, a: number, b: number): boolean {
	const difference = scores[a]! - scores[b]!;
	return difference > 0 || (difference === 0 && papers[a]! < papers[b]!);
}

/**
 * Positions of the best `limit` of `count` matches, best first: a heap of the best seen so far,
 * the worst of them at its root, which each later match must beat to enter.
 */
function bestPositions(papers: Int32Array, scores: Float64Array, count: number, limit: number): Int32Array {
	const heap = new Int32Array(limit);
	let size = 0;
	const worse = (a: number, b: number) => ranksBefore(papers, scores, b, a);
	const siftDown = (from: number) => {
		let parent = from;
		for (;;) {
			const left = 2 * parent + 1;
			if (left >= size) return;
			const right = left + 1;
			const child = right < size && worse(heap[right]!, heap[left]!) ? right : left;
			if (!worse(heap[child]!, heap[parent]!)) return;
			const swap = heap[parent]!;
			heap[parent] = heap[child]!;
			heap[child] = swap;
			parent = child;
		}
	};
	for (let position = 0; position < count; position++) {
		if (size < limit) {
			// Sift up.
			let child = size++;
			heap[child] = position;
			while (child > 0) {
				const parent = (child - 1) >> 1;
				if (!worse(heap[child]!, heap[parent]!)) break;
				const swap = heap[parent]!;
				heap[parent] = heap[child]!;
				heap[child] = swap;
				child = parent;
			}
		} else if (limit > 0 && ranksBefore(papers, scores, position, heap[0]!)) {
			heap[0] = position;
			siftDown(0);
		}
	}
	return heap.slice(0, size).sort((a, b) => (ranksBefore(papers, scores, a, b) ? -1 : 1));
}

/** Ranks matched papers (final scores) lazily: see `RankedMatches`. */
export function rankMatches(matched: MatchedPapers): RankedMatches {
	const {papers, scores, count} = matched;
	let order: Int32Array | undefined;
	let flags: Uint8Array | undefined;
	const hitsAt = (positions: Int32Array, limit: number): SearchHit[] => {
		const hits: SearchHit[] = [];
		for (let rank = 0; rank < limit && rank < positions.length; rank++) {
			const position = positions[rank]!;
			hits.push({index: papers[position]!, score: scores[position]!});
		}
		return hits;
	};
	return {
		total: count,
		top(wanted) {
			const limit = Number.isNaN(wanted) ? 0 : Math.max(0, Math.floor(wanted));
			if (order !== undefined || limit >= count) {
				order ??= new Int32Array(count).map((_zero, position) => position).sort((a, b) => (ranksBefore(papers, scores, a, b) ? -1 : 1));
				return hitsAt(order, limit);
			}
			return hitsAt(bestPositions(papers, scores, count, limit), limit);
		},
		paperFlags(paperCount) {
			if (flags === undefined) {
				flags = new Uint8Array(paperCount);
				for (let position = 0; position < count; position++) flags[papers[position]!] = 1;
			}
			return flags;
		},
	};
}
