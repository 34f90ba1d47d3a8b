// Writes the search index of the built-in corpus, which the explorer loads instead of building it
// (~13 ms instead of 70-200 ms, spent right after the first frame, when the first keys arrive).
// Run by scripts/build.mjs, so the index always comes from the code in the same build:
//   node --import tsx scripts/build-search-index.ts CORPUS OUT
import {writeFileSync} from 'node:fs';
import {readBuiltinCorpus} from '../src/corpus/read-builtin-corpus.js';
import {buildSearchIndex} from '../src/search/index.js';

const [corpusPath, outputPath] = process.argv.slice(2);
if (corpusPath === undefined || outputPath === undefined) {
	throw new Error('usage: node --import tsx scripts/build-search-index.ts CORPUS OUT');
}

writeFileSync(outputPath, JSON.stringify(buildSearchIndex(readBuiltinCorpus(corpusPath)).serialize()));
