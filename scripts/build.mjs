// Builds dist/: the command (dist/cli.js), the program as one script (dist/paper-tui.cjs) with
// production React, no devtools and Ink's incremental renderer and Output replaced by ours (src/render/; see DESIGN.md,
// "Ink 6.8 traps"), the citation highlighter apart (dist/highlight-citation.cjs, loaded on the
// first `c`), the search worker (dist/search-worker.cjs), yoga-layout's wasm (dist/yoga.wasm), the search index of the built-in corpus (scripts/build-search-index.ts) and V8's
// code cache of the program (see scripts/build/launcher.js).
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {build} from 'esbuild';
import {chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {assertPluginsApplied, bundlePlugins, yogaWasm} from './build/plugins.mjs';
import {wrapperEnd, wrapperStart, writeCodeCache} from './build/code-cache.mjs';

const startedAt = performance.now();
const highlighterFile = 'highlight-citation.cjs';
const kilobytes = bytes => `${Math.round(bytes / 1024)} KB`;

/**
The citation highlighter (cli-highlight and every highlight.js language: two thirds of the
code) is only needed when a citation is first shown. It is its own bundle, required from the
directory of the main one, so the main bundle and its code cache stay small.
*/
/** The BibTeX parser (some 550 KB) and the XML parser are likewise their own bundles, loaded when a BibTeX or Atom corpus is first read. */
const bibtexFile = 'bibtex-library.cjs';
const xmlFile = 'xml-library.cjs';

const separateHighlighter = {
	name: 'separate-highlighter',
	setup(builder) {
		builder.onResolve({filter: /[\\/]highlight-citation\.js$/}, () => ({path: highlighterFile, namespace: 'separate'}));
		builder.onResolve({filter: /[\\/]bibtex-library\.js$/}, () => ({path: bibtexFile, namespace: 'separate'}));
		builder.onResolve({filter: /[\\/]xml-library\.js$/}, () => ({path: xmlFile, namespace: 'separate'}));
		builder.onLoad({filter: /.*/, namespace: 'separate'}, ({path: file}) => ({
			contents: `module.exports = require(require('node:path').join(__dirname, ${JSON.stringify(file)}));`,
			loader: 'js',
		}));
	},
};

const common = {
	bundle: true,
	platform: 'node',
	// A script, not a module: V8 can cache a script's compiled code (Node 20 has no module cache).
	format: 'cjs',
	target: 'node20',
	minify: process.env.PAPER_TUI_BUILD_MINIFY !== 'off',
	legalComments: 'none',
	define: {
		'process.env.NODE_ENV': '"production"',
		// The launcher passes the bundle's own URL (src/cli.ts finds the built-in corpus with it).
		'import.meta.url': '__bundleUrl',
	},
	logLevel: 'warning',
};

// Build beside dist/ and swap it in at the end, so a running dist/cli.js (a test, the bench)
// never finds its files missing or mismatched.
const outdir = `dist.build-${process.pid}`;
rmSync(outdir, {recursive: true, force: true});
try {
	await build({
		...common,
		entryPoints: ['src/cli.ts'],
		outfile: path.join(outdir, 'paper-tui.cjs'),
		plugins: [separateHighlighter, ...bundlePlugins()],
	});
	assertPluginsApplied();
	writeFileSync(path.join(outdir, 'yoga.wasm'), yogaWasm());
	await build({...common, entryPoints: ['src/citation/highlight-citation.ts'], outfile: path.join(outdir, highlighterFile)});
	// The search worker runs in its own thread, from its own file (src/explorer/search-engine.ts).
	await build({...common, entryPoints: ['src/search/search-worker.ts'], outfile: path.join(outdir, 'search-worker.cjs')});
	await build({...common, entryPoints: ['src/corpus/bibtex-library.ts'], outfile: path.join(outdir, bibtexFile)});
	await build({...common, entryPoints: ['src/corpus/xml-library.ts'], outfile: path.join(outdir, xmlFile)});
	execFileSync(
		process.execPath,
		['--import', 'tsx', 'scripts/build-search-index.ts', 'corpus/papers.json', path.join(outdir, 'builtin-search-index.json')],
		{stdio: 'inherit'},
	);

	// The cache is named after the bundle it belongs to; V8 itself checks only the source's length.
	const bundle = readFileSync(path.join(outdir, 'paper-tui.cjs'));
	const cacheFile = `paper-tui-${createHash('sha256').update(bundle).digest('hex').slice(0, 12)}.cache`;
	const writeLauncher = (file, writesCodeCache) => {
		const names = {
			__BUNDLE__: 'paper-tui.cjs',
			__CODE_CACHE__: cacheFile,
			__WRAPPER_START__: wrapperStart,
			__WRAPPER_END__: wrapperEnd,
			__WRITES_CODE_CACHE__: writesCodeCache,
		};
		writeFileSync(
			file,
			Object.entries(names).reduce(
				(source, [name, value]) => source.replace(name, JSON.stringify(value)),
				readFileSync(new URL('build/launcher.js', import.meta.url), 'utf8'),
			),
		);
		chmodSync(file, 0o755);
	};

	// The command users run never writes the cache; a copy that does exists only during the build.
	const launcher = path.join(outdir, 'cli.js');
	const warmUpLauncher = path.join(outdir, 'cli-writing-code-cache.js');
	writeLauncher(launcher, false);
	writeLauncher(warmUpLauncher, true);
	writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({type: 'commonjs'}, undefined, '\t')}\n`);
	let cacheNote;
	try {
		const cacheBytes = await writeCodeCache({
			launcher: warmUpLauncher,
			bundlePath: path.join(outdir, 'paper-tui.cjs'),
			cachePath: path.join(outdir, cacheFile),
		});
		cacheNote = `code cache ${kilobytes(cacheBytes)}`;
	} catch (error) {
		// The program works without it, only starts slower (a test checks that the cache is there).
		cacheNote = 'NO code cache';
		console.warn(
			`paper-tui build: no code cache, so the explorer will start slower: ${error instanceof Error ? error.message : String(error)}`,
		);
	} finally {
		rmSync(warmUpLauncher, {force: true});
	}

	const previous = `dist.old-${process.pid}`;
	if (existsSync('dist')) {
		renameSync('dist', previous);
	}

	renameSync(outdir, 'dist');
	rmSync(previous, {recursive: true, force: true});
	console.log(`built dist/ in ${Math.round(performance.now() - startedAt)} ms: paper-tui.cjs ${kilobytes(bundle.length)}, ${cacheNote}`);
} finally {
	rmSync(outdir, {recursive: true, force: true});
}
