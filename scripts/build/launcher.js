#!/usr/bin/env node
// paper-tui's command, written to dist/cli.js by scripts/build.mjs (which fills in the names in
// capitals; dist/package.json makes it CommonJS, so Node does not start its ES module loader). It
// runs the bundle, dist/paper-tui.cjs, from V8's code cache of it when this Node.js can use that
// cache: the functions that start the explorer and draw its first frame are then deserialised
// instead of parsed and compiled. Node 20 has no built-in compile cache for this. Any other
// Node.js, or a damaged cache, only costs that time back: V8 rejects a cache that does not match
// and compiles the source as usual.
//
// PAPER_TUI_CODE_CACHE=off ignores the cache; PAPER_TUI_CODE_CACHE=write (used by the build)
// writes a new one when the process exits, with every function compiled by then.
'use strict';
const {readFileSync, renameSync, writeFileSync} = require('node:fs');
const path = require('node:path');
const {pathToFileURL} = require('node:url');
const {Script} = require('node:vm');

const bundlePath = path.join(__dirname, __BUNDLE__);
const cachePath = path.join(__dirname, __CODE_CACHE__);
const cacheMode = process.env.PAPER_TUI_CODE_CACHE;

let cachedData;
if (cacheMode !== 'off' && cacheMode !== 'write') {
	try {
		cachedData = readFileSync(cachePath);
	} catch {
		// No cache (or unreadable): compile from source.
	}
}

// The same wrapper as Node's CommonJS loader, plus the bundle's own URL for `import.meta.url`.
const script = new Script(__WRAPPER_START__ + readFileSync(bundlePath, 'utf8') + __WRAPPER_END__, {filename: bundlePath, cachedData});

if (cacheMode === 'write') {
	process.once('exit', () => {
		const temporary = `${cachePath}.${process.pid}`;
		writeFileSync(temporary, script.createCachedData());
		renameSync(temporary, cachePath);
	});
}

const bundle = {exports: {}};
script.runInThisContext()(bundle.exports, require, bundle, bundlePath, __dirname, pathToFileURL(bundlePath).href);
