import type {Bookmark, Paper, PaperMarks} from '../types.js';
import {stageFile, type BookmarkStore, type IdAliases} from '../bookmarks/index.js';
import type {ExportFormat} from '../citation/export-format.js';
import {cleanText} from '../text/clean-text.js';
import {paperWithTags} from '../text/tags.js';
import {toBibtex} from '../citation/bibtex.js';
import {toMarkdown} from '../citation/markdown.js';
import {bookmarkRecord, toJsonRecords} from '../citation/json-record.js';
import {toJson, wrapIndented, type Output} from './output.js';
import type {ExitCode} from './paper-commands.js';

/** The papers by id, and by every old id of `aliases` (a bookmark saved under an id merging changed finds its paper). */
function byId(papers: readonly Paper[], aliases: IdAliases = new Map()): Map<string, Paper> {
	const known = new Map(papers.map(paper => [paper.id, paper]));
	for (const [oldId, id] of aliases) {
		const paper = known.get(id);
		if (paper !== undefined && !known.has(oldId)) {
			known.set(oldId, paper);
		}
	}

	return known;
}

/** The stored bookmarks, their text cleaned like a corpus's: config.json is a file anyone can edit, and it is printed. */
async function printableBookmarks(store: BookmarkStore): Promise<Bookmark[]> {
	return (await store.list()).map(bookmark => ({
		id: cleanText(bookmark.id),
		title: cleanText(bookmark.title),
		addedAt: cleanText(bookmark.addedAt),
	}));
}

function reportNotices(store: BookmarkStore, errors: Output): void {
	for (const notice of store.notices) {
		errors.write(`paper-tui: ${notice}\n`);
	}
}

/** `paper-tui bookmarks [list]`: bookmarks oldest first; ones missing from the corpus are marked. */
export async function listBookmarks(
	store: BookmarkStore,
	papers: readonly Paper[],
	aliases: IdAliases,
	json: boolean,
	output: Output,
	errors: Output,
): Promise<ExitCode> {
	const bookmarks = await printableBookmarks(store);
	reportNotices(store, errors);
	const known = byId(papers, aliases);
	if (json) {
		output.write(toJson(bookmarks.map(bookmark => bookmarkRecord(bookmark, known.get(bookmark.id)))));
		return 0;
	}

	if (bookmarks.length === 0) {
		errors.write('paper-tui: no bookmarks yet; add some with paper-tui bookmarks add ID or b in the explorer\n');
	}

	output.write(
		bookmarks
			.map((bookmark, index) => {
				const label = `${index + 1}. `;
				const indent = ' '.repeat(label.length);
				const title = wrapIndented(bookmark.title, output.columns, indent).slice(indent.length);
				const missing = known.has(bookmark.id) ? '' : '  (not in this corpus)';
				return `${label}${title}\n${indent}id: ${bookmark.id}  added: ${bookmark.addedAt.slice(0, 10)}${missing}\n`;
			})
			.join(''),
	);
	return 0;
}

function unknownIdsMessage(ids: readonly string[], why: string): string {
	return `paper-tui: ${ids.length === 1 ? 'unknown id' : 'unknown ids'} ${ids.map(id => `\`${id}\``).join(', ')} (${why})\n`;
}

/** `paper-tui bookmarks add ID...`: known ids are added (an old id under the paper's current id); unknown ones are named, exit 2. */
export async function addBookmarks(
	store: BookmarkStore,
	papers: readonly Paper[],
	aliases: IdAliases,
	ids: readonly string[],
	errors: Output,
): Promise<ExitCode> {
	const known = byId(papers, aliases);
	const unknown = ids.filter(id => !known.has(id));
	const entries = ids.filter(id => known.has(id)).map(id => ({id: known.get(id)!.id, title: known.get(id)!.title}));
	if (entries.length > 0) {
		await store.add(entries);
	}

	reportNotices(store, errors);
	if (unknown.length > 0) {
		errors.write(unknownIdsMessage(unknown, 'not in the corpus; find ids with paper-tui search'));
		return 2;
	}

	return 0;
}

/** `paper-tui bookmarks rm ID...`: bookmarked ids are removed; others are named, exit 2. */
export async function removeBookmarks(store: BookmarkStore, ids: readonly string[], errors: Output): Promise<ExitCode> {
	const before = new Set((await store.list()).map(bookmark => bookmark.id));
	const unknown = ids.filter(id => !before.has(id));
	const present = ids.filter(id => before.has(id));
	if (present.length > 0) {
		await store.remove(present);
	}

	reportNotices(store, errors);
	if (unknown.length > 0) {
		errors.write(unknownIdsMessage(unknown, 'not bookmarked'));
		return 2;
	}

	return 0;
}

function exportText(
	bookmarks: readonly Bookmark[],
	papers: readonly Paper[],
	aliases: IdAliases,
	marks: PaperMarks,
	format: ExportFormat,
): string {
	// The user's tags go out with each paper, after its own keywords.
	const known = new Map([...byId(papers, aliases)].map(([id, paper]) => [id, paperWithTags(paper, marks)]));
	const asPaper = (bookmark: Bookmark): Paper =>
		known.get(bookmark.id) ?? {id: bookmark.id, title: bookmark.title, abstract: '', authors: [], links: []};
	switch (format) {
		case 'bibtex': {
			return toBibtex(bookmarks.map(bookmark => asPaper(bookmark)));
		}

		case 'markdown': {
			return toMarkdown(bookmarks.map(bookmark => known.get(bookmark.id) ?? bookmark));
		}

		case 'json': {
			return toJsonRecords(bookmarks, known);
		}
	}
}

function writeFailure(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT':
		case 'ENOTDIR': {
			return 'its directory does not exist';
		}

		case 'EISDIR': {
			return 'it is a directory; give a file name';
		}

		case 'EACCES':
		case 'EPERM':
		case 'EROFS': {
			return 'permission denied';
		}

		default: {
			return error instanceof Error ? error.message.split('\n')[0]! : String(error);
		}
	}
}

/** `paper-tui bookmarks export`: to stdout, or atomically to `outputPath` (exit 1, naming the file, when it cannot be written). */
export async function exportBookmarks(
	store: BookmarkStore,
	papers: readonly Paper[],
	aliases: IdAliases,
	options: {format: ExportFormat; outputPath: string | undefined},
	output: Output,
	errors: Output,
): Promise<ExitCode> {
	const bookmarks = await printableBookmarks(store);
	reportNotices(store, errors);
	const text = exportText(bookmarks, papers, aliases, await store.marks(), options.format);
	if (options.outputPath === undefined) {
		output.write(text);
		return 0;
	}

	try {
		const staged = await stageFile(options.outputPath, text);
		await staged.commit();
	} catch (error: unknown) {
		errors.write(`paper-tui: cannot write ${options.outputPath}: ${writeFailure(error)}; nothing was written\n`);
		return 1;
	}

	errors.write(`paper-tui: exported ${bookmarks.length} bookmark${bookmarks.length === 1 ? '' : 's'} to ${options.outputPath}\n`);
	return 0;
}
