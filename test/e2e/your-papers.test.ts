import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {
	bookmarkedIds,
	runCliCommand,
	slowWait,
	statusLine,
	toggleBookmark,
	useExplorers,
	waitForScreen,
	waitForStatus,
} from './explorer-session.js';

const {open, makeTempDir} = useExplorers();
const refs = path.join(process.cwd(), 'test', 'fixtures', 'papers', 'refs.bib');

describe('the explorer on a BibTeX file', () => {
	test('opens refs.bib: its papers in Unicode, the arXiv id and DOI in the detail, the canonical link first', async () => {
		const app = await open({args: ['--corpus', refs]}, 3);
		await waitForScreen(app, 'Ashish Vaswani, Noam Shazeer, Niki Parmar · 2017');
		expect(app.screenText()).toContain('arXiv 1706.03762');
		expect(app.screenText()).toContain('https://arxiv.org/abs/1706.03762');
		expect(app.screenText()).toContain('English–German.');

		app.press('j');
		await waitForStatus(app, '2/3', slowWait);
		await waitForScreen(app, 'DOI 10.1000/Example.2021.42');
		expect(app.screenText()).toContain('α-Tuning of BERT with O(n²) Memory');
		expect(app.screenText()).toContain('Jörg Müller, José García, Google Research, Jan van der Berg');
		expect(statusLine(app)).toContain('2/3');
	});
});

describe('the explorer on merged files, with a bookmark saved under an id that merging changed', () => {
	test('marks the paper that has it now, and unbookmarking the paper removes the old id from the file', async () => {
		const configDir = makeTempDir();
		const write = (name: string, ...papers: object[]) => {
			const file = path.join(configDir, name);
			writeFileSync(file, papers.map(paper => `${JSON.stringify(paper)}\n`).join(''));
			return file;
		};

		const first = write('first.jsonl', {title: 'Shared Paper', abstract: 'Short.'});
		const second = write('second.jsonl', {title: 'Shared Paper', abstract: 'The longer abstract.'}, {title: 'Only Second'});
		// Before the same paper from two files became one, the repeated title was `shared-paper-2`.
		await runCliCommand(configDir, [
			'--corpus',
			write('before.jsonl', {id: 'shared-paper-2', title: 'Shared Paper'}),
			'bookmarks',
			'add',
			'shared-paper-2',
		]);
		const app = await open({args: ['--corpus', first, '--corpus', second], configDir}, 2);
		await waitForScreen(app, () => /[>»] \* Shared Paper/.test(app.screenText()), {
			...slowWait,
			description: 'Shared Paper marked as bookmarked',
		});
		expect(app.screenText()).not.toContain('not in the corpus');
		await toggleBookmark(app, 0);
		expect(await bookmarkedIds(configDir)).toEqual([]);
	});
});
