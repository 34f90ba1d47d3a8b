import {fileURLToPath} from 'node:url';
import packageJson from '../package.json' with {type: 'json'};
import type {Paper} from './types.js';
import {parseArguments, UsageError, type Invocation} from './cli/parse-arguments.js';
import {helpText, usageLine} from './cli/usage.js';
import {cleanText} from './text/clean-text.js';
import {CorpusError} from './corpus/corpus-error.js';
import {readBuiltinCorpus} from './corpus/read-builtin-corpus.js';
import {SIGNAL_EXIT_CODES} from './terminal/signal-exit-codes.js';
import type {Output} from './cli/output.js';
import type {CorpusReading} from './explorer/create-services.js';

/** The corpus shipped with the package, next to `dist/` (and to `src/` when run from source). */
const builtinCorpusPath = fileURLToPath(new URL('../corpus/papers.json', import.meta.url));
/** Its search index, written by the build into `dist/`. */
const builtinSearchIndexPath = fileURLToPath(new URL('../dist/builtin-search-index.json', import.meta.url));
/** The search worker's bundle, written by the build into `dist/` (a large corpus is indexed there). */
const searchWorkerPath = fileURLToPath(new URL('../dist/search-worker.cjs', import.meta.url));

function outputOf(stream: NodeJS.WriteStream): Output {
	return {write: text => stream.write(text), columns: stream.isTTY ? Math.min(stream.columns || 80, 100) : 80};
}

/** Messages echo argv, file names and stored titles: each line is made printable, keeping its indent. */
function writeError(text: string): void {
	process.stderr.write(
		text
			.split('\n')
			.map(line => /^ */.exec(line)![0] + cleanText(line))
			.join('\n'),
	);
}

/** The papers, and the old ids merging changed (bookmarks saved under them are matched through these). */
async function loadPapers(corpus: readonly string[]): Promise<{papers: readonly Paper[]; aliases: ReadonlyMap<string, string>}> {
	if (corpus.length === 0) {
		return {papers: readBuiltinCorpus(builtinCorpusPath), aliases: new Map()};
	}

	const {loadCorporaWithAliases} = await import('./corpus/load-corpus.js');
	// Written before any command runs (and before the explorer takes the screen, which keeps them for after).
	return loadCorporaWithAliases(corpus, {onNotice: notice => writeError(`paper-tui: ${notice}\n`)});
}

/**
 * Ctrl-C (or SIGTERM, SIGHUP, SIGQUIT) ends a bookmarks command at once with 128 + the
 * signal's number. Nothing is half-written: a write replaces the file by rename, and the
 * 'exit' handlers remove an unfinished temporary file and release the lock. Without this,
 * proper-lockfile's signal-exit handler holds the signal until synchronous work ends.
 */
function exitOnSignals(): void {
	for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
		process.on(signal, () => {
			process.exit(code);
		});
	}
}

async function openStore(configDir: string | undefined) {
	const {openBookmarkStore} = await import('./bookmarks/index.js');
	return openBookmarkStore({configDir, env: process.env});
}

async function runExplorerCommand(
	papers: readonly Paper[],
	aliases: ReadonlyMap<string, string>,
	configDir: string | undefined,
	searchIndexFile: string | undefined,
	corpusReading?: CorpusReading,
): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		corpusReading?.close();
		writeError(
			'paper-tui: the explorer needs a terminal on stdin and stdout. In scripts and pipes use the commands:\n' +
				'  paper-tui list | search QUERY | show ID | bookmarks ... (add --json for machine-readable output)\n' +
				`${usageLine}\n`,
		);
		return 2;
	}

	const [{runExplorer}, {createServices}] = await Promise.all([
		import('./explorer/run-explorer.js'),
		import('./explorer/create-services.js'),
	]);
	const {services, settle} = createServices(papers, {
		configDir,
		env: process.env,
		stdout: process.stdout,
		searchIndexFile,
		searchWorkerFile: searchWorkerPath,
		stdin: process.stdin,
		idAliases: aliases,
		...(corpusReading === undefined ? {} : {corpusReading}),
	});
	return runExplorer({
		papers,
		services,
		settle,
		env: process.env,
		stdout: process.stdout,
		stdin: process.stdin,
		stderr: process.stderr,
		// A file found unusable while it is read between keys closes the explorer as it would the command.
		exitCodeOf: error => (error instanceof CorpusError ? 2 : 1),
	});
}

