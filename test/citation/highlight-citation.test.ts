import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {highlightCitation} from '../../src/citation/highlight-citation.js';
import {toBibtex} from '../../src/citation/bibtex.js';
import {toJsonRecord} from '../../src/citation/json-record.js';
import type {Paper} from '../../src/types.js';

const SGR = /\u001B\[[0-9;]*m/g;

const paper: Paper = {
	id: 'p',
	title: '50% of {braces & <tags>',
	abstract: 'C++ & C#: $x^2_i$ "quoted" \\textbf ~ café 😀 } @misc{',
	authors: ['Ada Lovelace'],
	year: 2020,
	links: ['https://x.org/a_b?c=1&d=2'],
};

const BIBTEX_SAMPLE = '@misc{k,\n  year = {2020}\n}';
const BIBTEX_HIGHLIGHTED = '\u001B[35m@misc\u001B[39m{\u001B[1mk\u001B[22m,\n  \u001B[36myear\u001B[39m = \u001B[32m{2020}\u001B[39m\n}';

const SAMPLES: ReadonlyArray<['bibtex' | 'json', string]> = [
	['bibtex', toBibtex([paper])],
	['json', toJsonRecord(paper)],
];

describe('highlightCitation', () => {
	afterEach(() => {
		vi.restoreAllMocks();
		vi.doUnmock('cli-highlight');
		vi.resetModules();
	});

	it.each(SAMPLES)('colours %s, and the colours stripped leave the input', async (language, text) => {
		const highlighted = await highlightCitation(text, language, {color: true});
		expect(highlighted).toMatch(/\u001B\[3\dm/);
		expect(highlighted.replace(SGR, '')).toBe(text);
	});

	it.each(SAMPLES)('returns %s untouched when colour is off', async (language, text) => {
		expect(await highlightCitation(text, language, {color: false})).toBe(text);
	});

	it('colours the BibTeX entry type, key, field names and values differently', async () => {
		expect(await highlightCitation(BIBTEX_SAMPLE, 'bibtex', {color: true})).toBe(BIBTEX_HIGHLIGHTED);
	});

	it('writes nothing to the console, even for text that is not valid in the language', async () => {
		const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map(method => vi.spyOn(console, method));
		await highlightCitation('{"unterminated": [1, 2', 'json', {color: true});
		await highlightCitation('@misc{ } } { "', 'bibtex', {color: true});
		for (const spy of spies) {
			expect(spy).not.toHaveBeenCalled();
		}
	});

	it('falls back to the plain text when cli-highlight cannot be loaded', async () => {
		vi.resetModules();
		vi.doMock('cli-highlight', () => {
			throw new Error('broken install');
		});
		const {highlightCitation: isolatedHighlight} = await import('../../src/citation/highlight-citation.js');
		expect(await isolatedHighlight('{"a": 1}', 'json', {color: true})).toBe('{"a": 1}');
	});

	it('loads cli-highlight on the first call in plain Node, not on import', () => {
		const script = `
			import {createRequire} from 'node:module';
			const cache = createRequire(import.meta.url).cache;
			const isLoaded = () => Object.keys(cache).some((path) => path.includes('cli-highlight'));
			const {highlightCitation} = await import('./src/citation/highlight-citation.ts');
			const afterImport = isLoaded();
			const highlighted = await highlightCitation(${JSON.stringify(BIBTEX_SAMPLE)}, 'bibtex', {color: true});
			process.stdout.write(JSON.stringify({afterImport, afterCall: isLoaded(), highlighted}));
		`;
		const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {encoding: 'utf8'});
		expect(JSON.parse(output)).toEqual({afterImport: false, afterCall: true, highlighted: BIBTEX_HIGHLIGHTED});
	});

	it('highlights BibTeX from its own CommonJS bundle, built as dist/highlight-citation.cjs is', async () => {
		const directory = mkdtempSync(join(tmpdir(), 'paper-tui-highlight-'));
		try {
			await build({
				entryPoints: ['src/citation/highlight-citation.ts'],
				outfile: join(directory, 'highlight-citation.cjs'),
				bundle: true,
				format: 'cjs',
				platform: 'node',
				target: 'node20',
				logLevel: 'silent',
			});
			const script = `require(${JSON.stringify(join(directory, 'highlight-citation.cjs'))})
				.highlightCitation(${JSON.stringify(BIBTEX_SAMPLE)}, 'bibtex', {color: true})
				.then((text) => process.stdout.write(text));`;
			expect(execFileSync(process.execPath, ['--eval', script], {encoding: 'utf8'})).toBe(BIBTEX_HIGHLIGHTED);
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});
});
