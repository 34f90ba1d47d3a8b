// Writes the V8 code cache that dist/cli.js starts from: runs the freshly built explorer in a
// pseudo-terminal the way a user starts it (first frame, a few moves, a search, quit), so that the
// cache holds every function of that path already compiled, then checks that V8 accepts it.
import {mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Script} from 'node:vm';

/**
How dist/cli.js wraps the bundle to run it (as Node's CommonJS loader does, plus the bundle's URL):
V8 accepts a cache only for the very source it was made from, wrapper included.
*/
export const wrapperStart = '(function (exports, require, module, __filename, __dirname, __bundleUrl) {';
export const wrapperEnd = '\n})';

/** Whether V8 accepts `cachePath` as the code cache of the bundle at `bundlePath`. */
export function isCodeCacheAccepted(bundlePath, cachePath) {
	const script = new Script(wrapperStart + readFileSync(bundlePath, 'utf8') + wrapperEnd, {
		filename: bundlePath,
		cachedData: readFileSync(cachePath),
	});
	return script.cachedDataRejected === false;
}

const sleep = ms =>
	new Promise(resolve => {
		setTimeout(resolve, ms);
	});

/** The environment of the warm-up run: no CI variables (Ink would draw as if in CI), a throwaway config. */
function warmUpEnvironment(configDir) {
	const environment = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && name !== 'CI' && name !== 'CONTINUOUS_INTEGRATION' && !name.startsWith('CI_')) {
			environment[name] = value;
		}
	}

	// The explorer acknowledges each read of input once handled and drawn (src/explorer/acknowledgements.ts).
	return {
		...environment,
		TERM: 'xterm-256color',
		PAPER_TUI_CONFIG_DIR: configDir,
		XDG_CONFIG_HOME: configDir,
		PAPER_TUI_TEST_ACKNOWLEDGE: '1',
	};
}

/** Runs `launcher` (the build's cache-writing copy of dist/cli.js) once in a 120x40 pty; it writes its code cache as it exits. */
async function warmUp(launcher) {
	// A dev dependency: without it the build goes on, without a cache.
	const {default: nodePty} = await import('node-pty');
	const configDir = mkdtempSync(path.join(tmpdir(), 'paper-tui-build-'));
	const app = nodePty.spawn(process.execPath, [path.resolve(launcher)], {
		name: 'xterm-256color',
		cols: 120,
		rows: 40,
		env: warmUpEnvironment(configDir),
	});
	let output = '';
	let hasExited = false;
	const exit = new Promise(resolve => {
		app.onExit(result => {
			hasExited = true;
			resolve(result);
		});
	});
	app.onData(chunk => {
		output += chunk;
	});
	const waitFor = async (text, what) => {
		const deadline = Date.now() + 15_000;
		while (!output.includes(text)) {
			if (hasExited || Date.now() > deadline) {
				throw new Error(`code cache warm-up: ${what} never appeared. The screen so far:\n${output.slice(-2000)}`);
			}

			await sleep(10);
		}
	};

	try {
		await waitFor('\u001B[?2026l', 'the first frame');
		// The search index and the bookmark store load after the first frame.
		await sleep(300);
		// Each key is handled, and its frame drawn, before the next is written (the explorer
		// acknowledges the bytes it handled; 10 s at most): on a busy machine keys written on a timer
		// arrive together, and Esc followed by `?` in one read is Alt-?.
		const acknowledged = () => Number(/\u001B\]5522;input;(\d+)\u0007(?!.*\u001B\]5522;input;)/s.exec(output)?.[1] ?? 0);
		let written = 0;
		for (const key of ['j', 'j', 'k', 'G', 'g', '\t', 'j', '\t', '/', 'l', 'o', 'r', 'a', '\u001B', '\u001B', '?', '?', 'q']) {
			app.write(key);
			written += Buffer.byteLength(key);
			const deadline = Date.now() + 10_000;
			while (acknowledged() < written && !hasExited && Date.now() < deadline) {
				await sleep(5);
			}
		}

		// The timer is cleared once the explorer exits: a pending one would keep the build alive 10 s more.
		let timer;
		const timeout = new Promise(resolve => {
			timer = setTimeout(() => {
				resolve({exitCode: 'none (timed out)'});
			}, 10_000);
		});
		const {exitCode} = await Promise.race([exit, timeout]).finally(() => {
			clearTimeout(timer);
		});
		if (exitCode !== 0) {
			throw new Error(`code cache warm-up: the explorer exited with ${exitCode}. The screen:\n${output.slice(-2000)}`);
		}
	} finally {
		app.kill();
		rmSync(configDir, {recursive: true, force: true});
	}
}

/**
 * Writes `cachePath` by running `launcher`, a copy of dist/cli.js built to write its cache on exit
 * (see scripts/build/launcher.js), then checks that V8 accepts it for `bundlePath` when wrapped as
 * the launcher wraps it.
 */
export async function writeCodeCache({launcher, bundlePath, cachePath}) {
	await warmUp(launcher);
	if (!isCodeCacheAccepted(bundlePath, cachePath)) {
		throw new Error(`V8 rejected the code cache just written to ${cachePath}`);
	}

	return statSync(cachePath).size;
}
