import {describe, expect, it} from 'vitest';
import {extractLinks, parseHttpUrl} from '../../src/corpus/links.js';

const extractCases: ReadonlyArray<readonly [behaviour: string, text: string, links: readonly string[]]> = [
	['finds no link in plain prose', 'No links here.', []],
	['strips a sentence-ending period', 'Code: https://github.com/PandaVT/DataTager.', ['https://github.com/PandaVT/DataTager']],
	['strips a period and an unbalanced parenthesis', '(Code in https://github.com/Facico/Dynamic-Logit-Fusion.)', ['https://github.com/Facico/Dynamic-Logit-Fusion']],
	['strips an unbalanced parenthesis then a period', 'see (https://a.example/x).', ['https://a.example/x']],
	['keeps balanced parentheses', 'https://en.wikipedia.org/wiki/Go_(game).', ['https://en.wikipedia.org/wiki/Go_(game)']],
	['strips commas, semicolons and colons', 'https://a.example/1, https://a.example/2; https://a.example/3:', ['https://a.example/1', 'https://a.example/2', 'https://a.example/3']],
	['strips straight and curly quotes', '"https://a.example/q" and “https://a.example/c”', ['https://a.example/q', 'https://a.example/c']],
	['stops at angle brackets', '<https://a.example/angle>', ['https://a.example/angle']],
	['strips an unbalanced bracket', '[https://a.example/b]', ['https://a.example/b']],
	['keeps a trailing slash', 'at https://anonymous.4open.science/r/DV4LLM-D761/', ['https://anonymous.4open.science/r/DV4LLM-D761/']],
	['keeps query strings and fragments', 'https://a.example/p?q=1&r=2#s.', ['https://a.example/p?q=1&r=2#s']],
	['accepts http and any letter case in the scheme', 'HTTP://A.example/x', ['HTTP://A.example/x']],
	['deduplicates and keeps the first order', 'https://b.example/ https://a.example/ https://b.example/.', ['https://b.example/', 'https://a.example/']],
	['ignores other schemes', 'ftp://a.example/x mailto:a@b.example javascript:alert(1)', []],
	['ignores a scheme without a host', 'see https:// and http://.', []],
	['removes controls hidden inside a URL', 'https://a.example/\u001b]0;x\u0007ok', ['https://a.example/ok']],
];

describe('extractLinks', () => {
	it.each(extractCases)('%s', (_behaviour, text, links) => {
		expect(extractLinks(text)).toEqual(links);
	});
});

const urlCases: ReadonlyArray<readonly [behaviour: string, text: string, url: string | undefined]> = [
	['accepts an https URL', 'https://arxiv.org/abs/1706.03762', 'https://arxiv.org/abs/1706.03762'],
	['trims surrounding whitespace', '  http://a.example/  ', 'http://a.example/'],
	['rejects an inner space', 'https://a.example/a b', undefined],
	['rejects a relative path', '/abs/1706.03762', undefined],
	['rejects javascript: URLs', 'javascript:alert(1)', undefined],
	['rejects file: URLs', 'file:///etc/passwd', undefined],
	['removes terminal controls', 'https://a.example/\u009b2Jx', 'https://a.example/x'],
	['rejects an empty string', '', undefined],
];

describe('parseHttpUrl', () => {
	it.each(urlCases)('%s', (_behaviour, text, url) => {
		expect(parseHttpUrl(text)).toBe(url);
	});
});
