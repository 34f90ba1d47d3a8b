import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {isCodeCacheAccepted} from '../../scripts/build/code-cache.mjs';
import {cliPath, runCli} from './run-cli.js';

const distDir = path.dirname(cliPath);

describe('the built program starts from its code cache (npm test builds first)', () => {
	const launcher = readFileSync(cliPath, 'utf8');
	const cacheName = /path\.join\(__dirname, "([^"]+\.cache)"\)/.exec(launcher)?.[1];

	it('names a cache that the build wrote beside the bundle, and no other', () => {
		expect(cacheName).toMatch(/^paper-tui-[\da-f]{12}\.cache$/);
		expect(readdirSync(distDir).filter(name => name.endsWith('.cache'))).toEqual([cacheName]);
	});

	it('has a cache that this Node.js accepts for the bundle', () => {
		expect(isCodeCacheAccepted(path.join(distDir, 'paper-tui.cjs'), path.join(distDir, cacheName!))).toBe(true);
	});

	it('runs the same without the cache', async () => {
		const withCache = await runCli(['show', 'improving-large-language-model-fine-tuning-for-solving-math']);
		const without = await runCli(['show', 'improving-large-language-model-fine-tuning-for-solving-math'], {
			env: {PAPER_TUI_CODE_CACHE: 'off'},
		});
		expect(without).toEqual(withCache);
		expect(withCache.code).toBe(0);
		expect(withCache.stdout).toContain('Improving Large Language Model');
	});
});
