// `npx tsx scripts/generate-corpus.ts --papers 10000 --seed 12 --out corpus.jsonl`: writes a
// corpus of realistic shape as JSON Lines, the same bytes for the same seed and size: titles of
// 8-15 words and abstracts of 150-250 words drawn from a Zipf-distributed vocabulary (real
// research words at the top ranks, made-up words in the long tail), 1-8 authors, years 1990-2026.
// Used by `npm run bench -- --papers N` and by tests that need a large corpus.
import {createWriteStream} from 'node:fs';
import {once} from 'node:events';
import {parseArgs} from 'node:util';
import {pathToFileURL} from 'node:url';

/** Research words for the top ranks of the vocabulary, so that realistic queries find papers. */
const commonWords = `the of and a in to for we is that on with this by our as are an from model learning
	be which results can data method show these models using performance network neural based approach
	training problem methods paper propose new it two large state language tasks deep task time also
	than its both such has at not proposed algorithm work framework two efficient analysis information
	demonstrate existing more high one however different use dataset experiments via image generative
	recent set networks approaches study between present achieve structure linear accuracy inference
	optimization graph representation transformer attention reinforcement policy agent reasoning
	benchmark evaluation robust sparse distribution gradient stochastic convex bounds theoretical
	empirical supervised unsupervised adversarial generalization retrieval embedding semantic diffusion
	sampling bayesian variational kernel estimation regression classification clustering convergence
	scalable memory parallel hardware latency quantization pruning compression distillation federated
	privacy fairness causal temporal spatial video speech audio text vision multimodal translation
	pretrained finetuning instruction alignment preference reward human feedback safety uncertainty
	calibration catastrophic forgetting continual transfer domain adaptation meta fewshot zeroshot
	contrastive selfsupervised augmentation regularization overfitting capacity scaling laws emergent`
	.split(/\s+/)
	.filter(Boolean);

const syllables =
	'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za ze zi zo tra pro str ent ion ism ard ex on al ic'.split(
		' ',
	);
const givenNames =
	'Ada Alan Grace Yann Geoffrey Yoshua Fei Andrew Daphne Judea Leslie Barbara Donald Edsger Radia Shafi Silvio Cynthia Michael Sanjeev Percy Chelsea Oriol Ilya Demis Koray Jürgen Sepp Hugo Tomas Wei Ming Li Jun Hiroshi Yuki Amara Chidi Priya Arjun Lena Sofia Mateo Lucas'.split(
		' ',
	);
const familyNames =
	'Lovelace Turing Hopper LeCun Hinton Bengio Li Ng Koller Pearl Lamport Liskov Knuth Dijkstra Perlman Goldwasser Micali Dwork Jordan Arora Liang Finn Vinyals Sutskever Hassabis Kavukcuoglu Schmidhuber Hochreiter Larochelle Mikolov Zhang Wang Chen Liu Tanaka Sato Okafor Eze Sharma Patel Novak Rossi García Silva Müller'.split(
		' ',
	);

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus everywhere. */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** The vocabulary in rank order: the research words, then made-up words from syllables. */
function createVocabulary(size: number, random: () => number): string[] {
	const words = [...new Set(commonWords)];
	const seen = new Set(words);
	while (words.length < size) {
		const length = 2 + Math.floor(random() * 3);
		let word = '';
		for (let part = 0; part < length; part++) word += syllables[Math.floor(random() * syllables.length)];
		if (!seen.has(word)) {
			seen.add(word);
			words.push(word);
		}
	}
	return words;
}

/** Samples ranks 0..size-1 with probability ∝ 1 / (rank + 1)^exponent (Zipf), by binary search on the CDF. */
function createZipfSampler(size: number, exponent: number, random: () => number): () => number {
	const cumulative = new Float64Array(size);
	let total = 0;
	for (let rank = 0; rank < size; rank++) {
		total += 1 / (rank + 1) ** exponent;
		cumulative[rank] = total;
	}
	return () => {
		const target = random() * total;
		let low = 0;
		let high = size - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if ((cumulative[middle] ?? 0) < target) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}

/** One generated paper, as a JSON Lines record. */
export interface GeneratedPaper {
	readonly title: string;
	readonly abstract: string;
	readonly authors: string[];
	readonly year: number;
}

/** Yields `count` papers for `seed`, deterministically. */
export function* generatePapers(count: number, seed: number): Generator<GeneratedPaper> {
	const random = createRandom(seed);
	const vocabulary = createVocabulary(30_000, random);
	const nextRank = createZipfSampler(vocabulary.length, 1.07, random);
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	const words = (count: number) => Array.from({length: count}, () => vocabulary[nextRank()]!);
	const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
	for (let paper = 0; paper < count; paper++) {
		const title = words(between(8, 15)).map(capitalise).join(' ');
		const sentences: string[] = [];
		let remaining = between(150, 250);
		while (remaining > 0) {
			const length = Math.min(remaining, between(12, 28));
			remaining -= length;
			const sentence = words(length);
			sentences.push(`${capitalise(sentence.join(' '))}.`);
		}
		const authors = Array.from(
			{length: between(1, 8)},
			() => `${givenNames[between(0, givenNames.length - 1)]} ${familyNames[between(0, familyNames.length - 1)]}`,
		);
		yield {title, abstract: sentences.join(' '), authors, year: between(1990, 2026)};
	}
}

/** Writes `count` papers as JSON Lines to `file`. */
export async function writeCorpus(file: string, count: number, seed: number): Promise<void> {
	const output = createWriteStream(file);
	for (const paper of generatePapers(count, seed)) {
		if (!output.write(`${JSON.stringify(paper)}\n`)) await once(output, 'drain');
	}
	output.end();
	await once(output, 'finish');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const {values} = parseArgs({
		options: {papers: {type: 'string', default: '10000'}, seed: {type: 'string', default: '12'}, out: {type: 'string'}},
	});
	const count = Number(values.papers);
	const seed = Number(values.seed);
	if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || values.out === undefined) {
		console.error('generate-corpus: usage: --papers N (a positive integer) --seed S (an integer) --out FILE.jsonl');
		process.exit(2);
	}
	await writeCorpus(values.out, count, seed);
	console.log(`generate-corpus: ${count} papers (seed ${seed}) written to ${values.out}`);
}
