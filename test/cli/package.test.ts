import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildChildEnvironment} from '../support/child-env.js';
import {startApp, type PtyApp} from '../support/pty-app.js';
import {repoRoot} from './run-cli.js';

const runFile = promisify(execFile);
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {name: string; version: string};

/** What `npm pack --json` reports about one tarball. */
interface PackReport {
	readonly filename: string;
	readonly files: {readonly path: string}[];
}

/** The files of the built dist/ that belong in the package, and nothing else. */
const distFile =
	/^dist\/(?:cli\.js|package\.json|paper-tui\.cjs|highlight-citation\.cjs|search-worker\.cjs|bibtex-library\.cjs|xml-library\.cjs|yoga\.wasm|builtin-search-index\.json|paper-tui-[\da-f]{12}\.cache)$/;
const packedFile = /^(?:package\.json|README\.md|LICENSE(?:\.md)?|corpus\/[^/]+\.json)$/;

let workDirectory: string;
let tarball: PackReport;
let appDirectory: string;
let installedPackage: string;
let installedBin: string;
let app: PtyApp | undefined;

/**
 * npm's environment for these runs: nothing inherited from an `npm test` around us (npm_config_*
 * would point at the user's cache and registry), a cache of our own, no update check, offline.
 */
function npmEnvironment(): Record<string, string> {
	const environment: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && !/^npm_/i.test(name)) environment[name] = value;
	}

	const userConfig = path.join(workDirectory, 'npmrc');
	writeFileSync(userConfig, '');
	return {
		...environment,
		npm_config_cache: path.join(workDirectory, 'npm-cache'),
		npm_config_userconfig: userConfig,
		npm_config_update_notifier: 'false',
		npm_config_offline: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
	};
}

/** The program's environment: a person's terminal, a temp config, and no NODE_PATH or HOME folder to find packages in. */
function programEnvironment(overrides: Record<string, string> = {}): Record<string, string> {
	return buildChildEnvironment(process.env, path.join(workDirectory, 'config'), {
		NODE_PATH: '',
		HOME: path.join(workDirectory, 'home'),
		...overrides,
	});
}

/** Every file under `directory` (relative path → sha256 of its bytes), sorted by path. */
function fingerprint(directory: string): Record<string, string> {
	const entries: [string, string][] = [];
	for (const entry of readdirSync(directory, {recursive: true, withFileTypes: true})) {
		if (entry.isFile() || entry.isSymbolicLink()) {
			const file = path.join(entry.parentPath, entry.name);
			entries.push([path.relative(directory, file), createHash('sha256').update(readFileSync(file)).digest('hex')]);
		}
	}

	return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

beforeAll(async () => {
	workDirectory = mkdtempSync(path.join(tmpdir(), 'paper-tui-package-'));
	mkdirSync(path.join(workDirectory, 'config'));
	mkdirSync(path.join(workDirectory, 'home'));
	const env = npmEnvironment();
	// `npm test` has just built dist/; --ignore-scripts packs that build rather than building again.
	const {stdout} = await runFile('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDirectory], {cwd: repoRoot, env});
	const [report] = JSON.parse(stdout) as PackReport[];
	if (report === undefined) throw new Error(`npm pack reported no tarball: ${stdout}`);
	tarball = report;

	appDirectory = path.join(workDirectory, 'app');
	mkdirSync(appDirectory);
	await runFile('npm', ['install', '--omit=dev', '--offline', path.join(workDirectory, tarball.filename)], {cwd: appDirectory, env});
	installedPackage = path.join(appDirectory, 'node_modules', packageJson.name);
	installedBin = path.join(appDirectory, 'node_modules', '.bin', 'paper-tui');
}, 60_000);

afterAll(() => {
	app?.dispose();
	if (workDirectory !== undefined) rmSync(workDirectory, {recursive: true, force: true});
});

describe('the packed package (npm pack)', () => {
	it('holds the built dist/, the corpus, package.json and README, and nothing else', () => {
		const files = tarball.files.map(file => file.path).sort();
		expect(files.filter(file => !distFile.test(file) && !packedFile.test(file))).toEqual([]);
		for (const file of [
			'dist/cli.js',
			'dist/paper-tui.cjs',
			'dist/search-worker.cjs',
			'dist/package.json',
			'corpus/papers.json',
			'package.json',
			'README.md',
		]) {
			expect(files).toContain(file);
		}

		expect(files.filter(file => file.endsWith('.cache'))).toHaveLength(1);
	});

	it('declares no runtime dependencies and no install scripts', () => {
		const manifest = JSON.parse(readFileSync(path.join(installedPackage, 'package.json'), 'utf8')) as Record<string, unknown>;
		for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
			expect(manifest[field], field).toBeUndefined();
		}

		const scripts = (manifest['scripts'] ?? {}) as Record<string, string>;
		expect(Object.keys(scripts).filter(name => ['preinstall', 'install', 'postinstall'].includes(name))).toEqual([]);
	});
});

describe('the package installed from its tarball alone, offline, with --omit=dev', () => {
	it('installs paper-tui and no other package, with no node_modules above the folder to borrow from', () => {
		expect(
			readdirSync(path.join(appDirectory, 'node_modules'))
				.filter(name => !name.startsWith('.'))
				.sort(),
		).toEqual([packageJson.name]);
		for (let directory = path.dirname(appDirectory); ; directory = path.dirname(directory)) {
			expect(existsSync(path.join(directory, 'node_modules')), directory).toBe(false);
			if (path.dirname(directory) === directory) break;
		}

		// Node's global folders (~/.node_modules, ~/.node_libraries, PREFIX/lib/node): the program
		// runs with HOME set to an empty folder and NODE_PATH empty; the last one must not exist.
		expect(existsSync(path.resolve(process.execPath, '..', '..', 'lib', 'node'))).toBe(false);
	});

	it('installs the prebuilt dist/ as packed (npm builds nothing for a tarball)', () => {
		const installed = Object.keys(fingerprint(installedPackage)).sort();
		expect(installed).toEqual(tarball.files.map(file => file.path).sort());
		expect(fingerprint(path.join(installedPackage, 'dist'))).toEqual(fingerprint(path.join(repoRoot, 'dist')));
	});

	it('answers --version from node_modules/.bin/paper-tui', async () => {
		const {stdout, stderr} = await runFile(installedBin, ['--version'], {cwd: appDirectory, env: programEnvironment()});
		expect(stdout).toBe(`${packageJson.version}\n`);
		expect(stderr).toBe('');
	});

	it('opens the explorer on the built-in corpus and quits with q', async () => {
		app = await startApp({
			command: installedBin,
			cwd: appDirectory,
			cols: 120,
			rows: 40,
			configDir: path.join(workDirectory, 'config'),
			env: {NODE_PATH: '', HOME: path.join(workDirectory, 'home')},
		});
		await app.waitForText(/^1\/77 /m, {timeoutMs: 20_000});
		expect(app.screenText()).toContain('Improving Large Language Model Fine-tuning for Solving Math Problems');
		app.press('q');
		expect(await app.exit).toEqual({exitCode: 0});
	});

	it('never writes into its own files, even with PAPER_TUI_CODE_CACHE=write', async () => {
		const before = fingerprint(installedPackage);
		for (const mode of ['write', 'off', '']) {
			const {stdout} = await runFile(installedBin, ['--version'], {
				cwd: appDirectory,
				env: programEnvironment({PAPER_TUI_CODE_CACHE: mode}),
			});
			expect(stdout).toBe(`${packageJson.version}\n`);
		}

		expect(fingerprint(installedPackage)).toEqual(before);
	});
});
