import {existsSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The repository root, found from this file's location. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed page text, beside the clone as `../shared/seed/…` (CI keeps a copy there). */
export const seedPath = resolve(repositoryRoot, '../shared/seed/000_8f518e1840367e55.txt');

/** Why seed tests are skipped, or `undefined` when the seed is present. */
export const seedMissingReason = existsSync(seedPath) ? undefined : `seed page text not found at ${seedPath}`;
