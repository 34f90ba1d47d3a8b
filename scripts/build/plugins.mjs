// esbuild plugins for paper-tui's bundle: Ink's incremental renderer and Output replaced by ours
// (src/render/), one lazy string-width, small literal patches, stubs for modules never used, and
// yoga-layout instantiated synchronously so that the bundle is a plain script (no top-level
// await) that V8 can cache. Every patch must apply: the build fails otherwise, so an upgrade
// cannot silently drop one. At the end, a vite plugin that gives vitest's component tests Ink
// with the same Output and patches (inkAsBundledForTests).
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const renderModule = name => fileURLToPath(new URL(`../../src/render/${name}.ts`, import.meta.url));

/**
Ink 6.8 modules replaced by ours (src/render/), which are written against its internals, so any
other Ink version fails the build:
- build/output.js (src/render/output.ts): the same screen, built row by row instead of cell by
  cell. Works around: Ink's Output lays every write on a grid of width x height cell objects
  (the approach of vadimdemedes/ink#564, which fixed the sliceAnsi slowness of #560; #835 added
  caches after 6.8), ~4,800 cells per frame at 120x40, most of a navigation key's frame time.
(Ink's build/log-update.js stays Ink's; a source patch below swaps its incremental renderer.)
*/
const inkReplacements = [{file: /ink[\\/]build[\\/]output\.js$/, ours: renderModule('output')}];
/** Throws unless the Ink that `inkModule` (a file of Ink's build/) belongs to is 6.8.x. */
function assertInkItIsWrittenFor(replacement, inkModule) {
	const inkPackage = path.join(path.dirname(inkModule), '..', 'package.json');
	const {version} = JSON.parse(readFileSync(inkPackage, 'utf8'));
	if (!/^6\.8\.\d+$/.test(version)) {
		throw new Error(
			`${replacement.ours} replaces a module of Ink 6.8.x, but ${inkPackage} is ${version}: re-check src/render/ against this version`,
		);
	}
}

const inkModuleReplacement = {
	name: 'ink-module-replacement',
	setup(builder) {
		for (const replacement of inkReplacements) {
			builder.onLoad({filter: replacement.file}, ({path: inkModule}) => {
				assertInkItIsWrittenFor(replacement, inkModule);
				replacement.isApplied = true;
				return {contents: readFileSync(replacement.ours, 'utf8'), loader: 'ts', resolveDir: path.dirname(replacement.ours)};
			});
		}
	},
};

const yogaWasmDataUrl = /H="data:application\/octet-stream;base64,([A-Za-z\d+/=]+)"/;

/** yoga-layout's wasm, as its emscripten loader embeds it, for dist/yoga.wasm. */
export function yogaWasm() {
	const loader = fileURLToPath(new URL('../binaries/yoga-wasm-base64-esm.js', import.meta.resolve('yoga-layout')));
	return Buffer.from(yogaWasmDataUrl.exec(readFileSync(loader, 'utf8'))[1], 'base64');
}

const narrowText = renderModule('character-width');
const incrementalLogUpdate = renderModule('incremental-log-update');

