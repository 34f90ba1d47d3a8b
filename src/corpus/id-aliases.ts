import type {PaperDraft} from './paper-draft.js';
import {assignUniqueIds} from './paper-id.js';

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
	const current = new Set(ids);
	const aliases = new Map<string, string>();
	const add = (oldId: string, place: number) => {
		if (!current.has(oldId) && !aliases.has(oldId)) {
			aliases.set(oldId, ids[place]!);
		}
	};

	const concatenated = assignUniqueIds(files.flat().map(draft => draft.baseId));
	let position = 0;
	for (const [file, drafts] of files.entries()) {
		for (const index of drafts.keys()) {
			add(concatenated[position++]!, sources[file]![index]!);
		}
	}

	for (const [file, drafts] of files.entries()) {
		const alone = assignUniqueIds(drafts.map(draft => draft.baseId));
		for (const index of drafts.keys()) {
			add(alone[index]!, sources[file]![index]!);
		}
	}

	return aliases;
}
