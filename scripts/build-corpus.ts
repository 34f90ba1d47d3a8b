// Builds the built-in corpus (corpus/papers.json) from the seed page text, with the same
// loader the app uses: npx tsx scripts/build-corpus.ts [SEED] [OUT]
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CorpusError} from '../src/corpus/corpus-error.js';
import {loadCorpusFile} from '../src/corpus/load-corpus.js';
import {serializeCorpus} from '../src/corpus/serialize-corpus.js';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultSeedPath = resolve(repositoryRoot, '../shared/seed/000_8f518e1840367e55.txt');
const defaultOutputPath = resolve(repositoryRoot, 'corpus/papers.json');
const [seedPath = defaultSeedPath, outputPath = defaultOutputPath] = process.argv.slice(2);

/** Writes through a temporary file in the same directory and a rename, so readers never see half a file. */
function writeFileAtomically(path: string, contents: string): void {
	mkdirSync(dirname(path), {recursive: true});
	const temporaryPath = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(temporaryPath, contents);
		renameSync(temporaryPath, path);
	} catch (error) {
		rmSync(temporaryPath, {force: true});
		throw error;
	}
}

try {
	const papers = loadCorpusFile(seedPath);
	writeFileAtomically(outputPath, serializeCorpus(papers));
	const links = papers.reduce((total, paper) => total + paper.links.length, 0);
	console.log(`wrote ${papers.length} papers (${links} links) to ${relative(process.cwd(), outputPath) || outputPath}`);
} catch (error) {
	if (error instanceof CorpusError) {
		console.error(`build-corpus: ${error.message}`);
		process.exit(1);
	}

	throw error;
}
