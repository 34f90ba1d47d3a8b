import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {readBuiltinCorpus} from '../../src/corpus/read-builtin-corpus.js';
import {loadSearchIndex} from '../../src/search/index.js';

const papers = readBuiltinCorpus(path.join(import.meta.dirname, '../../corpus/papers.json'));

it("the built-in corpus's search index is in dist/ after the build, made from the built-in corpus", () => {
	const serialized: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../dist/builtin-search-index.json'), 'utf8'));
	expect(loadSearchIndex(serialized, papers).search('lora').length).toBeGreaterThan(0);
});
