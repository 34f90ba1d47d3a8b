import {readdirSync, readFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

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

const cores = availableParallelism();

/**
 * Unit workers: one more than the cores. A unit worker also waits (for the main process to
 * transform a module, for the event loop's turns in the component tests), and a third worker on
 * the 2-core machine took test:unit from 33 s to 21 s.
 */
const unitWorkers = cores + 1;

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
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
