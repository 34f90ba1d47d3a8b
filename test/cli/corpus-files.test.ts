import {execFileSync} from 'node:child_process';
import {createWriteStream, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:net';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {linesOf, runCli, stackTraceLine, temporaryDirectory} from './run-cli.js';

const scratch = temporaryDirectory('paper-tui-corpus-files-');
const fifoPath = path.join(scratch, 'papers.fifo');
const socketPath = path.join(scratch, 'papers.sock');
const directoryPath = path.join(scratch, 'papers.jsonl');
const hugePath = path.join(scratch, 'huge.json');

/** How long a refusal may take at most before the test calls it a hang (the program is killed). */
const hangAfterMs = 30_000;

const refusals: ReadonlyArray<readonly [name: string, file: string, says: string]> = [
	['/dev/zero (which never ends)', '/dev/zero', 'is a device, not a regular file; save the corpus to a file and give its path'],
	[
		'a named pipe without a writer (which would block for ever)',
		fifoPath,
		'is a named pipe, not a regular file; save the corpus to a file and give its path',
	],
	['a Unix socket', socketPath, 'is a socket, not a regular file; save the corpus to a file and give its path'],
	[
		'a directory named like a corpus',
		directoryPath,
		'is a directory; give the path of a corpus file (a corpus is a BibTeX file, a JSON array of papers, JSON Lines, or page text)',
	],
	[
		'a file larger than 256 MB',
		hugePath,
		'file is 300 MB; a corpus file may be at most 256 MB (split it and give each part with its own --corpus)',
	],
];

describe('--corpus that is not a regular file, or is too large', () => {
	let server: Server;
	beforeAll(async () => {
		execFileSync('mkfifo', [fifoPath]);
		mkdirSync(directoryPath);
		writeFileSync(hugePath, '');
		truncateSync(hugePath, 300 * 1024 * 1024);
		server = createServer();
		await new Promise<void>(resolve => {
			server.listen(socketPath, resolve);
		});
	});
	afterAll(() => {
		server.close();
	});

	it.each(refusals)('refuses %s at once: exit 2 and one line naming it', async (_name, file, says) => {
		const result = await runCli(['--corpus', file, 'list'], {timeoutMs: hangAfterMs});
		expect(result.signal, 'the program hung and was killed').toBeNull();
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).not.toMatch(stackTraceLine);
		expect(linesOf(result.stderr)).toEqual([`paper-tui: ${file}: ${says}`]);
	});
});

/** Writes a JSON Lines corpus of about `bytes` bytes of plausible papers; resolves with the paper count. */
async function writeLargeJsonLines(file: string, bytes: number): Promise<number> {
	const words = 'continual learning adapters forgetting rank low merging tasks benchmark language model'.split(' ');
	const stream = createWriteStream(file);
	let written = 0;
	let count = 0;
	while (written < bytes) {
		const abstract = Array.from({length: 160}, (_, index) => words[(count * 7 + index * 13) % words.length]).join(' ');
		const line = `${JSON.stringify({title: `Paper ${count} on ${words[count % words.length]}`, abstract, authors: ['Ada Lovelace'], year: 2000 + (count % 25)})}\n`;
		written += line.length;
		count++;
		if (!stream.write(line)) {
			await new Promise<void>(resolve => {
				stream.once('drain', () => resolve());
			});
		}
	}

	await new Promise<void>(resolve => {
		stream.end(() => resolve());
	});
	return count;
}

describe('a large JSON Lines corpus', () => {
	it('is listed without holding the file in memory: peak RSS grows by less than 3x the file size', {timeout: 180_000}, async () => {
		const large = path.join(scratch, 'large.jsonl');
		const small = path.join(scratch, 'small.jsonl');
		const count = await writeLargeJsonLines(large, 50 * 1024 * 1024);
		await writeLargeJsonLines(small, 1000);
		const fileSize = statSync(large).size;
		// Each run writes its peak resident set size (in KB) when it exits.
		const hook = path.join(scratch, 'peak-rss.cjs');
		writeFileSync(
			hook,
			"process.on('exit', () => require('fs').writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
		);
		const peakRssBytes = async (corpus: string): Promise<{bytes: number; output: string}> => {
			const report = path.join(scratch, `${path.basename(corpus)}.rss`);
			const result = await runCli(['--corpus', corpus, 'list'], {env: {NODE_OPTIONS: `--require ${hook}`, PEAK_RSS_FILE: report}});
			expect(result.code, result.stderr).toBe(0);
			return {bytes: Number(readFileSync(report, 'utf8')) * 1024, output: result.stdout};
		};

		const baseline = await peakRssBytes(small);
		const measured = await peakRssBytes(large);
		expect(measured.output).toContain(`${count}. Paper ${count - 1} on `);
		// Reading the whole file first (text, its lines and every parsed record) took 3.6x.
		expect(measured.bytes - baseline.bytes).toBeLessThan(3 * fileSize);
	});
});