/** Papers read before the explorer opens on the user's files; the rest is read between keys. */
const FIRST_SCREEN_PAPERS = 1000;

/**
 * The explorer on the user's files: it opens as soon as their first papers are read, and reads
 * the rest between keys (the list and its count grow, "reading 40%" on the status line). A corpus
 * read whole before the first frame (a small one, or BibTeX, Atom or page text) opens as before.
 */
async function runExplorerOnFiles(corpus: readonly string[], configDir: string | undefined): Promise<number> {
	const {CorpusLoading} = await import('./corpus/load-corpus.js');
	// Notices given once the explorer has the screen are shown on its status line instead.
	const heldNotices: string[] = [];
	let isExplorerOpen = false;
	const loading = new CorpusLoading(corpus, {
		onNotice: notice => {
			if (isExplorerOpen) heldNotices.push(notice);
			else writeError(`paper-tui: ${notice}\n`);
		},
	});
	while (!loading.step(performance.now() + 10) && loading.papers.length < FIRST_SCREEN_PAPERS) {
		// Reads on: the first frame needs a screen of papers.
	}

	if (loading.isDone) {
		const {papers, aliases} = loading.result();
		return runExplorerCommand(papers, aliases, configDir, undefined);
	}

	isExplorerOpen = true;
	const reading: CorpusReading = Object.assign(loading, {takeNotices: () => heldNotices.splice(0)});
	return runExplorerCommand(loading.papers.slice(), new Map(), configDir, undefined, reading);
}

async function runFetch(invocation: Extract<Invocation, {command: 'fetch.arxiv' | 'fetch.hf-daily'}>): Promise<number> {
	// Ctrl-C ends at once; a corpus file being written is left as it was (its temporary file is removed on exit).
	exitOnSignals();
	const {fetchCommand} = await import('./cli/fetch-command.js');
	return fetchCommand(invocation, {
		env: process.env,
		version: packageJson.version,
		output: outputOf(process.stdout),
		errors: {...outputOf(process.stderr), write: writeError},
		progress: process.stderr.isTTY ? outputOf(process.stderr) : undefined,
	});
}

