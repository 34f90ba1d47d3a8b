// Builds dist/cli.js: one ESM bundle with a shebang, production React, no devtools, and Ink's
// log-update replaced by ours (scripts/ink/; see DESIGN.md, "Ink 6.8 traps").
import {build} from 'esbuild';
import {chmodSync, existsSync, readFileSync, renameSync, rmSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const ourLogUpdate = fileURLToPath(new URL('ink/log-update.js', import.meta.url));
let isInkLogUpdateReplaced = false;

/**
Loads scripts/ink/log-update.js in place of Ink's build/log-update.js: the ghost-line fix of Ink
6.7-6.8 plus column-level incremental rendering. It is written against Ink 6.8's internals, so
any other Ink version fails the build.
*/
const inkLogUpdateReplacement = {
	name: 'ink-log-update-replacement',
	setup(builder) {
		builder.onLoad({filter: /ink[\\/]build[\\/]log-update\.js$/}, ({path: inkLogUpdate}) => {
			const inkPackage = path.join(path.dirname(inkLogUpdate), '..', 'package.json');
			const {version} = JSON.parse(readFileSync(inkPackage, 'utf8'));
			if (!/^6\.8\.\d+$/.test(version)) {
				throw new Error(
					`scripts/ink/log-update.js replaces the log-update of Ink 6.8.x, but ${inkPackage} is ${version}: ` +
						're-check scripts/ink/ against this version of build/log-update.js and cursor-helpers.js',
				);
			}
			isInkLogUpdateReplaced = true;
			return {contents: readFileSync(ourLogUpdate, 'utf8'), loader: 'js', resolveDir: path.dirname(ourLogUpdate)};
		});
	},
};

/**
Small patches to Ink 6.8's frame pipeline, each a literal replacement that must apply (the build
fails otherwise). Profiling 40 navigation keys at 120x40 showed most of a frame's time in
re-tokenising every line of the screen, because Ink's caches live for one frame only, and in
measuring every text node's width again, uncached.
*/
const inkPatches = [
	{
		file: /ink[\\/]build[\\/]output\.js$/,
		replacements: [
			// One cache for every frame (most lines repeat from frame to frame), emptied when large.
			['    caches = new OutputCaches();', '    caches = sharedOutputCaches();'],
			['class OutputCaches {', 'class OutputCaches {\n    rows = new Map();'],
			// A row's text is a function of the screen width and of what was written where in it:
			// remember that, and reuse the row's string when it comes again.
			['        const clips = [];', '        const clips = [];\n        const rowKeys = output.map(() => []);'],
			[
				'                    const characters = this.caches.getStyledChars(line);',
				"                    const characters = this.caches.getStyledChars(line);\n                    rowKeys[y + offsetY].push(x + '\\u0000' + line);",
			],
			[
				'            .map(line => {',
				"            .map((line, rowIndex) => {\n            const rowKey = this.width + '\\u0001' + rowKeys[rowIndex].join('\\u0001');\n            const cachedRow = this.caches.rows.get(rowKey);\n            if (cachedRow !== undefined) {\n                return cachedRow;\n            }",
			],
			[
				'            return styledCharsToString(lineWithoutEmptyItems).trimEnd();',
				'            const row = styledCharsToString(lineWithoutEmptyItems).trimEnd();\n            this.caches.rows.set(rowKey, row);\n            return row;',
			],
		],
		append: [
			'let sharedCaches;',
			'function sharedOutputCaches() {',
			'    if (!sharedCaches || sharedCaches.styledChars.size > 20000 || sharedCaches.widths.size > 50000 || sharedCaches.rows.size > 20000) {',
			'        sharedCaches = new OutputCaches();',
			'    }',
			'    return sharedCaches;',
			'}',
		].join('\n'),
	},
	{
		file: /ink[\\/]build[\\/]render-node-to-output\.js$/,
		// measure-text caches the width of every text it has measured for layout already.
		replacements: [['const currentWidth = widestLine(text);', 'const currentWidth = measureText(text).width;']],
		prepend: "import measureText from './measure-text.js';",
	},
];

const inkPatchPlugin = {
	name: 'ink-patches',
	setup(builder) {
		for (const patch of inkPatches) {
			builder.onLoad({filter: patch.file}, ({path: file}) => {
				let patched = readFileSync(file, 'utf8');
				for (const [find, replace] of patch.replacements) {
					if (patched.split(find).length !== 2) {
						throw new Error(`Ink patch no longer applies to ${file}: \`${find}\` is not there exactly once; re-check it against this Ink version`);
					}

					patched = patched.replace(find, replace);
				}

				patch.isApplied = true;
				return {contents: [patch.prepend ?? '', patched, patch.append ?? ''].join('\n'), loader: 'js', resolveDir: path.dirname(file)};
			});
		}
	},
};

/**
Modules that are never used but cost time to load, replaced by stubs:
- react-devtools-core: Ink imports it only when DEV=true.
- ajv and ajv-formats: conf imports them at the top but uses them only with a JSON schema,
  which paper-tui never passes; loading them cost 130-370 ms. The stubs fail loudly if that changes.
*/
const stubs = {
	'react-devtools-core': 'export default {};',
	'ajv/dist/2020.js': "export class Ajv2020 { constructor() { throw new Error('paper-tui: ajv is not bundled (conf schemas are unused)'); } }",
	'ajv-formats': "export default {default() { throw new Error('paper-tui: ajv-formats is not bundled'); }};",
};
const unusedModuleStubs = {
	name: 'unused-module-stubs',
	setup(builder) {
		const filter = new RegExp(`^(${Object.keys(stubs).map(name => name.replaceAll(/[./]/g, character => `\\${character}`)).join('|')})$`);
		builder.onResolve({filter}, ({path: name}) => ({path: name, namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, ({path: name}) => ({contents: stubs[name], loader: 'js'}));
	},
};

// Build beside dist/ and swap it in at the end, so a running dist/cli.js (a test, the bench)
// never finds its chunks missing.
const outdir = `dist.build-${process.pid}`;

rmSync(outdir, {recursive: true, force: true});
await build({
	entryPoints: ['src/cli.tsx'],
	outdir,
	entryNames: '[name]',
	chunkNames: 'chunks/[name]-[hash]',
	// Split so that modules loaded on demand (search index, bookmark store, highlighter)
	// are not even parsed before the first frame.
	splitting: true,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {
		'process.env.NODE_ENV': '"production"',
		// yoga-layout's wasm loader tests \`typeof fetch\`, which makes Node 20 load undici (~15 ms);
		// nothing in the bundle fetches, so it takes the ArrayBuffer path instead.
		fetch: 'undefined',
	},
	banner: {
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __createRequire} from 'node:module';",
			'const require = __createRequire(import.meta.url);',
		].join('\n'),
	},
	plugins: [inkLogUpdateReplacement, inkPatchPlugin, unusedModuleStubs],
	logLevel: 'warning',
});
for (const patch of inkPatches) {
	if (!patch.isApplied) {
		throw new Error(`Ink patch for ${patch.file} matched no file in the bundle`);
	}
}

if (!isInkLogUpdateReplaced) {
	throw new Error('the bundle does not contain ink/build/log-update.js any more: scripts/ink/ replaced nothing');
}
chmodSync(path.join(outdir, 'cli.js'), 0o755);
const previous = `dist.old-${process.pid}`;
if (existsSync('dist')) {
	renameSync('dist', previous);
}

renameSync(outdir, 'dist');
rmSync(previous, {recursive: true, force: true});
