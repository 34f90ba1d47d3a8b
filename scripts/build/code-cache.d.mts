// Types of scripts/build/code-cache.mjs.
export const wrapperStart: string;
export const wrapperEnd: string;
/** Whether V8 accepts `cachePath` as the code cache of the bundle at `bundlePath`. */
export function isCodeCacheAccepted(bundlePath: string, cachePath: string): boolean;
/** Runs the build's cache-writing copy of the launcher once in a pty to write its code cache; resolves with the cache's size in bytes. */
export function writeCodeCache(options: {launcher: string; bundlePath: string; cachePath: string}): Promise<number>;
