/** A research paper as the app sees it: every string already cleaned of control characters. */
export interface Paper {
	/** Stable slug derived from the title; unique within a loaded corpus. */
	readonly id: string;
	readonly title: string;
	readonly abstract: string;
	readonly authors: readonly string[];
	readonly year?: number;
	readonly url?: string;
	/** URLs found in the abstract or given explicitly, without trailing punctuation; the canonical link (arXiv abs page, DOI resolver) first. */
	readonly links: readonly string[];
	/** The DOI as `10.prefix/suffix`, when the source gave one. */
	readonly doi?: string;
	/** The arXiv identifier without its version (`2101.00001`, `hep-th/9901001`), when known. */
	readonly arxivId?: string;
	/** The arXiv version the source described (`2` for `v2`), when it said. */
	readonly arxivVersion?: number;
	/** The journal reference the authors gave on arXiv (`Proc. ICLR 2022`), when known. */
	readonly journalRef?: string;
	/** When the source last revised the paper: an ISO 8601 timestamp (arXiv's `updated`), when known. */
	readonly updated?: string;
	/** Keywords or tags the source file gave, in its order. */
	readonly keywords?: readonly string[];
	/** The citation key the source file used (a BibTeX entry key), so exports can reuse it. */
	readonly citationKey?: string;
}

/** A saved bookmark: keeps the title so it still shows when its paper is missing. */
export interface Bookmark {
	readonly id: string;
	readonly title: string;
	/** ISO-8601 timestamp. */
	readonly addedAt: string;
}

/** A bookmark this explorer added or removed, as it was. */
export interface BookmarkChange {
	readonly kind: 'added' | 'removed';
	readonly bookmark: Bookmark;
}

/** A half-open [start, end) range of characters in a text, to be highlighted. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** One search result: the paper's index in the corpus and its score. */
export interface SearchHit {
	readonly index: number;
	readonly score: number;
}

/** Terminal size in character cells. */
export interface TerminalSize {
	readonly columns: number;
	readonly rows: number;
}

/** What the user keeps about one paper besides its bookmark: when it was read, and its tags. */
export interface PaperMark {
	/** ISO-8601 timestamp of when the paper was first marked read; absent while unread. */
	readonly readAt?: string;
	/** The user's tags, normalised (see text/tags.ts), in the order they were added. */
	readonly tags: readonly string[];
}

/** The user's marks by paper id; a paper with no entry is unread and untagged. */
export type PaperMarks = ReadonlyMap<string, PaperMark>;