async function run(invocation: Exclude<Invocation, {command: 'help' | 'version'}>): Promise<number> {
	if (invocation.command === 'fetch.arxiv' || invocation.command === 'fetch.hf-daily') {
		return runFetch(invocation);
	}

	const {options} = invocation;
	if (invocation.command === 'explore' && options.corpus.length > 0) {
		return runExplorerOnFiles(options.corpus, options.configDir);
	}

	const {papers, aliases} = await loadPapers(options.corpus);
	const output = outputOf(process.stdout);
	const errors: Output = {...outputOf(process.stderr), write: writeError};
	switch (invocation.command) {
		case 'explore': {
			return runExplorerCommand(papers, aliases, options.configDir, options.corpus.length === 0 ? builtinSearchIndexPath : undefined);
		}

		case 'list': {
			const {listCommand} = await import('./cli/paper-commands.js');
			return listCommand(papers, options.json, output);
		}

		case 'search': {
			const [
				{buildSearchIndex, loadOrBuildIndex, resolveCacheDir, uncachedPaperLimit},
				{searchCommand, limitHits},
				{parseQueryFilters, filterHits},
				{userMarks},
			] = await Promise.all([
				import('./search/index.js'),
				import('./cli/paper-commands.js'),
				import('./state/index.js'),
				import('./cli/user-marks.js'),
			]);
			// The query goes to the index exactly as the explorer's search line sends it.
			// A large corpus's index comes from the explorer's cache (and is written there when missing).
			const index =
				papers.length > uncachedPaperLimit
					? loadOrBuildIndex(papers, {cacheDir: resolveCacheDir(process.env)}).index
					: buildSearchIndex(papers);
			// Filters (`is:unread`, `tag:x`, `year:>=2022`, `note:word`) apply to the index's answer, as in the explorer.
			const {words, filters, hints} = parseQueryFilters(invocation.query);
			for (const hint of hints) errors.write(`paper-tui: ${hint}\n`);
			const ranked = index.search(words);
			const kept = filters.length === 0 ? ranked : filterHits(ranked, papers, filters, userMarks(options.configDir, aliases));
			const hits = limitHits(kept, invocation.limit);
			return searchCommand(papers, hits, {query: invocation.query, json: options.json}, output, errors);
		}

		case 'similar': {
			const [{buildSearchIndex, findSimilarPapers, loadOrBuildIndex, resolveCacheDir, uncachedPaperLimit}, {similarCommand}] =
				await Promise.all([import('./search/index.js'), import('./cli/paper-commands.js')]);
			// Built only for a known id: an unknown one is reported at once.
			const findSimilar = (position: number): number[] => {
				const index =
					papers.length > uncachedPaperLimit
						? loadOrBuildIndex(papers, {cacheDir: resolveCacheDir(process.env)}).index
						: buildSearchIndex(papers);
				return findSimilarPapers(index, papers, position, invocation.limit).map(hit => hit.index);
			};
			return similarCommand(papers, invocation.id, findSimilar, options.json, output, errors);
		}

		case 'show': {
			const {showCommand} = await import('./cli/paper-commands.js');
			return showCommand(papers, invocation.id, options.json, output, errors);
		}

		default: {
			exitOnSignals();
			const [store, commands] = await Promise.all([openStore(options.configDir), import('./cli/bookmark-commands.js')]);
			switch (invocation.command) {
				case 'bookmarks.list': {
					return commands.listBookmarks(store, papers, aliases, options.json, output, errors);
				}

				case 'bookmarks.add': {
					return commands.addBookmarks(store, papers, aliases, invocation.ids, errors);
				}

				case 'bookmarks.rm': {
					return commands.removeBookmarks(store, invocation.ids, errors);
				}

				case 'bookmarks.export': {
					return commands.exportBookmarks(
						store,
						papers,
						aliases,
						{format: invocation.format, outputPath: invocation.output},
						output,
						errors,
					);
				}

				case 'library.export':
				case 'library.import': {
					const [library, {resolveDataDir}] = await Promise.all([import('./cli/library-commands.js'), import('./bookmarks/index.js')]);
					const dataDir = resolveDataDir({env: process.env});
					return invocation.command === 'library.export'
						? library.exportLibrary(store, dataDir, invocation.output, output, errors)
						: library.importLibrary(store, dataDir, invocation.file, errors);
				}
			}
		}
	}
}

/** Runs paper-tui with `argv`; resolves with the exit code. User mistakes never show a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
	try {
		const invocation = parseArguments(argv);
		if (invocation.command === 'help') {
			process.stdout.write(helpText);
			return 0;
		}

		if (invocation.command === 'version') {
			process.stdout.write(`${packageJson.version}\n`);
			return 0;
		}

		return await run(invocation);
	} catch (error: unknown) {
		if (error instanceof UsageError) {
			writeError(`paper-tui: ${error.message}\n${usageLine}\n`);
			return 2;
		}

		if (error instanceof CorpusError) {
			writeError(`paper-tui: ${error.message}\n`);
			return 2;
		}

		const message = error instanceof Error ? error.message : String(error);
		writeError(`paper-tui: ${message.split('\n')[0]}\n`);
		if (process.env['PAPER_TUI_DEBUG'] && error instanceof Error) {
			process.stderr.write(`${error.stack}\n`);
		}

		return 1;
	}
}

// Output piped into `head` is closed early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}
});

// Not a top-level await: the build makes this file part of a script (see scripts/build.mjs).
void main(process.argv.slice(2)).then(code => {
	process.exitCode = code;
});
