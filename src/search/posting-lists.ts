import {IntegerList} from './integer-list.js';

/**
 * Lunr's inverted index and field vectors in compact form: terms interned in the order Lunr
 * numbers them, and per field and term a sorted run of paper numbers with the weight Lunr's
 * field vector holds for that paper, field and term.
 */
export interface PostingLists {
	/** The indexed fields, in Lunr's order (the order they were declared). */
	readonly fields: readonly string[];
	readonly documentCount: number;
	/** Every term, numbered as Lunr numbers them (`posting._index`: first seen first). */
	readonly terms: readonly string[];
	readonly termNumbers: ReadonlyMap<string, number>;
	/** Per field: the postings of term `t` are `documents[f][offsets[f][t] .. offsets[f][t + 1]]`. */
	readonly offsets: readonly Int32Array[];
	/** Per field: paper numbers, ascending within a term. */
	readonly documents: readonly Int32Array[];
	/**
	 * Per field, parallel to `documents`: Lunr's field-vector weight times 1000. Lunr rounds
	 * each weight to 3 decimals (`Math.round(score * 1000) / 1000`), so dividing by 1000
	 * gives back exactly the number Lunr holds.
	 */
	readonly weights: readonly Int32Array[];
}

/** BM25 constants of `lunr.Builder` (its defaults, which this program never changes). */
const K1 = 1.2;
const B = 0.75;

/** Collects papers' terms field by field, then computes the weights as `lunr.Builder.build` would. */
export interface PostingListsBuilder {
	/** The number of a term; a new term gets the next number (as Lunr numbers terms in `add`). */
	numberOf(term: string): number;
	/**
	 * Adds the next paper: `fieldTerms[f]` are the numbers of its terms in field `f`, in the
	 * order Lunr's pipeline would output them; terms must be numbered in that order too.
	 */
	add(fieldTerms: readonly (readonly number[])[]): void;
	/** The posting lists, and per term number how many papers hold the term (in any field). */
	finish(): {postings: PostingLists; paperCounts: Int32Array};
}

/**
 * A builder for posting lists over `fields` with their boosts, equivalent to a `lunr.Builder`
 * with those fields, an identity tokenizer and an empty pipeline, fed the same papers in order.
 */
export function createPostingListsBuilder(fields: readonly string[], boosts: readonly number[]): PostingListsBuilder {
	const terms: string[] = [];
	const termNumbers = new Map<string, number>();
	const perField = fields.map(() => ({terms: new IntegerList(), documents: new IntegerList(), frequencies: new IntegerList()}));
	const fieldLengths = fields.map(() => new IntegerList());
	let counts = new Int32Array(1024);
	let paperCounts = new Int32Array(1024);
	let lastPaper = new Int32Array(1024).fill(-1);
	let documentCount = 0;

	const numberOf = (term: string): number => {
		let number = termNumbers.get(term);
		if (number === undefined) {
			number = terms.length;
			terms.push(term);
			termNumbers.set(term, number);
			if (number >= counts.length) {
				const grow = (array: Int32Array, fill: number) => {
					const grown = new Int32Array(array.length * 2).fill(fill);
					grown.set(array);
					return grown;
				};
				counts = grow(counts, 0);
				paperCounts = grow(paperCounts, 0);
				lastPaper = grow(lastPaper, -1);
			}
		}
		return number;
	};

	return {
		numberOf,
		add(fieldTerms) {
			const document = documentCount++;
			fields.forEach((_field, field) => {
				const list = fieldTerms[field] ?? [];
				const lists = perField[field]!;
				fieldLengths[field]!.push(list.length);
				const seen: number[] = [];
				for (const number of list) {
					if (counts[number] === 0) seen.push(number);
					counts[number]!++;
					if (lastPaper[number] !== document) {
						lastPaper[number] = document;
						paperCounts[number]!++;
					}
				}
				for (const number of seen) {
					lists.terms.push(number);
					lists.documents.push(document);
					lists.frequencies.push(counts[number]!);
					counts[number] = 0;
				}
			});
		},
		finish() {
			const termCount = terms.length;
			// lunr.idf counts a paper once per field that holds the term.
			const paperFields = new Int32Array(termCount);
			for (const lists of perField) for (let entry = 0; entry < lists.terms.length; entry++) paperFields[lists.terms.get(entry)]!++;
			const idf = Float64Array.from(paperFields, holding => Math.log(1 + Math.abs((documentCount - holding + 0.5) / (holding + 0.5))));
			const offsets: Int32Array[] = [];
			const documents: Int32Array[] = [];
			const weights: Int32Array[] = [];
			fields.forEach((_field, field) => {
				const lists = perField[field]!;
				const lengths = fieldLengths[field]!;
				let totalLength = 0;
				for (let document = 0; document < documentCount; document++) totalLength += lengths.get(document);
				const averageLength = totalLength / documentCount;
				const boost = boosts[field] || 1;
				const fieldOffsets = new Int32Array(termCount + 1);
				for (let entry = 0; entry < lists.terms.length; entry++) fieldOffsets[lists.terms.get(entry) + 1]!++;
				for (let term = 0; term < termCount; term++) fieldOffsets[term + 1]! += fieldOffsets[term]!;
				const next = fieldOffsets.slice(0, termCount);
				const fieldDocuments = new Int32Array(lists.terms.length);
				const fieldWeights = new Int32Array(lists.terms.length);
				for (let entry = 0; entry < lists.terms.length; entry++) {
					const term = lists.terms.get(entry);
					const document = lists.documents.get(entry);
					const frequency = lists.frequencies.get(entry);
					// The expression of lunr.Builder.prototype.createFieldVectors, in its order of operations.
					let score = (idf[term]! * ((K1 + 1) * frequency)) / (K1 * (1 - B + B * (lengths.get(document) / averageLength)) + frequency);
					score *= boost;
					const position = next[term]!++;
					fieldDocuments[position] = document;
					fieldWeights[position] = Math.round(score * 1000);
				}
				offsets.push(fieldOffsets);
				documents.push(fieldDocuments);
				weights.push(fieldWeights);
			});
			return {
				postings: {fields, documentCount, terms, termNumbers, offsets, documents, weights},
				paperCounts: paperCounts.slice(0, termCount),
			};
		},
	};
}
