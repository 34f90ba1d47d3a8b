import {parseArgs} from 'node:util';
import {cleanText} from '../text/clean-text.js';
import {exportFormats, isExportFormat, type ExportFormat} from '../citation/export-format.js';

/** A mistake in the command line: reported with the usage line, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Options every command accepts. */
export interface CommonOptions {
	readonly corpus: readonly string[];
	readonly configDir: string | undefined;
	readonly json: boolean;
}

/** What the user asked for. */
export type Invocation =
	| {readonly command: 'help'}
	| {readonly command: 'version'}
	| {readonly command: 'explore'; readonly options: CommonOptions}
	| {readonly command: 'list'; readonly options: CommonOptions}
	| {readonly command: 'search'; readonly query: string; readonly limit: number | undefined; readonly options: CommonOptions}
	| {readonly command: 'show'; readonly id: string; readonly options: CommonOptions}
	| {readonly command: 'similar'; readonly id: string; readonly limit: number; readonly options: CommonOptions}
	| {readonly command: 'bookmarks.list'; readonly options: CommonOptions}
	| {readonly command: 'bookmarks.add' | 'bookmarks.rm'; readonly ids: readonly string[]; readonly options: CommonOptions}
	| {readonly command: 'library.export'; readonly output: string | undefined; readonly options: CommonOptions}
	| {readonly command: 'library.import'; readonly file: string; readonly options: CommonOptions}
	| {
			readonly command: 'fetch.arxiv';
			readonly query: string;
			readonly max: number;
			readonly since: string | undefined;
			readonly output: string | undefined;
			readonly append: boolean;
			readonly options: CommonOptions;
	  }
	| {
			readonly command: 'fetch.hf-daily';
			readonly date: string | undefined;
			readonly output: string | undefined;
			readonly append: boolean;
			readonly options: CommonOptions;
	  }
	| {
			readonly command: 'bookmarks.export';
			readonly format: ExportFormat;
			readonly output: string | undefined;
			readonly options: CommonOptions;
	  };

/** Default number of results of `search`. */
export const defaultSearchLimit = 20;

/** Default number of papers `similar` lists. */
export const defaultSimilarLimit = 10;

/** Default number of papers `fetch arxiv` asks for. */
export const defaultFetchMax = 200;

