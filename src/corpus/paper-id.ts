import {transliterateLatin} from '../text/latin-letters.js';

/** Longest slug derived from a title, before a collision suffix is added. */
export const MAX_TITLE_SLUG_LENGTH = 60;

/** Text of printable ASCII characters only. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Returns `text` in the slug alphabet `[a-z0-9-]`: NFKD-normalised, diacritics removed, a few
 * Latin letters transliterated (ß → ss, ø → o, …), apostrophes dropped (so "Don't" gives
 * `dont`), lowercased, every run of other characters turned into one `-`, no `-` at either
 * end. May return an empty string.
 */
export function slugify(text: string): string {
	if (PRINTABLE_ASCII.test(text)) {
		// The same steps for text that has nothing to normalise, mark or transliterate.
		return text.replace(/'/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	}

	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/['’]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, (run) => transliterateLatin(run).replace(/[^a-z0-9]+/g, '-'))
		.replace(/^-|-$/g, '');
}

/**
 * Returns the id a paper asks for before collisions are resolved: its given `id` in the slug
 * alphabet (not shortened) when that is non-empty, otherwise the slug of its title cut at a word
 * boundary to at most `MAX_TITLE_SLUG_LENGTH` characters, otherwise `"paper"`.
 */
export function baseId(title: string, givenId?: string): string {
	const fromId = givenId === undefined ? '' : slugify(givenId);
	if (fromId !== '') {
		return fromId;
	}

	const fromTitle = slugify(title);
	if (fromTitle.length <= MAX_TITLE_SLUG_LENGTH) {
		return fromTitle === '' ? 'paper' : fromTitle;
	}

	const cut = fromTitle.lastIndexOf('-', MAX_TITLE_SLUG_LENGTH);
	return cut > 0 ? fromTitle.slice(0, cut) : fromTitle.slice(0, MAX_TITLE_SLUG_LENGTH);
}

/**
 * Makes ids unique in order of appearance: the first paper asking for an id gets it, later ones
 * get `-2`, `-3`, … (the first suffix not already taken). Deterministic, so the same list, or a
 * list that only grows at its end (a corpus merged after another), keeps its earlier ids.
 */
export function assignUniqueIds(baseIds: readonly string[]): string[] {
	const ids = new UniqueIds();
	return baseIds.map((base) => ids.take(base));
}

/** `assignUniqueIds` one id at a time, in order of appearance. */
export class UniqueIds {
	readonly #taken = new Set<string>();
	// Every suffix below a base's next suffix is taken already, so the search can resume there.
	readonly #nextSuffix = new Map<string, number>();

	/** The id the next paper asking for `base` gets. */
	take(base: string): string {
		let id = base;
		let suffix = this.#nextSuffix.get(base) ?? 2;
		while (this.#taken.has(id)) {
			id = `${base}-${suffix}`;
			suffix++;
		}

		this.#taken.add(id);
		this.#nextSuffix.set(base, suffix);
		return id;
	}
}
