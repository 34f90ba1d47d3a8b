import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {slowWait, statusLine, useExplorers, waitForScreen, waitForStatus} from './explorer-session.js';

const {open} = useExplorers();
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
