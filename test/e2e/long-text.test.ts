import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {keys} from '../support/pty-app.js';
import {screenOf, selectedRow, useExplorers, waitForScreen, waitForStatus} from './explorer-session.js';

const {open, makeTempDir} = useExplorers();

/** Abstracts of 100,000 characters without a space: wrapping each took seconds when whole words were segmented. */
const spacelessAbstracts = [
	['ASCII', 'x'],
	['accented', 'é'],
	['CJK', '日'],
	['combining', 'e\u0301'],
] as const;

describe('papers with 100 KB abstracts without spaces', () => {
	test('each is shown when selected, its citation opens and closes, and j still moves on from it', async () => {
		const corpusFile = path.join(makeTempDir(), 'spaceless.json');
		const papers = [
			{title: 'Short first paper', abstract: 'A short abstract.'},
			...spacelessAbstracts.map(([name, unit]) => ({
				title: `Spaceless ${name} paper`,
				abstract: `Start${name}${unit.repeat(100_000 / unit.length - 20)}`,
			})),
			{title: 'Short last paper', abstract: 'The end of the list.'},
		];
		writeFileSync(corpusFile, JSON.stringify(papers));
		const total = papers.length;
		const app = await open({args: ['--corpus', corpusFile]}, total);

		for (const [index, [name]] of spacelessAbstracts.entries()) {
			app.press('j');
			await waitForStatus(app, `${index + 2}/${total}`);
			await waitForScreen(app, `Start${name}`);
			expect(selectedRow(app), screenOf(app)).toContain(`Spaceless ${name} paper`);
			app.press('c');
			await waitForScreen(app, '@misc{');
			app.press(keys.escape);
			await waitForScreen(app, () => !app.screenText().includes('@misc{'), {description: 'the citation view to close'});
		}

		app.press('j');
		await waitForStatus(app, `${total}/${total}`);
		await waitForScreen(app, 'The end of the list.');
		expect(selectedRow(app), screenOf(app)).toContain('Short last paper');
	});
});
