import {defineConfig} from 'vitest/config';

/**
 * Tests that run whole processes: the built program (`dist/`: the CLI, and the explorer in a
 * real pty, tmux or over ssh) and the bookmark store's multi-process crash and concurrency runs.
 * `npm run test:unit` runs everything else, in seconds and without a build.
 */
const processTests = [
	'test/cli/**/*.test.ts',
	'test/e2e/**/*.test.ts',
	'test/bookmarks/crash.test.ts',
	'test/bookmarks/concurrency.test.ts',
];

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: processTests},
			},
			{
				extends: true,
				test: {name: 'processes', include: processTests},
			},
		],
	},
});
