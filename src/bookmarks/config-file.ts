import {statSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {errorMessage, isErrorCode} from './errors.js';
import {PROJECT_NAME} from './resolve-config-dir.js';

/** What reading the config file found. `identity` changes whenever the file is replaced or rewritten. */
export type FileReading =
	| {readonly kind: 'missing'; readonly identity: string}
	| {readonly kind: 'parsed'; readonly value: unknown; readonly identity: string}
	| {readonly kind: 'not-json'; readonly reason: string; readonly identity: string}
	| {readonly kind: 'unreadable'; readonly reason: string};

/** conf hands back `Object.assign({}, parsed)`, which would turn a top-level list into an object; boxing keeps the real shape. */
interface ParsedBox {
	readonly parsed?: unknown;
}

/** The identity of a file that does not exist. */
export const MISSING_IDENTITY = 'missing';

/**
 * `config.json` in one directory, read fresh through conf on every call. conf owns the
 * location and the reading (it re-reads on every access and creates the directory when
 * the file is missing); it never writes here: writes go through the durable writer.
 */
export class ConfigFile {
	/** Absolute path of `config.json`, as conf resolves it. */
	readonly path: string;
	readonly #directory: string;
	#conf: Conf<ParsedBox> | undefined;

	constructor(directory: string) {
		this.#directory = directory;
		this.path = path.resolve(directory, 'config.json');
	}

	/** Reads and parses the file now; never throws. */
	read(): FileReading {
		let identity: string | undefined;
		try {
			identity = this.identity();
			const box = this.#openConf().store;
			return 'parsed' in box ? {kind: 'parsed', value: box.parsed, identity} : {kind: 'missing', identity};
		} catch (error) {
			if (error instanceof SyntaxError && identity !== undefined) {
				return {kind: 'not-json', reason: error.message, identity};
			}

			return {kind: 'unreadable', reason: errorMessage(error)};
		}
	}

	/** A string that changes whenever the file is replaced or modified (inode, size, times), or `missing`. */
	identity(): string {
		try {
			const stats = statSync(this.path, {bigint: true});
			return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':');
		} catch (error) {
			if (isErrorCode(error, 'ENOENT')) {
				return MISSING_IDENTITY;
			}

			throw error;
		}
	}

	#openConf(): Conf<ParsedBox> {
		// conf's constructor reads the file too, so it is built on first successful use:
		// after a failed read the next call tries again.
		this.#conf ??= new Conf<ParsedBox>({
			projectName: PROJECT_NAME,
			cwd: this.#directory,
			configName: 'config',
			fileExtension: 'json',
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
			// A byte-order mark (left by some Windows editors) is not a reason to move the file aside.
			deserialize: text => ({parsed: parseJson(text.replace(/^\uFEFF/, ''))}),
		});
		return this.#conf;
	}
}

/**
 * `JSON.parse`, whose SyntaxError says where the text stops being JSON (line and column) but
 * never quotes it: V8's own message includes a piece of the file, which may hold anything
 * (escape sequences, private notes) and is shown on one status line.
 */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		if (!(error instanceof SyntaxError)) {
			throw error;
		}

		const position = /at position (\d+)/.exec(error.message)?.[1];
		if (/end of JSON input/i.test(error.message)) {
			throw new SyntaxError('the text ends too early', {cause: error});
		}

		if (position === undefined) {
			throw new SyntaxError('unexpected text', {cause: error});
		}

		const before = text.slice(0, Number(position)).split('\n');
		throw new SyntaxError(`unexpected text at line ${before.length}, column ${before.at(-1)!.length + 1}`, {cause: error});
	}
}
