import {readdirSync, readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';
import {BaseSequencer, type TestSpecification} from 'vitest/node';
import {inkAsBundledForTests} from './scripts/build/plugins.mjs';

/** Every test file, as `test/…` paths. */
const testFiles = (readdirSync('test', {recursive: true, encoding: 'utf8'}) as string[])
	.map(file => `test/${file.replaceAll('\\', '/')}`)
	.filter(file => /\.test\.tsx?$/.test(file));

/**
 * A test file that starts Node itself (`process.execPath`: a script through tsx, a bundle, a
 * child that exits in the middle of a write) belongs with the process tests, wherever it lives.
 */
const startsNode = /\bprocess\.execPath\b/;

/**
 * Tests that run whole processes: the built program (`dist/`: the CLI, and the explorer in a
 * real pty, tmux or over ssh), the bookmark store's multi-process crash and concurrency runs, and
 * any other file that starts Node. `npm run test:unit` runs everything else, in seconds and
 * without a build.
 */
const processTests = [
	'test/cli/**/*.test.ts',
	'test/e2e/**/*.test.ts',
	'test/bookmarks/crash.test.ts',
	'test/bookmarks/concurrency.test.ts',
	...testFiles.filter(file => startsNode.test(readFileSync(file, 'utf8'))),
];

/**
 * What makes a unit test file need a fresh module graph of its own: it mocks or re-imports
 * modules (`vi.mock`, `vi.doMock`, `vi.hoisted`, `vi.resetModules`) or sets a variable of
 * `process.env` by hand (libraries such as chalk read it once, on import).
 */
const needsIsolation = /\bvi\.(?:mock|doMock|hoisted|resetModules)\(|process\.env(?:\[[^\]]+\]|\.\w+)\s*=(?!=)|delete process\.env/;

/** The test files that match `needsIsolation` (the project `unit-isolated` leaves out the process tests). */
const isolatedUnitTests = testFiles.filter(file => needsIsolation.test(readFileSync(file, 'utf8')));

/**
 * The slowest process test files, slowest first (2-core machine, quiet): 21, 19, 11, 11, 10, 9 and
 * 9 s of the project's 180 s. They start first, so that no long file is left running alone on one
 * worker at the end while the other has nothing left to do. vitest's own order puts the files that
 * took longest last time first, but a fresh clone (CI) has no such record and gets the largest
 * files first, which left the bookmark concurrency test (21 s, a small file) to the very end.
 */
const slowestFiles = [
	'test/bookmarks/concurrency.test.ts',
	'test/e2e/resize-repaint.test.ts',
	'test/bookmarks/crash.test.ts',
	'test/e2e/hostile-keys.test.ts',
	'test/e2e/signals.test.ts',
	'test/e2e/explorer.test.ts',
	'test/e2e/tags.test.ts',
];

/** vitest's order (project by project), with `slowestFiles` moved to the front of their project. */
class SlowestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => {
			const index = slowestFiles.findIndex(slow => file.moduleId.endsWith(`/${slow}`));
			return index === -1 ? slowestFiles.length : index;
		};
		// Array sort is stable: files keep vitest's order within their project and rank.
		return (await super.sort(files)).sort(
			(a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b),
		);
	}
}

const cores = availableParallelism();

/**
 * Unit workers: one more than the cores. A unit worker also waits (for the main process to
 * transform a module, for the event loop's turns in the component tests), and a third worker on
 * the 2-core machine took test:unit from 33 s to 21 s.
 */
const unitWorkers = cores + 1;

/**
 * The unit projects load React and its reconciler as the bundle does, in their production build.
 * React 19's development build records a stack trace for every element it creates (owner stacks),
 * which was a quarter of the component tests' time; `dist/` is built with NODE_ENV=production
 * (scripts/build.mjs), so the tests now run the React that users run. The rules of hooks, which
 * the development build checks as it renders, are ESLint's `react-hooks` rules (`npm run lint`).
 */
const reactAsBundled = {NODE_ENV: 'production'};

/**
 * Node options of the unit workers. A unit worker allocates fast and keeps little (frames,
 * generated corpora, indexes built for one test): a 64 MB young generation, instead of V8's 16 MB,
 * lets most of it die there without being copied out. test:unit took 44 s of CPU instead of 50-53.
 */
const unitWorkerArgv = ['--max-semi-space-size=64'];

/**
 * Ink, and the two packages that import it, loaded through vite (not by Node), so that
 * `inkAsBundledForTests` gives the component tests Ink as the bundle has it: src/render's Output
 * and the build's patches to Ink's files. Drawing a frame with src/render's Output also took the
 * component tests (test/ui) from 22 s of test time to 9 s.
 */
const inkAsBundled = {deps: {inline: ['ink', 'ink-testing-library', 'ink-text-input']}};

/** What both unit projects run with (above). */
const asBundled = {env: reactAsBundled, execArgv: unitWorkerArgv, server: inkAsBundled};

export default defineConfig({
	// JSX compiles to React's production runtime (jsx, not jsxDEV), to match reactAsBundled.
	oxc: {jsx: {development: false}},
	plugins: [inkAsBundledForTests()],
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// Modules as vite transformed them are kept in node_modules/.experimental-vitest-cache, keyed by
		// their source, this config and the files it imports (scripts/build/plugins.mjs included), and
		// dropped when the lockfile changes: a second `npm run test:unit` transforms nothing again.
		experimental: {fsModuleCache: true},
		sequence: {sequencer: SlowestFirst},
		projects: [
			{
				// Most unit files share their workers' module graph (isolate: false): ink, react, xterm,
				// lunr and TypeScript are imported once per worker instead of once per file, which was most
				// of `npm run test:unit`'s time. Each file still gets fresh mocks and config (vitest resets
				// them between files); a file that needs fresh modules lands in `unit-isolated` by itself.
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
					exclude: [...processTests, ...isolatedUnitTests],
					isolate: false,
					...asBundled,
					// vitest's default (cores - 1) left one of the two cores idle; see unitWorkers.
					maxWorkers: unitWorkers,
					// Projects with different settings run one after another; a worker is reused only while
					// the next file in the queue belongs to the same project.
					sequence: {groupOrder: 0},
				},
			},
			{
				extends: true,
				test: {
					name: 'unit-isolated',
					...asBundled,
					include: isolatedUnitTests,
					exclude: processTests,
					maxWorkers: unitWorkers,
					sequence: {groupOrder: 1},
				},
			},
			{
				extends: true,
				test: {name: 'processes', include: processTests, maxWorkers: cores, sequence: {groupOrder: 2}},
			},
		],
	},
});
