import {readFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildChildEnvironment} from '../support/child-env.js';
import {
	cliPath,
	linesOf,
	parseJson,
	repoRoot,
	runCli,
	stackTraceLine,
	temporaryDirectory,
	type CliResult,
	type PaperJson,
} from './run-cli.js';

const forgettingTitle = 'Understanding Catastrophic Forgetting in Language Models via Implicit Inference';
const paperWithLink = {
	id: 'multitask-vision-language-prompt-tuning',
	title: 'Multitask Vision-Language Prompt Tuning',
	link: 'https://github.com/sIncerass/MVLPT',
};
const usageLinePrefix = 'usage: paper-tui ';

interface PlainEntry {
	readonly rank: number;
	readonly title: string;
	readonly id: string;
}

/** Reads the plain list format back: "N. title" (wrapped, indented), then "   id: ID". */
function plainEntries(stdout: string): PlainEntry[] {
	const entries: PlainEntry[] = [];
	let current: {rank: number; title: string[]} | undefined;
	for (const line of linesOf(stdout)) {
		const heading = /^(\d+)\. (.*)$/.exec(line);
		const id = /^\s+id: (\S+)/.exec(line);
		if (heading) {
			current = {rank: Number(heading[1]), title: [heading[2]!]};
		} else if (id && current) {
			entries.push({rank: current.rank, title: current.title.join(' '), id: id[1]!});
			current = undefined;
		} else if (current) {
			current.title.push(line.trim());
		}
	}

	return entries;
}

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

