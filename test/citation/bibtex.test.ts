import {parse} from '@retorquere/bibtex-parser';
import {describe, expect, it} from 'vitest';
import {citationKeys, toBibtex, toBibtexEntry} from '../../src/citation/bibtex.js';
import type {Paper} from '../../src/types.js';

function paper(fields: Partial<Paper> & {title: string}): Paper {
	return {id: fields.title.toLowerCase().replace(/\W+/g, '-'), abstract: '', authors: [], links: [], ...fields};
}

function parseBibtex(source: string) {
	return parse(source, {sentenceCase: false});
}

function collapsed(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Classic BibTeX counts every brace, escaped or not, when it looks for the end of a field. */
function isBraceBalanced(text: string): boolean {
	let depth = 0;
	for (const character of text) {
		depth += character === '{' ? 1 : character === '}' ? -1 : 0;
		if (depth < 0) {
			return false;
		}
	}
	return depth === 0;
}

const HOSTILE_TEXTS: ReadonlyArray<[string, string]> = [
	['percent and a lone opening brace', '50% of {braces'],
	['a lone closing brace', '}'],
	['ampersand and hash', 'C++ & C#'],
	['TeX math specials', '$x^2_i$'],
	['a TeX command', '\\textbf{bold}'],
	['a title starting with a backslash', '\\section Intro'],
	['a tilde', 'a ~ b~c'],
	['accented letters', 'Café, naïve Ångström, Łódź, Straße'],
	['emoji and CJK', 'Robots 🤖 and 中文 text'],
	['an entry opener in the text', '@misc{evil, title = {x}}'],
	['TeX ligatures', "A -- B --- C ``quoted'' ,,low?` !`"],
	['OT1 glyph swaps', 'x < y > z | w <<guillemets>>'],
	['double quotes', 'a "quoted" word'],
	['a backslash at the end', 'ends with \\'],
	['repeated whitespace', '  spaced \n\t out  '],
	['every special at once', '\\{}%&$#_^~<>|'],
];

describe('toBibtex round trip through a real BibTeX parser', () => {
	it.each(HOSTILE_TEXTS)('reads back a title and abstract with %s', (_name, text) => {
		const source = toBibtex([paper({title: text, abstract: text, authors: ['Ada Lovelace'], year: 2020})]);
		const library = parseBibtex(source);
		expect(library.errors).toEqual([]);
		expect(library.entries).toHaveLength(1);
		expect(library.entries[0]?.fields['title']).toBe(collapsed(text));
		expect(library.entries[0]?.fields['abstract']).toBe(collapsed(text));
		expect(isBraceBalanced(source)).toBe(true);
	});

	it('parses every entry of a file of hostile papers, in order, under their keys', () => {
		const papers = HOSTILE_TEXTS.map(([, text], index) => paper({title: text, abstract: text, year: 2000 + index}));
		const library = parseBibtex(toBibtex(papers));
		expect(library.errors).toEqual([]);
		expect(library.entries.map(entry => entry.key)).toEqual(citationKeys(papers));
		expect(library.entries.map(entry => entry.fields['title'])).toEqual(HOSTILE_TEXTS.map(([, text]) => collapsed(text)));
	});

	it('reads back random strings of special characters', () => {
		let seed = 20_240_601;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		const alphabet = [...'{}\\%&$#_^~<>|-`\',?!"@=() aZ0.é😀'];
		const texts = Array.from({length: 200}, () =>
			Array.from({length: 1 + Math.floor(random() * 24)}, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
		);
		const papers = texts.map(text => paper({title: `T ${text}`, abstract: `A ${text}`}));
		const source = toBibtex(papers);
		const library = parseBibtex(source);
		expect(library.errors).toEqual([]);
		expect(library.entries.map(entry => entry.fields['title'])).toEqual(texts.map(text => collapsed(`T ${text}`)));
		expect(library.entries.map(entry => entry.fields['abstract'])).toEqual(texts.map(text => collapsed(`A ${text}`)));
		expect(isBraceBalanced(source)).toBe(true);
	});

	it.each([
		['a plain URL', 'https://arxiv.org/abs/1706.03762', 'https://arxiv.org/abs/1706.03762'],
		['URL specials left usable', 'https://x.org/a_b%20c?q=1&r=~x#frag', 'https://x.org/a_b%20c?q=1&r=~x#frag'],
		['braces, backslash and spaces percent-encoded', 'https://x.org/{a}\\b c', 'https://x.org/%7Ba%7D%5Cb%20c'],
		['non-ASCII kept as UTF-8', 'https://de.wikipedia.org/wiki/Straße', 'https://de.wikipedia.org/wiki/Straße'],
	])('writes %s in the url field', (_name, link, expected) => {
		const library = parseBibtex(toBibtex([paper({title: 'T', links: [link]})]));
		expect(library.errors).toEqual([]);
		expect(library.entries[0]?.fields['url']).toBe(expected);
	});

	it('reads back every author, keeping a name that contains "and" whole', () => {
		const authors = ['Ada Lovelace', 'Turing, Alan', 'Research and Development Team', 'Émilie du Châtelet'];
		const library = parseBibtex(toBibtex([paper({title: 'T', authors})]));
		const creators = library.entries[0]?.fields.author ?? [];
		expect(creators.map(creator => [creator.prefix, creator.lastName ?? creator.name].filter(Boolean).join(' '))).toEqual([
			'Lovelace',
			'Turing',
			'Research and Development Team',
			'du Châtelet',
		]);
	});
});

describe('toBibtexEntry', () => {
	it('writes a @misc entry with protected title, authors, year, url and abstract in that order', () => {
		const entry = toBibtexEntry(
			paper({
				title: 'Attention Is All You Need',
				authors: ['Ashish Vaswani', 'Noam Shazeer'],
				year: 2017,
				abstract: 'The dominant models.',
				links: ['https://arxiv.org/abs/1706.03762'],
			}),
			'vaswani2017',
		);
		expect(entry).toBe(
			[
				'@misc{vaswani2017,',
				'  title = {{Attention Is All You Need}},',
				'  author = {Ashish Vaswani and Noam Shazeer},',
				'  year = {2017},',
				'  url = {https://arxiv.org/abs/1706.03762},',
				'  abstract = {The dominant models.}',
				'}',
			].join('\n'),
		);
	});

	it.each([
		['no authors', {authors: []}, 'author'],
		['no year', {year: undefined}, 'year'],
		['no link', {links: [], url: undefined}, 'url'],
		['an empty abstract', {abstract: '  '}, 'abstract'],
	])('leaves out the field when a paper has %s', (_name, fields, field) => {
		const entry = toBibtexEntry(paper({title: 'T', authors: ['A B'], year: 2020, abstract: 'x', links: ['https://x.org'], ...fields}), 'k');
		expect(entry).not.toContain(`${field} =`);
	});

	it('uses the url field when the paper has no links', () => {
		expect(toBibtexEntry(paper({title: 'T', url: 'https://x.org/p'}), 'k')).toContain('url = {https://x.org/p}');
	});

	it.each(['', 'has space', 'brace}', 'comma,', 'ünï'])('refuses the unsafe key %j', key => {
		expect(() => toBibtexEntry(paper({title: 'T'}), key)).toThrow(RangeError);
	});
});

describe('toBibtex', () => {
	it('is empty for no papers', () => {
		expect(toBibtex([])).toBe('');
	});

	it('separates entries with a blank line and ends with a newline', () => {
		expect(toBibtex([paper({title: 'One'}), paper({title: 'Two'})])).toBe(
			'@misc{one,\n  title = {{One}}\n}\n\n@misc{two,\n  title = {{Two}}\n}\n',
		);
	});
});

describe('toBibtex with identifiers from a source file', () => {
	it('writes doi, eprint and archiveprefix, under the kept entry key, and a parser reads them back', () => {
		const source = paper({
			title: 'LoRA',
			authors: ['Edward Hu'],
			year: 2021,
			doi: '10.48550/arXiv.2106.09685',
			arxivId: '2106.09685',
			citationKey: 'hu2021lora',
		});
		const [entry] = parseBibtex(toBibtex([source])).entries;
		expect(entry!.key).toBe('hu2021lora');
		expect(entry!.fields).toMatchObject({doi: '10.48550/arXiv.2106.09685', eprint: '2106.09685', archiveprefix: 'arXiv'});
	});
});
