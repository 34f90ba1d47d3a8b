// Builds dist/cli.js: one ESM bundle with a shebang, production React, no devtools,
// and Ink's incremental log-update patched (see DESIGN.md, "Ink 6.8 traps").
import {build} from 'esbuild';
import {chmodSync, readFileSync, rmSync} from 'node:fs';

/** Ink 6.7–6.8 moves the cursor up one row too few when the previous frame ended with a newline. */
const inkLogUpdatePatch = {
	name: 'ink-log-update-patch',
	setup(builder) {
		builder.onLoad({filter: /ink[\\/]build[\\/]log-update\.js$/}, ({path}) => {
			const source = readFileSync(path, 'utf8');
			const broken = 'buffer.push(ansiEscapes.cursorUp(previousVisible - 1));';
			const fixed = 'buffer.push(ansiEscapes.cursorUp(previousLines.length - 1));';
			if (!source.includes(broken)) {
				throw new Error(`ink log-update patch no longer applies to ${path}; re-check the Ink version`);
			}
			return {contents: source.replace(broken, fixed), loader: 'js'};
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
	plugins: [inkLogUpdatePatch, devtoolsStub],
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
