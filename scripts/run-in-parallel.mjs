// Runs npm scripts side by side and prints each one's output whole, in the order given, once it
// has ended; exits 1 if any failed.
//
//   node scripts/run-in-parallel.mjs NAME... [-- FOREGROUND...]
//
// With `--`, the FOREGROUND scripts run one after another meanwhile (stopping at the first that
// fails), their output shown as it comes, and the side scripts run at the lowest CPU priority
// (`nice -n 19`): they take the cores only when the foreground leaves them idle. `npm test` runs
// the typecheck and the linter this way beside the build and the tests, whose pty tests spend
// much of their time waiting on the programs they drive.
import {spawn} from 'node:child_process';

const separator = process.argv.indexOf('--', 2);
const names = process.argv.slice(2, separator === -1 ? undefined : separator);
const foreground = separator === -1 ? [] : process.argv.slice(separator + 1);
const lowPriority = foreground.length > 0;

const runs = names.map(
	name =>
		new Promise(resolve => {
			const [command, args] = lowPriority ? ['nice', ['-n', '19', 'npm', 'run', name]] : ['npm', ['run', name]];
			const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']});
			const chunks = [];
			child.stdout.on('data', chunk => chunks.push(chunk));
			child.stderr.on('data', chunk => chunks.push(chunk));
			child.on('error', error => resolve({name, code: 1, output: Buffer.from(`${error.message}\n`)}));
			child.on('close', code => resolve({name, code: code ?? 1, output: Buffer.concat(chunks)}));
		}),
);

let failed = false;
for (const name of foreground) {
	const code = await new Promise(resolve => {
		const child = spawn('npm', ['run', name], {stdio: 'inherit'});
		child.on('error', () => resolve(1));
		child.on('close', exitCode => resolve(exitCode ?? 1));
	});
	if (code !== 0) {
		failed = true;
		process.stderr.write(`npm run ${name} failed (exit ${code})\n`);
		break;
	}
}

for (const run of runs) {
	const {name, code, output} = await run;
	process.stdout.write(output);
	if (code !== 0) {
		failed = true;
		process.stderr.write(`npm run ${name} failed (exit ${code})\n`);
	}
}
process.exitCode = failed ? 1 : 0;
