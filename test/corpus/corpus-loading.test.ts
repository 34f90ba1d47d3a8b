import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {CorpusLoading, loadCorporaWithAliases} from '../../src/corpus/load-corpus.js';
import {mergeFilesWithSources} from '../../src/corpus/merge-papers.js';
import {draftPaper, finishPaper} from '../../src/corpus/paper-draft.js';
import {assignUniqueIds} from '../../src/corpus/paper-id.js';
import type {Paper} from '../../src/types.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const write = temporaryCorpusDirectory();

const line = (fields: Record<string, unknown>) => `${JSON.stringify(fields)}\n`;

/** 600 papers; every tenth title repeats an earlier one (ids get -2), every 50th has a DOI. */
const first = write(
	'first.jsonl',
	Array.from({length: 600}, (_, index) =>
		line({
			title: `Paper number ${index % 10 === 9 ? index - 9 : index} on sparse attention`,
			abstract: `Abstract ${index}.`,
			year: 2000 + (index % 20),
			...(index % 50 === 0 ? {doi: `10.1000/${index}`} : {}),
		}),
	).join(''),
);
/** A second file: some of the same papers (by DOI and by title, richer), and new ones. */
const second = write(
	'second.json',
	JSON.stringify([
		{title: 'Another title for the same DOI', doi: '10.1000/100', abstract: 'A much longer abstract than the first file had for it.'},
		{title: 'Paper number 7 on sparse attention', abstract: 'Richer abstract of paper 7, longer than before.', year: 2007},
		{title: 'A paper only the second file has'},
	]),
);
/** A JSON array of 500 papers, pretty-printed, strings holding brackets and commas. */
const array = write(
	'array.json',
	JSON.stringify(
		Array.from({length: 500}, (_, index) => ({title: `Array paper [${index}], "quoted" {x}`, abstract: `Abstract, ${index}] with } and ,`, year: 1990 + (index % 30)})),
		undefined,
		'\t',
	),
);
/** CSL-JSON (as Zotero exports it): items without a title are skipped, with a notice. */
const csl = write(
	'zotero.json',
	JSON.stringify(
		Array.from({length: 300}, (_, index) => ({
			id: `item${index}`,
			type: 'article-journal',
			...(index % 7 === 3 ? {} : {title: `CSL item ${index}`}),
			author: [{family: 'Doe', given: 'Jane'}],
			issued: {'date-parts': [[2001 + (index % 9)]]},
		})),
	),
);
const third = write('third.jsonl', Array.from({length: 300}, (_, index) => line({title: `Paper number ${index} on sparse attention`})).join(''));

/** Reads `paths` in the smallest steps (a deadline already past), checking after each step that the papers so far are the start of the result. */
function loadInSmallSteps(paths: readonly string[]): {papers: readonly Paper[]; steps: number; snapshots: Paper[][]} {
	const loading = new CorpusLoading(paths);
	const snapshots: Paper[][] = [];
	let steps = 0;
	while (!loading.step(performance.now())) {
		steps++;
		snapshots.push([...loading.papers]);
	}

	return {papers: loading.result().papers, steps, snapshots};
}