/**
Literal patches to files of the bundle, each of which must apply exactly once (the build fails
otherwise: applyPatch counts every match, assertPluginsApplied checks every patch met its file).
Each names what it works around, with the upstream issue or pull request when there is one.
- Ink's log-update.js, `incrementalRendering: true`: its createIncremental (added by
  vadimdemedes/ink#781) moves the cursor up `previousVisible - 1` rows, where `previousVisible`
  is `previousLines.length - 1` when the previous frame ended with '\n' (every frame shorter than
  the terminal, as the explorer's `rows - 1` frame is): one row too few, so each frame is drawn
  one row lower and leaves a ghost line (no upstream issue found; DESIGN.md, "Ink 6.8 traps").
  It also writes `ESC[0A` (which terminals read as "up one") after a one-line frame, and after a
  resize diffs against a screen the terminal has scrolled or re-wrapped (vadimdemedes/ink#1023). Its incremental branch now calls
  src/render/incremental-log-update.ts, with Ink's own cursor-helpers.js; the standard branch
  stays Ink's.
- Ink's render-node-to-output.js measures every text node's width again, uncached, each frame:
  measure-text has it cached from layout.
- Ink's ansi-tokenizer.js looks for C1 controls with a function call per character of every text.
- terminal-size and signal-exit 3 load child_process and assert at startup for what is rarely or
  never needed.
- Ink's reconciler.js: two top-level awaits, reached only with DEV=true (React devtools, which
  are not bundled), would stop the bundle being a script (bundling Ink with its devtools import
  and top-level await: vadimdemedes/ink#571, #603).
- Ink's tokenizer (@alcalzone/ansi-tokenize) and slice-ansi segment plain text without
  Intl.Segmenter (src/render/character-width.ts), which is created on first need.
- yoga-layout's emscripten loader: loses its embedded wasm (base64, 120 KB of source and of
  code cache), which the build writes to dist/yoga.wasm for the synchronous loader below.
- Ink's ink.js, on a resize: Ink re-lays out the tree it has (sized for the old terminal) and
  draws it at once, on a width shrink after `log.clear()` (vadimdemedes/ink#828, for the
  duplicated frames of #816 and #711), which erases relative to a cursor row the terminal has
  re-wrapped (the trade-off #304 accepted); a frame as tall as the terminal then takes Ink's
  `outputHeight >= rows` path, which writes clearTerminal and wipes the scrollback on every
  frame (#450, #935; narrowed to strict overflow only in Ink 7, see #971). Instead it
  forgets the frame on screen and has the renderer repaint the next one on a clean screen: the
  explorer renders itself again at the new size on every resize event (src/hooks/use-terminal-size.ts).
- Ink's hooks/use-input.js passes `input = keypress.name` for a Ctrl chord, and parse-keypress
  leaves `name` undefined for a modified key it has no name for (Ctrl+F1 `ESC[1;5P`, `ESC[1;5K`,
  Ctrl+F13 `ESC[25;5~`, `ESC[0x`): the next line, `input.startsWith(...)`, throws and takes the
  program down. Upstream: vadimdemedes/ink#901, fixed by vadimdemedes/ink#902 (the same `?? ''`),
  which 6.8.0 does not have. Such a key now arrives as empty input with `ctrl` set: no binding.
*/
const sourcePatches = [
	{
		// Ink's incremental renderer is src/render's (the ghost line of Ink 6.7-6.8, column-level
		// updates, unreliable-width characters, repaint; see above), given Ink's own cursor helpers.
		file: /ink[\\/]build[\\/]log-update\.js$/,
		replacements: [
			[
				'        return createIncremental(stream, { showCursor });',
				'        return createOwnedIncrementalLogUpdate(stream, { showCursor }, inkCursorHelpers);',
			],
		],
		prepend: [
			"import * as inkCursorHelpers from './cursor-helpers.js';",
			`import {createIncrementalLogUpdate as createOwnedIncrementalLogUpdate} from ${JSON.stringify(incrementalLogUpdate)};`,
		].join('\n'),
	},
	{
		file: /ink[\\/]build[\\/]render-node-to-output\.js$/,
		// measure-text caches the width of every text it has measured for layout already.
		replacements: [['const currentWidth = widestLine(text);', 'const currentWidth = measureText(text).width;']],
		prepend: "import measureText from './measure-text.js';",
	},
	{
		file: /ink[\\/]build[\\/]ink\.js$/,
		replacements: [
			[
				"        const currentWidth = this.getTerminalWidth();\n        if (currentWidth < this.lastTerminalWidth) {\n            // We clear the screen when decreasing terminal width to prevent duplicate overlapping re-renders.\n            this.log.clear();\n            this.lastOutput = '';\n            this.lastOutputToRender = '';\n        }\n        this.calculateLayout();\n        this.onRender();\n        this.lastTerminalWidth = currentWidth;",
				"        this.log.repaint?.();\n        this.lastOutput = '';\n        this.lastOutputToRender = '';\n        this.lastOutputHeight = 0;\n        this.lastTerminalWidth = this.getTerminalWidth();",
			],
		],
	},
	{
		file: /ink[\\/]build[\\/]ansi-tokenizer\.js$/,
		// One regular expression instead of a function call per character of every text drawn.
		replacements: [
			[
				'    for (const character of text) {\n        if (isC1ControlCharacter(character)) {\n            return true;\n        }\n    }\n    return false;',
				'    return /[\\u0080-\\u009F]/.test(text);',
			],
		],
	},
	{
		// Ink asks terminal-size only when stdout has no size; it loads child_process (and dgram) at once.
		file: /terminal-size[\\/]index\.js$/,
		replacements: [
			[
				"import {execFileSync} from 'node:child_process';",
				"const execFileSync = (...arguments_) => require('node:child_process').execFileSync(...arguments_);",
			],
		],
	},
	{
		// signal-exit 3 loads node:assert (and its error formatting) for one argument check.
		file: /signal-exit[\\/]index\.js$/,
		replacements: [
			[
				"  var assert = require('assert')",
				'  var assert = {equal: function (actual, expected, message) { if (actual != expected) throw new TypeError(message) }}',
			],
		],
	},
	{
		file: /ink[\\/]build[\\/]reconciler\.js$/,
		replacements: [
			[
				"        await import('./devtools.js');",
				"        throw Object.assign(new Error('React devtools are not bundled'), {code: 'ERR_MODULE_NOT_FOUND'});",
			],
			['    ? await loadPackageJson()', '    ? {name: undefined, version: undefined}'],
		],
	},
	{
		file: /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
		replacements: [
			['const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', ''],
			['    for (const { segment, index } of segmenter.segment(str)) {', '    for (const { segment, index } of graphemeSegments(str)) {'],
		],
		prepend: `import {graphemeSegments} from ${JSON.stringify(narrowText)};`,
	},
	{
		file: /slice-ansi[\\/]tokenize-ansi\.js$/,
		replacements: [
			[
				"const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
				'const GRAPHEME_SEGMENTER = {segment: graphemeSegments};',
			],
		],
		prepend: `import {graphemeSegments} from ${JSON.stringify(narrowText)};`,
	},
	{
		// An unnamed Ctrl chord must not crash the input handler (vadimdemedes/ink#901).
		file: /ink[\\/]build[\\/]hooks[\\/]use-input\.js$/,
		replacements: [
			[
				'            else if (keypress.ctrl) {\n                input = keypress.name;\n',
				"            else if (keypress.ctrl) {\n                input = keypress.name ?? '';\n",
			],
		],
	},
	{
		file: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/,
		replacements: [[yogaWasmDataUrl, 'H=""']],
	},
];

