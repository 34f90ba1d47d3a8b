// Runs npm scripts side by side and prints each one's output whole, in the order given, once it
// has ended; exits 1 if any failed. `npm test` runs the typecheck and the linter this way: neither
// waits on the other, and each is one process on one core.
import {spawn} from 'node:child_process';

const names = process.argv.slice(2);
const runs = names.map(
	name =>
		new Promise(resolve => {
			const child = spawn('npm', ['run', name], {stdio: ['ignore', 'pipe', 'pipe']});
			const chunks = [];
			child.stdout.on('data', chunk => chunks.push(chunk));
			child.stderr.on('data', chunk => chunks.push(chunk));
			child.on('error', error => resolve({name, code: 1, output: Buffer.from(`${error.message}\n`)}));
			child.on('close', code => resolve({name, code: code ?? 1, output: Buffer.concat(chunks)}));
		}),
);

let failed = false;
for (const run of runs) {
	const {name, code, output} = await run;
	process.stdout.write(output);
	if (code !== 0) {
		failed = true;
		process.stderr.write(`npm run ${name} failed (exit ${code})\n`);
	}
}
process.exitCode = failed ? 1 : 0;