const optionSpec = {
	corpus: {type: 'string', multiple: true},
	'config-dir': {type: 'string'},
	json: {type: 'boolean'},
	limit: {type: 'string'},
	format: {type: 'string'},
	output: {type: 'string', short: 'o'},
	max: {type: 'string'},
	since: {type: 'string'},
	date: {type: 'string'},
	append: {type: 'boolean'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

type Values = ReturnType<typeof parseArgs<{options: typeof optionSpec; allowPositionals: true; strict: true}>>['values'];

/** Which options each command takes, besides --corpus, --config-dir and --help. */
const allowed: Readonly<Record<string, ReadonlyArray<keyof Values>>> = {
	explore: [],
	list: ['json'],
	search: ['json', 'limit'],
	show: ['json'],
	similar: ['json', 'limit'],
	'bookmarks.list': ['json'],
	'bookmarks.add': [],
	'bookmarks.rm': [],
	'bookmarks.export': ['format', 'output'],
	'fetch.arxiv': ['max', 'since', 'output', 'append'],
	'fetch.hf-daily': ['date', 'output', 'append'],
	'library.export': ['output'],
	'library.import': [],
};

function parseLimit(text: string | undefined): number | undefined {
	if (text === undefined) {
		return undefined;
	}

	if (!/^\d+$/.test(text) || Number(text) < 1) {
		throw new UsageError(`--limit takes a whole number of 1 or more, not \`${text}\``);
	}

	return Number(text);
}

function parseMax(text: string | undefined): number {
	if (text === undefined) {
		return defaultFetchMax;
	}

	if (!/^\d+$/.test(text) || Number(text) < 1) {
		throw new UsageError(`--max takes a whole number of 1 or more, not \`${text}\``);
	}

	return Number(text);
}

/** A calendar day written `YYYY-MM-DD`, checked to exist. */
function parseDay(option: string, text: string | undefined): string | undefined {
	if (text === undefined) {
		return undefined;
	}

	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const day = match === null ? undefined : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	if (day === undefined || day.toISOString().slice(0, 10) !== text) {
		throw new UsageError(`${option} takes a day as YYYY-MM-DD, such as 2024-03-01, not \`${text}\``);
	}

	return text;
}

/** The corpus file of `fetch`: JSON Lines, so its name must say so (a `.bib` or `.json` of the user's is never replaced by another format). */
function parseFetchOutput(text: string | undefined): string | undefined {
	if (text === '-' || text === '') {
		throw new UsageError('`fetch` writes a corpus file: give -o a file name, or leave it out for the data folder');
	}

	if (text !== undefined && !/\.(?:jsonl|ndjson)$/i.test(text)) {
		throw new UsageError(`\`fetch\` writes JSON Lines: give -o a file name ending in .jsonl, not \`${text}\``);
	}

	return text;
}

function parseFormat(text: string | undefined): ExportFormat {
	if (text === undefined) {
		throw new UsageError(`bookmarks export needs --format ${exportFormats.join('|')}`);
	}

	if (!isExportFormat(text)) {
		throw new UsageError(`unknown export format \`${text}\`; use one of ${exportFormats.join(', ')}`);
	}

	return text;
}

function commandName(positionals: readonly string[]): {name: string; rest: string[]} {
	const [first, ...rest] = positionals;
	if (first === undefined) {
		return {name: 'explore', rest: []};
	}

	if (first === 'bookmarks') {
		const [sub = 'list', ...subRest] = rest;
		if (!['list', 'add', 'rm', 'export'].includes(sub)) {
			throw new UsageError(`unknown bookmarks command \`${sub}\`; use list, add, rm or export`);
		}

		return {name: `bookmarks.${sub}`, rest: subRest};
	}

	if (first === 'fetch') {
		const [source, ...sourceRest] = rest;
		if (source === undefined || !['arxiv', 'hf-daily'].includes(source)) {
			throw new UsageError(
				source === undefined
					? '`fetch` needs a source: fetch arxiv QUERY or fetch hf-daily'
					: `unknown fetch source \`${source}\`; use arxiv or hf-daily`,
			);
		}

		return {name: `fetch.${source}`, rest: sourceRest};
	}

	if (first === 'library') {
		const [sub, ...subRest] = rest;
		if (sub !== 'export' && sub !== 'import') {
			throw new UsageError(`${sub === undefined ? 'library needs a command' : `unknown library command \`${sub}\``}; use export or import`);
		}

		return {name: `library.${sub}`, rest: subRest};
	}

	if (!['list', 'search', 'show', 'similar'].includes(first)) {
		throw new UsageError(`unknown command \`${first}\``);
	}

	return {name: first, rest};
}

/** Options that take a value, in every spelling parseArgs accepts before the value. */
const valueOptions = new Set(
	Object.entries(optionSpec).flatMap(([name, spec]) =>
		spec.type === 'string' ? [`--${name}`, ...('short' in spec ? [`-${spec.short}`] : [])] : [],
	),
);
const flagOptions = new Set(
	Object.entries(optionSpec).flatMap(([name, spec]) =>
		spec.type === 'boolean' ? [`--${name}`, ...('short' in spec ? [`-${spec.short}`] : [])] : [],
	),
);

const isOption = (token: string) =>
	flagOptions.has(token) || valueOptions.has(token) || (token.startsWith('--') && valueOptions.has(token.split('=')[0]!));
const takesNextValue = (token: string) => valueOptions.has(token);

/**
 * Takes the query words of `search` out of argv, so that a word starting with `-` (`-lora`,
 * the query syntax for "without lora") is a query word unless it is one of our options.
 * Everything after `--` is a query word too. An unknown `--name` stays, for parseArgs to refuse.
 * Returns undefined when the command is not `search`.
 */
function splitSearchWords(argv: readonly string[]): {args: string[]; words: string[]} | undefined {
	const args: string[] = [];
	let index = 0;
	for (; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--' || !token.startsWith('-') || token === '-') {
			break;
		}

		args.push(token);
		if (takesNextValue(token) && index + 1 < argv.length) {
			args.push(argv[++index]!);
		}
	}

	if (argv[index] !== 'search') {
		return undefined;
	}

	args.push('search');
	const words: string[] = [];
	for (index++; index < argv.length; index++) {
		const token = argv[index]!;
		if (token === '--') {
			words.push(...argv.slice(index + 1));
			break;
		}

		if (isOption(token) || token.startsWith('--')) {
			args.push(token);
			if (takesNextValue(token) && index + 1 < argv.length) {
				args.push(argv[++index]!);
			}
		} else {
			words.push(token);
		}
	}

	return {args, words};
}

function parse(argv: readonly string[]) {
	try {
		return parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, strict: true});
	} catch (error: unknown) {
		// parseArgs' messages name the option; keep only their first sentence, in our wording.
		const message = error instanceof Error ? error.message.split(/\.\s/)[0]! : String(error);
		throw new UsageError(
			message
				.replace(
					/^Unknown option '(.+?)'.*$/,
					'unknown option `$1` (paper-tui --help lists them; to search for a word that starts with -, put it after --: paper-tui search -- $1)',
				)
				.replace(/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing$/, '`$1` needs a value')
				.replace(
					/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument is ambiguous$/,
					'`$1` needs a value; for one that starts with a dash write `$1=-VALUE`',
				)
				.replace(/^Option '(?:-\w, )?(--[\w-]+)(?: <value>)?'/, '`$1`'),
		);
	}
}

