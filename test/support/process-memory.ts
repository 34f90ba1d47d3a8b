import {readFileSync} from 'node:fs';

/**
 * Peak resident set size of a live process in kilobytes (`VmHWM` in `/proc/<pid>/status`),
 * or `undefined` where /proc is unavailable or the process is gone.
 */
export function readPeakRssKilobytes(pid: number): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
		return match?.[1] === undefined ? undefined : Number(match[1]);
	} catch {
		return undefined;
	}
}
