import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseArxivAtom} from '../../src/corpus/arxiv-atom.js';
import {CorpusError} from '../../src/corpus/corpus-error.js';
import {loadCorpusFile} from '../../src/corpus/load-corpus.js';
import {temporaryCorpusDirectory} from './temp-corpus.js';

const FEED = readFileSync('test/fixtures/papers/arxiv.atom', 'utf8');
const write = temporaryCorpusDirectory();

function errorOf(action: () => unknown): CorpusError {
	try {
		action();
	} catch (error) {
		expect(error).toBeInstanceOf(CorpusError);
		expect((error as CorpusError).message).not.toContain('\n');
		return error as CorpusError;
	}

	throw new Error('expected a CorpusError');
}

describe('parseArxivAtom (test/fixtures/papers/arxiv.atom)', () => {
	it('reads the total and every entry: id and version, times, links, categories, DOI and journal ref', () => {
		const {entries, totalResults} = parseArxivAtom(FEED, 'arxiv.atom');
		expect(totalResults).toBe(3);
		expect(entries.map(entry => [entry.id, entry.version])).toEqual([
			['2106.09685', 2],
			['2305.14314', 1],
			['hep-th/9901001', 3],
		]);
		expect(entries[0]).toMatchObject({
			authors: ['Edward J. Hu', 'Yelong Shen', 'Phillip Wallis'],
			published: '2021-06-17T17:37:18Z',
			updated: '2021-10-16T18:40:34Z',
			absUrl: 'http://arxiv.org/abs/2106.09685v2',
			pdfUrl: 'http://arxiv.org/pdf/2106.09685v2',
			primaryCategory: 'cs.CL',
			categories: ['cs.CL', 'cs.AI', 'cs.LG'],
		});
		expect(entries[0]!.doi).toBeUndefined();
		expect(entries[1]).toMatchObject({doi: '10.5555/qlora.2023', journalRef: 'NeurIPS 2023'});
	});

	it('throws at line:column for XML that is not well formed', () => {
		const broken = FEED.replace('</title>\n    <summary>We present', '\n    <summary>We present');
		expect(errorOf(() => parseArxivAtom(broken, 'broken.atom')).message).toMatch(/^broken\.atom:\d+:\d+: invalid XML: /);
	});

	it("throws arXiv's own message for the error entry it returns for a bad query", () => {
		const error = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>';
		expect(errorOf(() => parseArxivAtom(error, 'error.atom')).message).toBe('error.atom: the arXiv API answered with an error: incorrect id format for 1234');
	});

	it('throws naming the root element of XML that is not a feed', () => {
		expect(errorOf(() => parseArxivAtom('<?xml version="1.0"?><rss><channel/></rss>', 'news.xml')).message).toBe(
			'news.xml: expected an Atom feed (<feed>) such as the arXiv API returns, found <rss>',
		);
	});
});

describe('loadCorpusFile with an arXiv Atom feed', () => {
	it('makes papers with Unicode math, the year published, canonical abs link first, then DOI and pdf, categories as keywords', () => {
		const [lora, qlora, old] = loadCorpusFile('test/fixtures/papers/arxiv.atom');
		expect(lora).toMatchObject({
			title: 'LoRA: Low-Rank Adaptation of Large Language Models',
			year: 2021,
			arxivId: '2106.09685',
			links: ['https://arxiv.org/abs/2106.09685', 'http://arxiv.org/pdf/2106.09685v2'],
			keywords: ['cs.CL', 'cs.AI', 'cs.LG'],
		});
		expect(lora!.abstract).toMatch(/^An important paradigm .* by 10⁴ times & the GPU memory requirement by 3 times\.$/);
		expect(qlora!.title).toBe('QLoRA: Efficient Finetuning of Quantized LLMs with $\\mathcal{O}(1)$ Memory per α');
		expect(qlora!.links).toEqual(['https://arxiv.org/abs/2305.14314', 'https://doi.org/10.5555/qlora.2023', 'http://arxiv.org/pdf/2305.14314v1']);
		expect(old!.arxivId).toBe('hep-th/9901001');
	});

	it('keeps the version, the updated time and the journal reference on the paper', () => {
		const [lora, qlora] = loadCorpusFile('test/fixtures/papers/arxiv.atom');
		expect(lora).toMatchObject({arxivVersion: 2, updated: '2021-10-16T18:40:34Z'});
		expect(lora!.journalRef).toBeUndefined();
		expect(qlora).toMatchObject({arxivVersion: 1, journalRef: 'NeurIPS 2023'});
	});

	it('recognises a feed by content under any name, and refuses an empty feed in one line', () => {
		expect(loadCorpusFile(write('listing', FEED))).toHaveLength(3);
		const empty = write('empty.atom', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>ArXiv Query</title></feed>\n');
		expect(errorOf(() => loadCorpusFile(empty)).message).toBe(`${empty}: the Atom feed has no entries with an arXiv id and a title`);
	});
});