/** Parses argv (without node and script) into an invocation, or throws UsageError. */
export function parseArguments(argv: readonly string[]): Invocation {
	const searchWords = splitSearchWords(argv);
	const {values, positionals} = parse(searchWords?.args ?? argv);
	if (values.help) {
		return {command: 'help'};
	}

	if (values.version) {
		return {command: 'version'};
	}

	const {name, rest} = commandName(searchWords === undefined ? positionals : [...positionals, ...searchWords.words]);
	for (const key of Object.keys(values) as Array<keyof Values>) {
		if (!['corpus', 'config-dir'].includes(key) && !allowed[name]!.includes(key)) {
			throw new UsageError(`\`--${key}\` does not go with \`${name.replace('.', ' ')}\``);
		}
	}

	const options: CommonOptions = {corpus: values.corpus ?? [], configDir: values['config-dir'], json: values.json ?? false};
	const expectArguments = (count: 'none' | 'one' | 'some', what: string): void => {
		const ok = count === 'none' ? rest.length === 0 : count === 'one' ? rest.length === 1 : rest.length > 0;
		if (!ok) {
			const expected = count === 'none' ? 'no arguments' : count === 'one' ? `one ${what}` : `one or more ${what}s`;
			throw new UsageError(
				`\`${name.replace('.', ' ')}\` takes ${expected}${rest.length > 0 ? `, got ${rest.map(item => `\`${item}\``).join(' ')}` : ''}`,
			);
		}
	};

	switch (name) {
		case 'explore':
		case 'list':
		case 'bookmarks.list': {
			expectArguments('none', '');
			return {command: name, options};
		}

		case 'search': {
			if (rest.length === 0) {
				throw new UsageError('`search` needs a query, e.g. paper-tui search "catastrophic forgetting" (paper-tui list shows every paper)');
			}

			// A query pasted with escape sequences would otherwise search for their parameters. One
			// that cleans to nothing lists every paper, as an empty search line does in the explorer.
			return {command: 'search', query: cleanText(rest.join(' ')), limit: parseLimit(values.limit), options};
		}

		case 'show': {
			expectArguments('one', 'paper id');
			return {command: 'show', id: rest[0]!, options};
		}

		case 'similar': {
			expectArguments('one', 'paper id');
			return {command: 'similar', id: rest[0]!, limit: parseLimit(values.limit) ?? defaultSimilarLimit, options};
		}

		case 'fetch.arxiv':
		case 'fetch.hf-daily': {
			if (options.corpus.length > 0) {
				throw new UsageError('`--corpus` does not go with `fetch`; to add to a corpus file use -o FILE --append');
			}

			const output = parseFetchOutput(values.output);
			const append = values.append ?? false;
			if (name === 'fetch.hf-daily') {
				expectArguments('none', '');
				return {command: name, date: parseDay('--date', values.date), output, append, options};
			}

			const query = rest.join(' ').trim();
			if (query === '') {
				throw new UsageError('`fetch arxiv` needs a query in arXiv search syntax, e.g. paper-tui fetch arxiv "cat:cs.CL AND ti:lora"');
			}

			return {command: name, query, max: parseMax(values.max), since: parseDay('--since', values.since), output, append, options};
		}

		case 'bookmarks.add':
		case 'bookmarks.rm': {
			expectArguments('some', 'paper id');
			return {command: name, ids: rest, options};
		}

		case 'library.export': {
			expectArguments('none', '');
			return {command: name, output: values.output === '-' ? undefined : values.output, options};
		}

		case 'library.import': {
			expectArguments('one', 'file');
			return {command: name, file: rest[0]!, options};
		}

		default: {
			expectArguments('none', '');
			// `-o -` is standard output, as for most command-line tools.
			return {
				command: 'bookmarks.export',
				format: parseFormat(values.format),
				output: values.output === '-' ? undefined : values.output,
				options,
			};
		}
	}
}
