#!/usr/bin/env node
// paper-tui's command, written to dist/cli.js by scripts/build.mjs (which fills in the names in
// capitals; dist/package.json makes it CommonJS, so Node does not start its ES module loader). It
// runs the bundle, dist/paper-tui.cjs, from V8's code cache of it when this Node.js can use that
// cache: the functions that start the explorer and draw its first frame are then deserialised
// instead of parsed and compiled. Node 20 has no built-in compile cache for this. Any other
// Node.js, or a damaged cache, only costs that time back: V8 rejects a cache that does not match
// and compiles the source as usual.
//
// PAPER_TUI_CODE_CACHE=off ignores the cache. Only the build writes one: it runs a copy of this
// launcher made with `writesCodeCache` true, which writes the cache when the process exits,
// with every function compiled by then, and deletes that copy before dist/ is swapped in. The
// dist/cli.js that is packed and installed is made with it false, so no environment variable or
// argument can make an installed paper-tui write into its own package.
'use strict';
const {readFileSync, renameSync, writeFileSync} = require('node:fs');
const path = require('node:path');
const {pathToFileURL} = require('node:url');
const {Script} = require('node:vm');

const bundlePath = path.join(__dirname, __BUNDLE__);
const cachePath = path.join(__dirname, __CODE_CACHE__);
const writesCodeCache = __WRITES_CODE_CACHE__;

let cachedData;
if (process.env.PAPER_TUI_CODE_CACHE !== 'off' && !writesCodeCache) {
	try {
		cachedData = readFileSync(cachePath);
	} catch {
		// No cache (or unreadable): compile from source.
	}
}

// The same wrapper as Node's CommonJS loader, plus the bundle's own URL for `import.meta.url`.
const script = new Script(__WRAPPER_START__ + readFileSync(bundlePath, 'utf8') + __WRAPPER_END__, {filename: bundlePath, cachedData});

if (writesCodeCache) {
	process.once('exit', () => {
		const temporary = `${cachePath}.${process.pid}`;
		writeFileSync(temporary, script.createCachedData());
		renameSync(temporary, cachePath);
	});
}

const bundle = {exports: {}};
script.runInThisContext()(bundle.exports, require, bundle, bundlePath, __dirname, pathToFileURL(bundlePath).href);
