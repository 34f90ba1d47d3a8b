import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createConnection, createServer} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {builtCliPath, repositoryRoot, startApp, type PtyApp} from '../support/pty-app.js';
import {corpus, pause, waitForStatus} from './explorer-session.js';

const sshdPath = '/usr/sbin/sshd';
const hasSshd = existsSync(sshdPath);

/** A free TCP port on loopback (sshd has no "port 0"). */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				resolve(typeof address === 'object' && address !== null ? address.port : 0);
			});
		});
	});
}

/** Resolves once something accepts connections on `port`, or rejects after `timeoutMs`. */
async function waitForListener(port: number, sshd: ChildProcess, log: () => string, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const isOpen = await new Promise<boolean>(resolve => {
			const socket = createConnection({host: '127.0.0.1', port}, () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (isOpen) return;
		if (sshd.exitCode !== null || Date.now() > deadline) throw new Error(`sshd did not start on port ${port}:\n${log()}`);
		await pause(50);
	}
}

/** Pids of running processes whose command line contains `text`. */
function processesWith(text: string): number[] {
	return readdirSync('/proc')
		.filter(name => /^\d+$/.test(name))
		.filter(pid => {
			try {
				return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** Bytes the process has read so far, from any file (`rchar` in /proc/PID/io). */
function bytesRead(pid: number): number {
	return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? Number.NaN);
}

describe.skipIf(!hasSshd)(
	hasSshd ? 'over a real SSH connection' : `over a real SSH connection: skipped, ${sshdPath} is not installed`,
	() => {
		let directory = '';
		let port = 0;
		let sshd: ChildProcess | undefined;
		let sshdLog = '';
		const apps: PtyApp[] = [];

		beforeAll(async () => {
			directory = mkdtempSync(path.join(tmpdir(), 'paper-tui-sshd-'));
			const hostKey = path.join(directory, 'host_ed25519');
			const clientKey = path.join(directory, 'client_ed25519');
			execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey]);
			execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', clientKey]);
			writeFileSync(path.join(directory, 'authorized_keys'), readFileSync(`${clientKey}.pub`));
			// sshd refuses to start without its privilege separation directory.
			mkdirSync('/run/sshd', {recursive: true, mode: 0o755});
			port = await freePort();
			const config = path.join(directory, 'sshd_config');
			writeFileSync(
				config,
				[
					`Port ${port}`,
					'ListenAddress 127.0.0.1',
					`HostKey ${hostKey}`,
					`AuthorizedKeysFile ${path.join(directory, 'authorized_keys')}`,
					`PidFile ${path.join(directory, 'sshd.pid')}`,
					'StrictModes no',
					'UsePAM no',
					'PermitRootLogin yes',
					'PasswordAuthentication no',
					'KbdInteractiveAuthentication no',
					'PubkeyAuthentication yes',
					'PrintMotd no',
					'PrintLastLog no',
					'',
				].join('\n'),
			);
			sshd = spawn(sshdPath, ['-D', '-e', '-f', config], {stdio: ['ignore', 'ignore', 'pipe']});
			sshd.stderr?.on('data', (chunk: Buffer) => {
				sshdLog += chunk.toString();
			});
			await waitForListener(port, sshd, () => sshdLog);
		}, 30_000);

		afterEach(() => {
			for (const app of apps.splice(0)) app.dispose();
		});

		afterAll(async () => {
			if (sshd && sshd.exitCode === null) {
				const exited = new Promise(resolve => sshd!.once('exit', resolve));
				sshd.kill('SIGTERM');
				await Promise.race([exited, pause(5000)]);
				if (sshd.exitCode === null) sshd.kill('SIGKILL');
			}
			if (directory) rmSync(directory, {recursive: true, force: true});
		});

		/** `ssh -tt` into loopback, running the built explorer with `configDir`, in a pty of its own. */
		async function openOverSsh(configDir: string): Promise<PtyApp> {
			const remoteCommand = `cd ${repositoryRoot} && exec env -u CI TERM=xterm-256color ${process.execPath} ${builtCliPath} --config-dir ${configDir}`;
			const app = await startApp({
				command: 'ssh',
				commandArgs: [
					'-tt',
					'-p',
					String(port),
					'-i',
					path.join(directory, 'client_ed25519'),
					'-o',
					'StrictHostKeyChecking=no',
					'-o',
					'UserKnownHostsFile=/dev/null',
					'-o',
					'LogLevel=ERROR',
					'-o',
					'BatchMode=yes',
					'root@127.0.0.1',
					remoteCommand,
				],
				cols: 120,
				rows: 40,
				configDir,
			});
			apps.push(app);
			await waitForStatus(app, `1/${corpus.total}`);
			return app;
		}

		test('the ssh client killed 5 ms after b: the bookmark is on disk, nothing is left behind, the explorer has exited', async () => {
			const configDir = path.join(directory, 'config-b');
			mkdirSync(configDir);
			const app = await openOverSsh(configDir);
			const [remotePid] = processesWith(configDir);
			expect(remotePid, "the remote explorer's process").toBeDefined();
			// The store opens just after the first frame; then the explorer reads nothing until a key comes.
			await pause(300);
			const readBefore = bytesRead(remotePid!);
			app.press('b');
			await pause(5);
			// A key still in flight when the connection drops never reaches the program (the kernel
			// discards a hung-up terminal's unread input): kill the client 5 ms after b, or as soon
			// as the remote explorer has read it if that takes longer on a loaded machine.
			const readDeadline = Date.now() + 5000;
			while (bytesRead(remotePid!) === readBefore && Date.now() < readDeadline) await new Promise(resolve => setImmediate(resolve));
			app.kill('SIGKILL');
			await app.exit;

			// The remote explorer gets SIGHUP when sshd closes its terminal; wait for it to end.
			const deadline = Date.now() + 10_000;
			while (processesWith(configDir).length > 0 && Date.now() < deadline) await pause(50);
			expect(processesWith(configDir), 'the remote explorer is still running').toEqual([]);

			expect(readdirSync(configDir).filter(name => name.includes('.tmp-') || name.endsWith('.lock'))).toEqual([]);
			const document = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {bookmarks: {id: string}[]};
			expect(document.bookmarks.map(bookmark => bookmark.id)).toEqual([corpus.first.id]);
		});
	},
);
