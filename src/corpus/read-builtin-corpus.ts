import {readFileSync} from 'node:fs';
import type {Paper} from '../types.js';

/**
 * Reads the built-in corpus as is. It is not user input: scripts/build-corpus.ts writes it with
 * this module's own loader (cleaned, unique ids) and a test checks it against the seed, so
 * re-validating it would only slow every start.
 */
export function readBuiltinCorpus(path: string): Paper[] {
	return JSON.parse(readFileSync(path, 'utf8')) as Paper[];
}
