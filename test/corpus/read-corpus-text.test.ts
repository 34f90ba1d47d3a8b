import {describe, expect, it, vi} from 'vitest';

const failure = vi.hoisted(() => ({code: 'EACCES'}));

vi.mock('node:fs', async (importOriginal) => ({
	...(await importOriginal<typeof import('node:fs')>()),
	openSync: () => {
		throw Object.assign(new Error(`${failure.code}: simulated`), {code: failure.code});
	},
}));

const {readCorpusText} = await import('../../src/corpus/read-corpus-text.js');

const cases: ReadonlyArray<readonly [behaviour: string, code: string, message: string]> = [
	['reports a permission error as such, even when tests run as root', 'EACCES', 'papers.json: permission denied; check the file permissions'],
	['reports EPERM as a permission error', 'EPERM', 'papers.json: permission denied; check the file permissions'],
	['names the error code of any other read failure', 'EIO', 'papers.json: cannot read the file (EIO)'],
];

describe('readCorpusText read failures', () => {
	it.each(cases)('%s', (_behaviour, code, message) => {
		failure.code = code;
		expect(() => readCorpusText('papers.json')).toThrow(message);
	});
});