function applyPatch(patch, file, original = readFileSync(file, 'utf8')) {
	let patched = original;
	for (const [find, replace] of patch.replacements) {
		const count = typeof find === 'string' ? patched.split(find).length - 1 : (patched.match(new RegExp(find.source, 'g')) ?? []).length;
		if (count !== 1) {
			throw new Error(
				`A build patch no longer applies to ${file}: \`${find}\` is there ${count} times, not once; re-check it against this version`,
			);
		}

		patched = typeof find === 'string' ? patched.replace(find, () => replace) : patched.replace(find, replace);
	}

	const extra = part => (typeof part === 'function' ? part(original) : (part ?? ''));
	return [extra(patch.prepend), patched, extra(patch.append)].join('\n');
}

const sourcePatchPlugin = {
	name: 'source-patches',
	setup(builder) {
		for (const patch of sourcePatches) {
			builder.onLoad({filter: patch.file}, ({path: file}) => {
				const contents = applyPatch(patch, file);
				patch.isApplied = true;
				return {contents, loader: 'js', resolveDir: path.dirname(file)};
			});
		}
	},
};

/**
yoga-layout 3's entry module awaits the wasm's asynchronous instantiation at the top level.
This replacement instantiates the same wasm synchronously through emscripten's instantiateWasm
hook (Node compiles wasm of any size on the main thread), so nothing in the bundle awaits at
the top level.
*/
let isYogaReplaced = false;
const synchronousYoga = {
	name: 'synchronous-yoga',
	setup(builder) {
		builder.onLoad({filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, ({path: file}) => {
			const {version} = JSON.parse(readFileSync(path.join(path.dirname(file), '..', '..', 'package.json'), 'utf8'));
			if (!/^3\.2\.\d+$/.test(version)) {
				throw new Error(
					`scripts/build/plugins.mjs instantiates yoga-layout 3.2.x synchronously, but this is ${version}: re-check its loader`,
				);
			}

			isYogaReplaced = true;
			return {
				contents: [
					"import {readFileSync} from 'node:fs';",
					"import loadYoga from '../binaries/yoga-wasm-base64-esm.js';",
					"import wrapAssembly from './wrapAssembly.js';",
					'const yogaModule = {',
					'    instantiateWasm(imports, receiveInstance) {',
					// dist/yoga.wasm, beside the bundle (`__dirname` is the bundle's directory).
					"        receiveInstance(new WebAssembly.Instance(new WebAssembly.Module(readFileSync(require('node:path').join(__dirname, 'yoga.wasm'))), imports));",
					'        return {};',
					'    },',
					'};',
					'void loadYoga(yogaModule);',
					'if (!yogaModule.calledRun) {',
					"    throw new Error('yoga-layout did not initialise synchronously');",
					'}',
					'const Yoga = wrapAssembly(yogaModule);',
					'export default Yoga;',
					"export * from './generated/YGEnums.js';",
				].join('\n'),
				loader: 'js',
				resolveDir: path.dirname(file),
			};
		});
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
	'ajv/dist/2020.js':
		"export class Ajv2020 { constructor() { throw new Error('paper-tui: ajv is not bundled (conf schemas are unused)'); } }",
	'ajv-formats': "export default {default() { throw new Error('paper-tui: ajv-formats is not bundled'); }};",
};
const unusedModuleStubs = {
	name: 'unused-module-stubs',
	setup(builder) {
		const filter = new RegExp(
			`^(${Object.keys(stubs)
				.map(name => name.replaceAll(/[./]/g, character => `\\${character}`))
				.join('|')})$`,
		);
		builder.onResolve({filter}, ({path: name}) => ({path: name, namespace: 'stub'}));
		builder.onLoad({filter: /.*/, namespace: 'stub'}, ({path: name}) => ({contents: stubs[name], loader: 'js'}));
	},
};

/**
Every `string-width` in the bundle (Ink's, and wrap-ansi's and cli-truncate's own copies) becomes
one function: src/render/character-width.ts answers for plain text, and string-width 8, loaded on
first need, for the rest. One width function also keeps wrapping and measuring in agreement.
*/

let isStringWidthReplaced = false;
const lazyStringWidth = {
	name: 'lazy-string-width',
	setup(builder) {
		builder.onResolve({filter: /^string-width$/}, ({namespace}) =>
			namespace === 'string-width' ? undefined : {path: 'string-width', namespace: 'string-width'},
		);
		builder.onLoad({filter: /.*/, namespace: 'string-width'}, () => {
			isStringWidthReplaced = true;
			return {
				contents: [
					`import {narrowTextWidth} from ${JSON.stringify(narrowText)};`,
					'let fullStringWidth;',
					'export default function stringWidth(text, options) {',
					"    if (options === undefined && typeof text === 'string') {",
					'        const width = narrowTextWidth(text);',
					'        if (width !== undefined) {',
					'            return width;',
					'        }',
					'    }',
					"    fullStringWidth ??= require('string-width').default;",
					'    return fullStringWidth(text, options);',
					'}',
				].join('\n'),
				loader: 'js',
				resolveDir: process.cwd(),
			};
		});
	},
};

/** The plugins of the main bundle, and a check, after building, that each of them did its work. */
export function bundlePlugins() {
	return [inkModuleReplacement, sourcePatchPlugin, synchronousYoga, lazyStringWidth, unusedModuleStubs];
}

export function assertPluginsApplied() {
	for (const patch of sourcePatches) {
		if (!patch.isApplied) {
			throw new Error(`The build patch for ${patch.file} matched no file in the bundle`);
		}
	}

	for (const replacement of inkReplacements) {
		if (!replacement.isApplied) {
			throw new Error(`The bundle has no ${replacement.file} any more: ${replacement.ours} replaced nothing`);
		}
	}

	if (!isStringWidthReplaced) {
		throw new Error('nothing in the bundle imports string-width any more: the lazy string-width is unused');
	}

	if (!isYogaReplaced) {
		throw new Error('the bundle does not contain yoga-layout/dist/src/index.js any more: nothing was made synchronous');
	}
}

/**
Ink as the bundle has it, for vitest (vitest.config.ts inlines ink, ink-testing-library and
ink-text-input, so that vite loads Ink's modules and this plugin sees them): Ink's Output is
src/render/output.ts, and the literal patches above to Ink's own files apply, so the component
tests draw their frames with the renderer users run. Two differences from the bundle, both
outside what ink-testing-library exercises:
- Ink's log-update.js stays Ink's own: ink-testing-library renders in Ink's debug mode, which
  writes whole frames and never calls log-update, and test/render compares src/render's
  incremental renderer with Ink's own log-update.
- Modules outside Ink (the tokenizers' segmenters, string-width, yoga, terminal-size, signal-exit)
  load as they are: they change how fast the bundle starts, not what it draws.
Only Ink's renderer imports `./output.js` this way, so test/render/output.test.ts, which imports
Ink's Output by its path, still compares ours with Ink's.
*/
export function inkAsBundledForTests() {
	const inkFile = /[\\/]node_modules[\\/]ink[\\/]build[\\/][^?]*\.js$/;
	const inlinedFile = /[\\/]node_modules[\\/]ink(?:-testing-library|-text-input)?[\\/]build[\\/][^?]*\.js$/;
	const patches = sourcePatches.filter(patch => patch.file.source.startsWith('ink') && !patch.file.test('ink/build/log-update.js'));
	const [output] = inkReplacements;
	return {
		name: 'ink-as-bundled-for-tests',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== './output.js' || importer === undefined || !/ink[\\/]build[\\/]renderer\.js$/.test(importer)) return undefined;
			assertInkItIsWrittenFor(output, importer);
			return output.ours;
		},
		load(id) {
			// These packages' builds name source maps of sources they do not ship: vite would warn of each.
			if (!inlinedFile.test(id)) return undefined;
			return {code: readFileSync(id, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, ''), map: null};
		},
		transform(code, id) {
			if (!inkFile.test(id)) return undefined;
			const patch = patches.find(candidate => candidate.file.test(id));
			return patch === undefined ? undefined : {code: applyPatch(patch, id, code), map: null};
		},
	};
}
