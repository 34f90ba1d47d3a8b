import {existsSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import type {Paper} from '../types.js';
import {resolveDataDir, stageFile} from '../bookmarks/index.js';
import {combineFetched} from '../corpus/combine-fetched.js';
import {CorpusError} from '../corpus/corpus-error.js';
import {loadCorpusFile} from '../corpus/load-corpus.js';
import type {PaperFields} from '../corpus/paper-draft.js';
import {slugify} from '../corpus/paper-id.js';
import {serializeCorpusLines} from '../corpus/serialize-corpus.js';
import {
	ARXIV_GAP_MS,
	fetchArxiv,
	fetchHfDaily,
	fetchSettings,
	FetchError,
	HttpClient,
	SettingError,
	type WaitNotice,
} from '../fetch/index.js';
import type {Invocation} from './parse-arguments.js';
import type {Output} from './output.js';
import type {ExitCode} from './paper-commands.js';

/** A `fetch` invocation. */
export type FetchInvocation = Extract<Invocation, {command: 'fetch.arxiv' | 'fetch.hf-daily'}>;

/** Where `fetch` runs: its environment, the package version (for the User-Agent), and its streams. */
export interface FetchContext {
	readonly env: NodeJS.ProcessEnv;
	readonly version: string;
	/** Receives the corpus file's path at the end. */
	readonly output: Output;
	/** Receives messages. */
	readonly errors: Output;
	/** Draws the progress line on stderr, as it is (it moves the cursor); undefined when stderr is not a terminal: no progress line then. */
	readonly progress: Output | undefined;
}

/** Longest query slug in a default file name. */
const MAX_SLUG_LENGTH = 60;

/**
 * The corpus file a fetch writes when `-o` is not given: `<data dir>/fetched/arxiv-<query
 * slug>.jsonl`, or `hf-daily-<date or latest>.jsonl`.
 */
export function defaultFetchPath(invocation: FetchInvocation, env: NodeJS.ProcessEnv): string {
	const name =
		invocation.command === 'fetch.arxiv'
			? `arxiv-${slugify(invocation.query).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '') || 'query'}.jsonl`
			: `hf-daily-${invocation.date ?? 'latest'}.jsonl`;
	return path.join(resolveDataDir({env}), 'fetched', name);
}

/**
 * `paper-tui fetch arxiv|hf-daily`: fetches papers, then writes them, with those of the file
 * when `--append` is given (each paper once), as a JSON Lines corpus, atomically (a temporary
 * file, fsync, rename): until the last step the previous file is untouched, and an interrupted
 * fetch leaves it whole. Prints the file's path on stdout and a summary on stderr. Exit 1, one
 * line naming the host, when the service cannot be reached or answers badly; exit 2 when the
 * file to append to cannot be read as a corpus.
 */
export async function fetchCommand(invocation: FetchInvocation, context: FetchContext): Promise<ExitCode> {
	const {errors} = context;
	const progress = new ProgressLine(context);
	try {
		const settings = fetchSettings(context.env, context.version);
		const filePath = invocation.output ?? defaultFetchPath(invocation, context.env);
		const existing =
			invocation.append && existsSync(filePath)
				? loadCorpusFile(filePath, {onNotice: notice => errors.write(`paper-tui: ${notice}\n`)})
				: [];
		const isArxiv = invocation.command === 'fetch.arxiv';
		const client = new HttpClient({
			serviceName: isArxiv ? 'arXiv' : 'Hugging Face',
			userAgent: settings.userAgent,
			timeoutMs: settings.timeoutMs,
			retry: settings.retry,
			gapMs: isArxiv ? ARXIV_GAP_MS : 0,
			onWait: notice => progress.wait(notice),
		});
		let fetched: PaperFields[];
		if (invocation.command === 'fetch.arxiv') {
			const {query, max, since} = invocation;
			fetched = await fetchArxiv({query, max, ...(since === undefined ? {} : {since})}, settings.arxivUrl, client, page =>
				progress.page(page.page, page.papers),
			);
		} else {
			progress.page(1, 0);
			const result = await fetchHfDaily(invocation.date, settings.hfUrl, client);
			fetched = result.papers;
			if (result.skipped > 0) {
				progress.clear();
				errors.write(`paper-tui: skipped ${result.skipped} daily item${result.skipped === 1 ? '' : 's'} without a title\n`);
			}
		}

		progress.clear();
		const source = isArxiv ? 'arXiv' : 'Hugging Face';
		if (fetched.length === 0) {
			errors.write(`paper-tui: ${source} returned no papers${isArxiv ? ` for \`${invocation.query}\`` : ''}; nothing was written\n`);
			return 1;
		}

		const {papers, added} = combineFetched(existing, fetched);
		await writeCorpus(filePath, papers, invocation.output === undefined);
		const summary = invocation.append
			? `${fetched.length} fetched from ${source}, ${added} new; ${papers.length} in the file`
			: `${papers.length} fetched from ${source}`;
		errors.write(`paper-tui: ${summary}; open it with paper-tui --corpus FILE\n`);
		context.output.write(`${filePath}\n`);
		return 0;
	} catch (error: unknown) {
		progress.clear();
		if (error instanceof FetchError || error instanceof SettingError) {
			errors.write(`paper-tui: ${error.message}\n`);
			return error instanceof SettingError ? 2 : 1;
		}

		if (error instanceof CorpusError) {
			errors.write(`paper-tui: cannot append: ${error.message}\n`);
			return 2;
		}

		if (error instanceof WriteError) {
			errors.write(`paper-tui: ${error.message}\n`);
			return 1;
		}

		throw error;
	}
}

/** The corpus file could not be written. */
class WriteError extends Error {}

async function writeCorpus(filePath: string, papers: readonly Paper[], isDefaultPath: boolean): Promise<void> {
	try {
		if (isDefaultPath) {
			mkdirSync(path.dirname(filePath), {recursive: true});
		}

		const staged = await stageFile(filePath, serializeCorpusLines(papers));
		await staged.commit();
	} catch (error: unknown) {
		const code = (error as NodeJS.ErrnoException | undefined)?.code;
		const why =
			code === 'ENOENT' || code === 'ENOTDIR'
				? 'its folder does not exist'
				: code === 'EISDIR'
					? 'it is a folder'
					: (code ?? String(error));
		throw new WriteError(`cannot write ${filePath}: ${why}; the fetched papers were not saved`);
	}
}

/** The progress line on stderr: drawn in place when stderr is a terminal, and not at all otherwise. */
class ProgressLine {
	readonly #context: FetchContext;
	#page = 0;
	#papers = 0;
	#isShown = false;

	constructor(context: FetchContext) {
		this.#context = context;
	}

	page(page: number, papers: number): void {
		this.#page = page;
		this.#papers = papers;
		this.#draw(`fetching page ${page}, ${papers} paper${papers === 1 ? '' : 's'} so far`);
	}

	wait(notice: WaitNotice): void {
		const seconds = Math.ceil(notice.milliseconds / 1000);
		const why = notice.reason === 'gap' ? 'arXiv asks for 3 s between requests' : `retrying after ${notice.failure ?? 'a failure'}`;
		this.#draw(`page ${this.#page}, ${this.#papers} paper${this.#papers === 1 ? '' : 's'} so far, waiting ${seconds} s (${why})`);
	}

	clear(): void {
		if (this.#isShown) {
			this.#context.progress?.write('\r\u001B[2K');
			this.#isShown = false;
		}
	}

	#draw(text: string): void {
		const {progress} = this.#context;
		if (progress !== undefined) {
			progress.write(`\r\u001B[2K${text.slice(0, Math.max(20, progress.columns - 1))}`);
			this.#isShown = true;
		}
	}
}
