import {defineConfig} from 'vitest/config';

/** Tests that run the built program (`dist/`): the CLI and the explorer in a real pty. */
const builtProgramTests = ['test/cli/**/*.test.ts', 'test/e2e/**/*.test.ts'];

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: builtProgramTests},
			},
			{
				extends: true,
				test: {name: 'built', include: builtProgramTests},
			},
		],
	},
});
