import type {PaperDraft} from './paper-draft.js';
import {UniqueIds} from './paper-id.js';

/**
 * The ids a paper had before files were merged, pointing to the id it has now, so that a
 * bookmark saved under an old id still finds its paper. Old ids are the ones each paper got
 * (a) when the files' papers were simply put one after another, as before papers were merged
 * (where a title repeated in a later file got `-2`), and (b) when its file was opened alone.
 * An old id that is some paper's id now is left out, and the first paper to claim one keeps it.
 * `files` are the drafts of each file, `sources` where each went (see `mergeFilesWithSources`),
 * `ids` the merged papers' ids.
 */
export function idAliases(
	files: ReadonlyArray<readonly PaperDraft[]>,
	sources: ReadonlyArray<readonly number[]>,
	ids: readonly string[],
): Map<string, string> {
	const collector = new IdAliasCollector();
	for (const [file, drafts] of files.entries()) {
		collector.startFile();
		for (const [index, draft] of drafts.entries()) {
			const place = sources[file]![index]!;
			collector.add(draft.baseId, place, ids[place]!);
		}
	}

	return collector.aliases(ids);
}

/**
 * `idAliases` gathered a paper at a time, as files are read: `startFile`, then `add` each paper
 * of the file in order; `aliases` once all are read. Only the old ids that differ from their
 * paper's id are kept meanwhile, so a corpus whose ids merging did not change costs nothing more.
 */
export class IdAliasCollector {
	readonly #concatenated = new UniqueIds();
	#alone = new UniqueIds();
	readonly #concatenatedIds: Array<readonly [oldId: string, place: number]> = [];
	readonly #aloneIds: Array<readonly [oldId: string, place: number]> = [];

	startFile(): void {
		this.#alone = new UniqueIds();
	}

	/** The next paper of the current file, asking for `baseId`, went to `place`, whose paper has `id`. */
	add(baseId: string, place: number, id: string): void {
		const concatenated = this.#concatenated.take(baseId);
		if (concatenated !== id) this.#concatenatedIds.push([concatenated, place]);
		const alone = this.#alone.take(baseId);
		if (alone !== id) this.#aloneIds.push([alone, place]);
	}

	/** The aliases, given the ids of all the papers (`ids[place]`). */
	aliases(ids: readonly string[]): Map<string, string> {
		const aliases = new Map<string, string>();
		if (this.#concatenatedIds.length === 0 && this.#aloneIds.length === 0) {
			return aliases;
		}

		const current = new Set(ids);
		for (const [oldId, place] of [...this.#concatenatedIds, ...this.#aloneIds]) {
			if (!current.has(oldId) && !aliases.has(oldId)) {
				aliases.set(oldId, ids[place]!);
			}
		}

		return aliases;
	}
}