describe('CorpusLoading', () => {
	it.each([
		['one JSON Lines file', [first]],
		['JSON Lines, then JSON joining some of its papers', [first, second]],
		['three files', [first, second, third]],
		['a JSON array', [array]],
		['CSL-JSON', [csl]],
		['JSON Lines and a JSON array', [first, array]],
	])('read in small steps, %s gives the papers and aliases of a whole load', (_name, paths) => {
		const whole = loadCorporaWithAliases(paths);
		const {papers, steps, snapshots} = loadInSmallSteps(paths);
		expect(steps).toBeGreaterThan(10);
		expect(papers).toEqual(whole.papers);
		const loading = new CorpusLoading(paths);
		while (!loading.step(performance.now() + 1));
		expect(loading.result().aliases).toEqual(whole.aliases);
		// At every step the papers so far are the first papers of the result: the same ids in the
		// same places (a paper a later file joins keeps its place and id, and only gains fields).
		for (const snapshot of snapshots) {
			expect(snapshot.map(paper => paper.id)).toEqual(whole.papers.slice(0, snapshot.length).map(paper => paper.id));
		}
	});

	it('gives the papers of the merge as written before it read files in steps', () => {
		// The merge and ids on whole files, as loading did before: every file's drafts, merged, then ids.
		const loading = new CorpusLoading([first, second]);
		loading.step(Number.POSITIVE_INFINITY);
		const drafts = [first, second].map(path => loadCorporaWithAliases([path]).papers.map(paper => draftPaper({...paper, id: paper.id})));
		const merged = mergeFilesWithSources(drafts).drafts;
		const ids = assignUniqueIds(merged.map(draft => draft.baseId));
		expect(loading.result().papers.map(paper => [paper.id, paper.title, paper.abstract])).toEqual(
			merged.map((draft, index) => [ids[index], draft.title, finishPaper(draft, ids[index]!).abstract]),
		);
	});

	it('parses a JSON array an element at a time, in steps, with the notices of a whole load', () => {
		const wholeNotices: string[] = [];
		loadCorporaWithAliases([csl], {onNotice: notice => wholeNotices.push(notice)});
		const notices: string[] = [];
		const loading = new CorpusLoading([csl], {onNotice: notice => notices.push(notice)});
		let steps = 0;
		while (!loading.step(performance.now())) steps++;
		expect(steps).toBeGreaterThan(5);
		expect(notices).toEqual(wholeNotices);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toContain('skipped');
	});

	it.each([
		['a trailing comma after the last paper', (text: string) => text.replace(/\}\s*\]\s*$/, '},\n]')],
		['a line break inside a string in the middle', (text: string) => text.replace('Array paper [250]', 'Array paper [250\n]')],
		['a missing comma in the middle', (text: string) => text.replace('},\n\t{\n\t\t"title": "Array paper [300]', '}\n\t{\n\t\t"title": "Array paper [300]')],
	])('gives %s the error of a whole parse, at its line and column', (_name, breakIt) => {
		const broken = write(`broken-${_name.length}.json`, breakIt(readFileSync(array, 'utf8')));
		let wholeError: unknown;
		try {
			JSON.parse(readFileSync(broken, 'utf8'));
		} catch (error) {
			wholeError = error;
		}

		expect(wholeError, 'the file is broken').toBeDefined();
		const loading = new CorpusLoading([broken]);
		expect(() => {
			while (!loading.step(performance.now()));
		}).toThrow(CorpusError);
		let expected = '';
		try {
			loadCorporaWithAliases([broken]);
		} catch (error) {
			expected = (error as Error).message;
		}

		expect(expected).toMatch(/broken-\d+\.json:\d+:\d+: invalid JSON/);
		expect(() => {
			const again = new CorpusLoading([broken]);
			while (!again.step(performance.now()));
		}).toThrow(expected);
	});

	it('counts the bytes read, up to the files’ size', () => {
		const loading = new CorpusLoading([first, second]);
		const seen: number[] = [];
		while (!loading.step(performance.now())) seen.push(loading.progress.bytesRead);
		const {bytesRead, totalBytes} = loading.progress;
		expect(bytesRead).toBe(totalBytes);
		expect(seen.every((bytes, index) => index === 0 || bytes >= seen[index - 1]!)).toBe(true);
		expect(seen[0]!).toBeLessThan(totalBytes);
	});

	it('throws the problem of a line found late, naming it, and closes the file', () => {
		const broken = write('broken.jsonl', `${Array.from({length: 2000}, (_, index) => line({title: `Paper ${index}`})).join('')}{"title": "cut\n`);
		const openFiles = () => readdirSync('/proc/self/fd').length;
		const before = openFiles();
		const loading = new CorpusLoading([broken]);
		loading.step(performance.now());
		expect(loading.papers.length).toBeGreaterThan(0);
		expect(loading.papers.length).toBeLessThan(2000);
		expect(openFiles()).toBe(before + 1);
		let thrown: unknown;
		try {
			while (!loading.step(performance.now() + 5));
		} catch (error) {
			thrown = error;
		}

		expect(thrown).toBeInstanceOf(CorpusError);
		expect((thrown as CorpusError).message).toContain(`${broken}:2001`);
		expect(openFiles()).toBe(before);
	});

	it('closes the file when reading stops early', () => {
		const openFiles = () => readdirSync('/proc/self/fd').length;
		const before = openFiles();
		const loading = new CorpusLoading([first]);
		loading.step(performance.now());
		expect(loading.isDone).toBe(false);
		loading.close();
		expect(openFiles()).toBe(before);
	});
});
