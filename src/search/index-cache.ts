import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import lunr from 'lunr';
import type {Paper} from '../types.js';
import {corpusFingerprint} from './corpus-fingerprint.js';
import {decodeIndexFile, encodeIndexFile} from './index-file.js';
import {buildSearchIndex, FORMAT_VERSION, loadSearchIndexOf, type BuildOptions, type SearchIndex} from './search-index.js';

/**
 * Corpora up to this many papers are indexed in the thread that needs them, and not cached:
 * building takes well under 0.2 s. Larger ones go through the cache (and, in the explorer, a worker).
 */
export const uncachedPaperLimit = 200;

/** Default bound of the cache folder: the oldest entries go once the files pass it. */
export const DEFAULT_CACHE_BYTES = 512 * 1024 * 1024;
/** Cache entries (`.json` ones from format 1), and temp files a crashed writer left behind (evicted like entries). */
const entryPattern = /^index-.+\.(?:bin|json)(?:\..+\.tmp)?$/;

/**
 * The folder for cached search indexes: `PAPER_TUI_CACHE_DIR` when set, else
 * `$XDG_CACHE_HOME/paper-tui`, else `~/.cache/paper-tui`.
 */
export function resolveCacheDir(env: NodeJS.ProcessEnv): string {
	if (env['PAPER_TUI_CACHE_DIR']) return env['PAPER_TUI_CACHE_DIR'];
	return path.join(env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache'), 'paper-tui');
}

/**
 * The cache file of an index of `papers`: named by a SHA-256 of every searchable text (the
 * content the index is built from, `corpusFingerprint`), the index format version and the
 * Lunr version.
 */
export function cacheFileOf(cacheDir: string, papers: readonly Paper[]): string {
	return cacheFileFor(cacheDir, corpusFingerprint(papers));
}

/** `cacheFileOf` for papers known by their `corpusFingerprint`. */
export function cacheFileFor(cacheDir: string, fingerprint: string): string {
	return path.join(cacheDir, `index-v${FORMAT_VERSION}-lunr${lunr.version}-${fingerprint}.bin`);
}

/** Removes the least recently used entries until the cache's files fit in `maxBytes`; never throws. */
export function evictOldEntries(cacheDir: string, maxBytes: number): void {
	try {
		const entries = readdirSync(cacheDir)
			.filter(name => entryPattern.test(name))
			.map(name => {
				const stats = statSync(path.join(cacheDir, name));
				return {file: path.join(cacheDir, name), bytes: stats.size, usedAt: stats.mtimeMs};
			})
			.sort((a, b) => b.usedAt - a.usedAt);
		let total = 0;
		for (const entry of entries) {
			total += entry.bytes;
			if (total > maxBytes) rmSync(entry.file, {force: true});
		}
	} catch {
		// A cache that cannot be tidied is only a cache.
	}
}

/** What `loadOrBuildIndex` did. */
export type IndexSource = 'cache' | 'built';

/** Options of `loadOrBuildIndex`. */
export interface CacheOptions extends BuildOptions {
	/** The cache folder (see `resolveCacheDir`); no cache when undefined. */
	readonly cacheDir: string | undefined;
	/** Bound of the folder's size; default `DEFAULT_CACHE_BYTES`. */
	readonly maxBytes?: number;
}

/** The cached index of exactly these papers, or undefined when it is missing, unreadable, corrupt or stale. */
export function readCachedIndex(papers: readonly Paper[], cacheDir: string): SearchIndex | undefined {
	return readCachedIndexOf({paperCount: papers.length, fingerprint: corpusFingerprint(papers)}, cacheDir);
}

/**
 * `readCachedIndex` for papers known only by their number and `corpusFingerprint`: what the
 * search worker reads before it is sent any paper.
 */
export function readCachedIndexOf(
	corpus: {readonly paperCount: number; readonly fingerprint: string},
	cacheDir: string,
): SearchIndex | undefined {
	const file = cacheFileFor(cacheDir, corpus.fingerprint);
	try {
		const index = loadSearchIndexOf(decodeIndexFile(readFileSync(file)), corpus);
		// Recently used: eviction goes by modification time.
		const now = new Date();
		utimesSync(file, now, now);
		return index;
	} catch {
		return undefined;
	}
}

/**
 * Writes the index of `papers` to the cache atomically (a temp file renamed into place), then
 * trims the cache to `maxBytes`. Returns false, having written nothing, when that fails.
 */
export function writeCachedIndex(index: SearchIndex, papers: readonly Paper[], cacheDir: string, maxBytes = DEFAULT_CACHE_BYTES): boolean {
	const file = cacheFileOf(cacheDir, papers);
	const temporary = `${file}.${process.pid}-${Date.now()}.tmp`;
	try {
		mkdirSync(cacheDir, {recursive: true});
		writeFileSync(temporary, encodeIndexFile(index.serialize('arrays')));
		renameSync(temporary, file);
	} catch {
		try {
			rmSync(temporary, {force: true});
		} catch {
			// The folder itself is unusable: there is no temp file to remove.
		}
		return false;
	}
	evictOldEntries(cacheDir, maxBytes);
	return true;
}

/**
 * The index of `papers` from the cache (`readCachedIndex`), else built and written to it
 * (`writeCachedIndex`). A cache that cannot be read or written only means building.
 */
export function loadOrBuildIndex(papers: readonly Paper[], options: CacheOptions): {index: SearchIndex; source: IndexSource} {
	const cached = options.cacheDir === undefined ? undefined : readCachedIndex(papers, options.cacheDir);
	if (cached !== undefined) return {index: cached, source: 'cache'};
	const index = buildSearchIndex(papers, options);
	if (options.cacheDir !== undefined) writeCachedIndex(index, papers, options.cacheDir, options.maxBytes);
	return {index, source: 'built'};
}
