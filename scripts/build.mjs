// Builds dist/cli.js: one ESM bundle with a shebang, production React, no devtools, and Ink's
// log-update replaced by ours (scripts/ink/; see DESIGN.md, "Ink 6.8 traps").
import {build} from 'esbuild';
import {chmodSync, readFileSync, rmSync} from 'node:fs';
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

/** Ink imports react-devtools-core only when DEV=true; never ship it. */
const devtoolsStub = {
	name: 'react-devtools-core-stub',
	setup(builder) {
		builder.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {};', loader: 'js'}));
	},
};

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: ['src/cli.tsx'],
	outdir: 'dist',
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
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: [
			'#!/usr/bin/env node',
			"import {createRequire as __createRequire} from 'node:module';",
			'const require = __createRequire(import.meta.url);',
		].join('\n'),
	},
	plugins: [inkLogUpdateReplacement, devtoolsStub],
	logLevel: 'warning',
});
if (!isInkLogUpdateReplaced) {
	throw new Error('the bundle does not contain ink/build/log-update.js any more: scripts/ink/ replaced nothing');
}
chmodSync('dist/cli.js', 0o755);
