import {readFileSync} from 'node:fs';
import type {Paper} from '../../src/types.js';

/** The built-in corpus as shipped in `corpus/papers.json`. */
export function loadBuiltinCorpus(): Paper[] {
	const url = new URL('../../corpus/papers.json', import.meta.url);
	return JSON.parse(readFileSync(url, 'utf8')) as Paper[];
}
