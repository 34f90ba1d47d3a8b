import {describe, expect, it} from 'vitest';
import {parseBibtex} from '../../src/corpus/bibtex-records.js';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import type {Paper} from '../../src/types.js';

const REFS = 'test/fixtures/papers/refs.bib';

function onlyPaper(source: string) {
	const {papers} = parseBibtex(source, 'one.bib');
	expect(papers).toHaveLength(1);
	return papers[0]!.fields;
}

function loadRefs(): {papers: Paper[]; notices: string[]} {
	const notices: string[] = [];
	const papers = loadCorpusFile(REFS, {onNotice: notice => notices.push(notice)});
	return {papers, notices};
}

describe('BibTeX corpus (test/fixtures/papers/refs.bib)', () => {
	it('reads every entry with a title, skipping @string, @comment and the volume others cross-reference', () => {
		const {papers} = loadRefs();
		expect(papers.map(paper => paper.citationKey)).toEqual(['vaswani2017attention', 'mueller2021', 'lora2021']);
		expect(papers.map(paper => paper.id)).toEqual([
			'attention-is-all-you-need',
			'tuning-of-bert-with-o-n2-memory-a-case-study',
			'lora-low-rank-adaptation-of-large-language-models',
		]);
	});

	it('skips the broken and the untitled entry with one counted notice naming the file and the line', () => {
		const {notices} = loadRefs();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^test\/fixtures\/papers\/refs\.bib:37: skipped 2 BibTeX entries that could not be read \(the first\): Unterminated brace-value/);
		expect(notices[0]).not.toContain('\n');
	});

	it('names authors "Given prefix Family, Suffix", institutions as written, in Unicode', () => {
		const mueller = loadRefs().papers[1]!;
		expect(mueller.authors).toEqual(['Jörg Müller', 'José García', 'Google Research', 'Jan van der Berg', 'John Smith, Jr.']);
	});

	it('inherits the year through crossref, and reads the year of a BibLaTeX date', () => {
		const [vaswani, , lora] = loadRefs().papers;
		expect(vaswani!.year).toBe(2017);
		expect(lora!.year).toBe(2021);
	});

	it('expands @string macros and # concatenation', () => {
		expect(loadRefs().papers[2]!.abstract).toBe('We freeze the weights and train low-rank matrices.');
	});

	it('turns LaTeX into Unicode and drops protecting and nested braces', () => {
		const [vaswani, mueller] = loadRefs().papers;
		expect(vaswani!.title).toBe('Attention Is All You Need');
		expect(vaswani!.abstract).toContain('neural networks — we propose the Transformer, reaching 28.4 BLEU on WMT 2014 English–German.');
		expect(mueller!.title).toBe('α-Tuning of BERT with O(n²) Memory: a Case Study');
		expect(mueller!.abstract).toBe('We ask whether p<0.05 and 50% of över-nested braces survive.');
	});

	it('keeps the DOI (without its resolver prefix), the arXiv id without version, keywords and the entry key', () => {
		const [vaswani, mueller, lora] = loadRefs().papers;
		expect(vaswani).toMatchObject({arxivId: '1706.03762', keywords: ['attention', 'transformers'], citationKey: 'vaswani2017attention'});
		expect(vaswani!.doi).toBeUndefined();
		expect(mueller).toMatchObject({doi: '10.1000/Example.2021.42', url: 'https://example.org/papers/42'});
		expect(lora!.arxivId).toBe('2106.09685');
	});

	it('puts the canonical link first: the arXiv abs page, else the DOI resolver', () => {
		const [vaswani, mueller] = loadRefs().papers;
		expect(vaswani!.links).toEqual(['https://arxiv.org/abs/1706.03762']);
		expect(mueller!.links).toEqual(['https://doi.org/10.1000/Example.2021.42', 'https://example.org/papers/42']);
	});
});

describe('parseBibtex, LaTeX to Unicode', () => {
	it.each([
		['accents in braces', String.raw`M{\"u}ller`, 'Müller'],
		['an accent without braces', String.raw`Caf\'e`, 'Café'],
		['an accented dotless i', String.raw`Garc\'{\i}a`, 'García'],
		['en and em dashes', 'pages 1--5 --- done', 'pages 1–5 — done'],
		['emphasis', String.raw`the \emph{new} way`, 'the new way'],
		['bold and italics', String.raw`\textbf{bold} {\it italic}`, 'bold italic'],
		['math', String.raw`$\alpha$ and $\beta_2$`, 'α and β₂'],
		['protecting braces', '{{BERT}} and {GPT}', 'BERT and GPT'],
		['escaped specials', String.raw`50\% \& \$5`, '50% & $5'],
		['a literal less-than sign', 'a < b', 'a < b'],
		['an unknown command, keeping its argument', String.raw`\mystery{kept}`, 'kept'],
	])('converts %s', (_what, latex, unicode) => {
		expect(onlyPaper(`@misc{k, title = {${latex}}}`).title).toBe(unicode);
	});

	it('keeps Spanish inverted marks written as such', () => {
		expect(onlyPaper('@misc{k, title = {¡Hola! ¿Qué?}}').title).toBe('¡Hola! ¿Qué?');
	});
});

describe('parseBibtex, malformed input', () => {
	it('throws one CorpusError line naming the file and the line when no entry can be read', () => {
		let caught: unknown;
		try {
			parseBibtex('% refs\n\n@article{a,\n  title = {never closed\n', 'bad.bib');
		} catch (error) {
			caught = error;
		}

		expect(caught).toBeInstanceOf(CorpusError);
		expect((caught as CorpusError).message).toMatch(/^bad\.bib:3: no usable BibTeX entry \(1 skipped\); the first: /);
	});

	it('skips an entry without a title and counts it', () => {
		const {papers, skipped} = parseBibtex('@misc{a, title={A}}\n@misc{b, author={X Y}}\n', 'two.bib');
		expect(papers).toHaveLength(1);
		expect(skipped).toEqual({count: 1, line: 2, reason: 'entry "b" has no title'});
	});

	it.each([
		['garbage between entries', '@misc{a, title={A}}\nthis is not bibtex } { \n@misc{b, title={B}}'],
		['a missing comma', '@misc{a, title={A} year={2020}}\n@misc{b, title={B}}'],
		['an unknown @string', '@misc{a, title = nosuchstring}\n@misc{b, title={B}}'],
		['an entry without a key', '@misc{title={A}}\n@misc{b, title={B}}'],
	])('never crashes on %s', (_what, source) => {
		const {papers} = parseBibtex(source, 'odd.bib');
		expect(papers.map(paper => paper.fields.title)).toContain('B');
	});
});