describe('the built-in corpus through `list`', () => {
	let json: CliResult;
	let plain: CliResult;
	beforeAll(async () => {
		[json, plain] = await Promise.all([runCli(['list', '--json']), runCli(['list'])]);
	});

	it('`list --json` gives 77 papers with unique ids, non-empty abstracts and every record field', () => {
		expect(json.code).toBe(0);
		expect(json.stderr).toBe('');
		const papers = parseJson<PaperJson[]>(json);
		expect(papers).toHaveLength(77);
		expect(new Set(papers.map(paper => paper.id)).size).toBe(77);
		for (const paper of papers) {
			expect(Object.keys(paper)).toEqual(expect.arrayContaining(['id', 'title', 'authors', 'links', 'abstract']));
			expect(paper.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			expect(paper.title.trim()).not.toBe('');
			expect(paper.abstract.trim()).not.toBe('');
			expect(Array.isArray(paper.authors)).toBe(true);
			expect(Array.isArray(paper.links)).toBe(true);
		}
	});

	it('plain `list` numbers all 77 papers in corpus order with their ids, within 80 columns', () => {
		expect(plain.code).toBe(0);
		const entries = plainEntries(plain.stdout);
		const papers = parseJson<PaperJson[]>(json);
		expect(entries.map(entry => entry.rank)).toEqual(papers.map((_paper, index) => index + 1));
		expect(entries.map(entry => entry.id)).toEqual(papers.map(paper => paper.id));
		expect(entries.map(entry => entry.title)).toEqual(papers.map(paper => paper.title));
		for (const line of linesOf(plain.stdout)) {
			expect(line.length, line).toBeLessThanOrEqual(80);
		}
	});
});

describe('`search`', () => {
	it('ranks "Understanding Catastrophic Forgetting …" first for "catastrophic forgetting", plain and --json', async () => {
		const [plain, json] = await Promise.all([
			runCli(['search', 'catastrophic forgetting']),
			runCli(['search', 'catastrophic forgetting', '--json']),
		]);
		expect(plain.code).toBe(0);
		expect(plainEntries(plain.stdout)[0]?.title).toBe(forgettingTitle);
		expect(json.code).toBe(0);
		const hits = parseJson<Array<PaperJson & {rank: number; score: number}>>(json);
		expect(hits[0]).toMatchObject({rank: 1, title: forgettingTitle});
		expect(hits.map(hit => hit.rank)).toEqual(hits.map((_hit, index) => index + 1));
		expect(hits.map(hit => hit.title)).toEqual(plainEntries(plain.stdout).map(entry => entry.title));
	});

	it('puts LoRAMoE in the top three for "lora moe"', async () => {
		const result = await runCli(['search', 'lora moe', '--json']);
		expect(result.code).toBe(0);
		const topThree = parseJson<PaperJson[]>(result)
			.slice(0, 3)
			.map(hit => hit.title);
		expect(topThree.some(title => title.startsWith('LoRAMoE: '))).toBe(true);
	});

	it('treats the last word as a prefix: "cata" finds the catastrophic forgetting paper', async () => {
		const result = await runCli(['search', 'cata', '--json']);
		expect(result.code).toBe(0);
		expect(parseJson<PaperJson[]>(result).map(hit => hit.title)).toContain(forgettingTitle);
	});

	it('caps results with --limit, plain and --json', async () => {
		const [plain, json, unlimited] = await Promise.all([
			runCli(['search', 'language models', '--limit', '2']),
			runCli(['search', 'language models', '--limit', '2', '--json']),
			runCli(['search', 'language models', '--json']),
		]);
		expect(unlimited.code).toBe(0);
		expect(parseJson<unknown[]>(unlimited).length).toBeGreaterThan(2);
		expect(plain.code).toBe(0);
		expect(plainEntries(plain.stdout)).toHaveLength(2);
		expect(json.code).toBe(0);
		expect(parseJson<PaperJson[]>(json).map(hit => hit.id)).toEqual(
			parseJson<PaperJson[]>(unlimited)
				.slice(0, 2)
				.map(hit => hit.id),
		);
	});

	it('exits 1 with a message on stderr and nothing on stdout when no paper matches', async () => {
		const result = await runCli(['search', 'zyxwvutsrq']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(linesOf(result.stderr)).toHaveLength(1);
		expect(result.stderr).toContain('zyxwvutsrq');
	});

	it('matches a final one- or two-letter word the index holds, and lists every paper for one it lacks, as the explorer does', async () => {
		const [unknown, known] = await Promise.all([runCli(['search', 'zz', '--json']), runCli(['search', 'rl', '--json'])]);
		expect(unknown.code).toBe(0);
		expect(parseJson<unknown[]>(unknown)).toHaveLength(77);
		expect(known.code).toBe(0);
		const titles = parseJson<PaperJson[]>(known).map(hit => hit.title);
		expect(titles).toContain('Learning to Modulate pre-trained Models in RL');
		expect(titles.length).toBeLessThan(20);
	});
});

describe('`show`', () => {
	it('prints the title, the whole abstract and the links of a paper', async () => {
		const [shown, listed] = await Promise.all([runCli(['show', paperWithLink.id]), runCli(['show', paperWithLink.id, '--json'])]);
		expect(shown.code).toBe(0);
		const paper = parseJson<PaperJson>(listed);
		expect(paper).toMatchObject({id: paperWithLink.id, title: paperWithLink.title});
		expect(linesOf(shown.stdout)[0]).toBe(paperWithLink.title);
		expect(collapse(shown.stdout)).toContain(collapse(paper.abstract));
		expect(shown.stdout).toMatch(/^Links:$/m);
		expect(shown.stdout).toContain(`  ${paperWithLink.link}\n`);
	});

	it('exits 2 naming an unknown id, with nothing on stdout', async () => {
		const result = await runCli(['show', 'no-such-paper-id']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(linesOf(result.stderr)).toHaveLength(1);
		expect(result.stderr).toContain('no-such-paper-id');
	});
});

describe('--help and --version', () => {
	it('--help lists every command and option within 80 columns, exit 0', async () => {
		const result = await runCli(['--help']);
		expect(result.code).toBe(0);
		for (const word of [
			'list',
			'search QUERY',
			'show ID',
			'bookmarks add',
			'bookmarks rm',
			'bookmarks export',
			'--corpus',
			'--config-dir',
			'--json',
			'--limit',
			'--format',
			'--output',
			'--help',
			'--version',
		]) {
			expect(result.stdout).toContain(word);
		}

		for (const line of linesOf(result.stdout)) {
			expect(line.length, line).toBeLessThanOrEqual(80);
		}
	});

	it('--version prints the version in package.json', async () => {
		const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string};
		const result = await runCli(['--version']);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`${packageJson.version}\n`);
	});
});

const usageMistakes: ReadonlyArray<[string, string[], RegExp]> = [
	['an unknown command', ['frobnicate'], /frobnicate/],
	['an unknown option', ['list', '--frobnicate'], /--frobnicate/],
	['a missing query', ['search'], /query/],
	['a missing paper id', ['show'], /show/],
	['two paper ids for show', ['show', 'a', 'b'], /show/],
	['--limit that is not a number', ['search', 'lora', '--limit', 'x'], /--limit/],
	['--limit 0', ['search', 'lora', '--limit', '0'], /--limit/],
	['--limit without a value', ['search', 'lora', '--limit'], /--limit/],
	['--corpus without a value', ['list', '--corpus'], /--corpus/],
	['--json on bookmarks add', ['bookmarks', 'add', 'some-id', '--json'], /--json/],
	['--limit on list', ['list', '--limit', '2'], /--limit/],
	['an unknown bookmarks command', ['bookmarks', 'frobnicate'], /frobnicate/],
	['an argument to list', ['list', 'extra'], /extra/],
];

describe('command-line mistakes', () => {
	let results: CliResult[];
	beforeAll(async () => {
		results = await Promise.all(usageMistakes.map(async ([, args]) => runCli(args)));
	});

	it.each(usageMistakes.map((mistake, index) => [...mistake, index] as const))(
		'%s: exit 2, one message line naming it plus the usage line, no stack trace',
		(_name, _args, named, index) => {
			const result = results[index]!;
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			const lines = linesOf(result.stderr);
			expect(lines).toHaveLength(2);
			expect(lines[0]).toMatch(/^paper-tui: /);
			expect(lines[0]).toMatch(named);
			expect(lines[1]!.startsWith(usageLinePrefix)).toBe(true);
			expect(result.stderr).not.toMatch(stackTraceLine);
		},
	);
});

describe('without a terminal', () => {
	it('`paper-tui` with no command exits 2 and explains how to use the commands instead', async () => {
		const result = await runCli([]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/terminal/);
		for (const command of ['list', 'search QUERY', 'show ID', '--json']) {
			expect(result.stderr).toContain(command);
		}

		expect(result.stderr).not.toMatch(stackTraceLine);
		expect(result.stderr).not.toContain('\u001b');
	});

	it('output piped into a reader that stops early ends quietly, without an EPIPE error', () => {
		// Ten copies of the built-in corpus print ~1.4 MB, far more than a pipe buffers.
		const corpus = path.join(repoRoot, 'corpus', 'papers.json');
		const corpusArguments = Array.from({length: 10}, () => `--corpus '${corpus}'`).join(' ');
		const script = [
			`node '${cliPath}' list --json ${corpusArguments} | head -n 1; echo "list-json=\${PIPESTATUS[0]}"`,
			`node '${cliPath}' list ${corpusArguments} | head -n 1; echo "list=\${PIPESTATUS[0]}"`,
		].join('\n');
		const result = spawnSync('bash', ['-c', script], {
			cwd: repoRoot,
			encoding: 'utf8',
			env: buildChildEnvironment(process.env, temporaryDirectory()),
		});
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe('[\nlist-json=0\n1. Improving Large Language Model Fine-tuning for Solving Math Problems\nlist=0\n');
	});
});
