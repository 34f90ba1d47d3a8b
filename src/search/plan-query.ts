import {indexTerm} from './index-term.js';
import type {ParsedQuery, Presence, QueryWord, SearchField} from './parse-query.js';
import {termsOfWordsNear, termsOfWordsWithPrefix, type Vocabulary} from './vocabulary.js';

/** All indexed fields, in boost order. */
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'authors', 'abstract'];

/** Shortest word being typed that is also matched as a prefix. */
export const MIN_PREFIX_LENGTH = 3;

/** Shortest word that is also matched with a one-letter typo. */
export const MIN_TYPO_LENGTH = 5;

/** Words beyond this many per kind are ignored: a pasted paragraph must not stall typing. */
export const MAX_WORDS = 32;

/**
 * Most terms the word being typed expands to, the ones held by the most papers. Lunr's cost
 * grows with the papers each term reaches: on a synthetic 10k corpus an uncapped `gra` took
 * ~1 s, 24 terms ~380 ms and 8 terms ~120 ms; more letters narrow the expansion anyway.
 */
export const MAX_PREFIX_TERMS = 8;

/** Most terms a one-letter typo expands to (see `MAX_PREFIX_TERMS`). */
export const MAX_TYPO_TERMS = 8;

const PREFIX_BOOST = 0.5;
const TYPO_BOOST = 0.2;

/** One Lunr clause: an index term, and whether it stands for a typo correction. */
export interface TermClause {
	readonly term: string;
	readonly boost: number;
	readonly isTypo: boolean;
}

/** The clauses that stand for one query word. */
export interface WordPlan {
	/** The query word, folded. */
	readonly word: string;
	readonly presence: Presence;
	readonly fields: readonly SearchField[];
	readonly clauses: readonly TermClause[];
}

/** What to ask the index: words that rank, and words whose papers are dropped. */
export interface QueryPlan {
	/** Optional and required words that mean something; empty means "show everything". */
	readonly wanted: readonly WordPlan[];
	readonly excluded: readonly WordPlan[];
}

function clausesFor(queryWord: QueryWord, vocabulary: Vocabulary): TermClause[] {
	const {word} = queryWord;
	const clauses: TermClause[] = [];
	const covered = new Set<string>();
	const add = (term: string, boost: number, isTypo: boolean) => {
		if (covered.has(term)) return;
		clauses.push({term, boost, isTypo});
		covered.add(term);
	};
	const exact = indexTerm(word);
	if (exact !== undefined && vocabulary.paperCounts.has(exact)) add(exact, 1, false);
	if (queryWord.presence === 'excluded') return clauses;
	if (queryWord.isBeingTyped && word.length >= MIN_PREFIX_LENGTH) {
		for (const term of termsOfWordsWithPrefix(vocabulary, word, MAX_PREFIX_TERMS)) add(term, PREFIX_BOOST, false);
	}
	if (word.length >= MIN_TYPO_LENGTH) {
		for (const term of termsOfWordsNear(vocabulary, word, MAX_TYPO_TERMS)) add(term, TYPO_BOOST, true);
	}
	return clauses;
}

/**
 * Turns a parsed query into Lunr clauses using only terms the index holds: the stemmed
 * word; for the word being typed (3+ letters) the terms of vocabulary words it starts
 * (`learnin` → `learn`); for words of 5+ letters the terms of vocabulary words one edit
 * away (see the caps above). Excluded words drop papers holding their stemmed form only.
 */
export function planQuery(query: ParsedQuery, vocabulary: Vocabulary): QueryPlan {
	const toPlan = (queryWord: QueryWord): WordPlan => ({
		word: queryWord.word,
		presence: queryWord.presence,
		fields: queryWord.field === undefined ? SEARCH_FIELDS : [queryWord.field],
		clauses: clausesFor(queryWord, vocabulary),
	});
	// A word the corpus lacks still matches nothing, but a stop word, or one or two letters
	// just typed, mean nothing yet: the list must not blank out at the first keystroke.
	const isMeaningful = (queryWord: QueryWord, plan: WordPlan) =>
		plan.clauses.length > 0 ||
		(indexTerm(queryWord.word) !== undefined && !(queryWord.isBeingTyped && queryWord.word.length < MIN_PREFIX_LENGTH));
	const positive = query.words.filter(word => word.presence !== 'excluded').slice(0, MAX_WORDS);
	const negative = query.words.filter(word => word.presence === 'excluded').slice(0, MAX_WORDS);
	const wanted: WordPlan[] = [];
	for (const queryWord of positive) {
		const plan = toPlan(queryWord);
		if (isMeaningful(queryWord, plan)) wanted.push(plan);
	}
	return {
		wanted,
		excluded: negative.map(toPlan).filter(plan => plan.clauses.length > 0),
	};
}
