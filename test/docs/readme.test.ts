import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {helpRows} from '../../src/keys/index.js';
import {helpText} from '../../src/cli/usage.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const keysSection = readme.slice(readme.indexOf('<!-- keys:start'), readme.indexOf('<!-- keys:end'));

function tableRows(section: string): Array<{keys: string; action: string}> {
	return [...section.matchAll(/^\| (.+?) \| (.+?) \|$/gm)]
		.map(match => ({keys: match[1]!.replaceAll('`', ''), action: match[2]!}))
		.filter(row => row.keys !== 'Keys' && !row.keys.startsWith('---'));
}

describe('README keys tables tell the truth', () => {
	const [listSection, rest] = keysSection.split('Search line');
	const [searchSection, afterSearch] = rest!.split('Help and citation views');
	const [overlaySection, afterOverlays] = afterSearch!.split('Tag prompt');
	const [tagPromptSection, tagListSection] = afterOverlays!.split('Tag list');

	test.each([
		['list and detail', listSection!, 'list'],
		['search line', searchSection!, 'search'],
		['help and citation views', overlaySection!, 'citation'],
		['tag prompt', tagPromptSection!, 'tags'],
		['tag list', tagListSection!, 'tagList'],
	] as const)("the %s table lists exactly the keymap's help rows", (_name, section, mode) => {
		expect(tableRows(section)).toEqual(helpRows(mode).map(row => ({keys: row.keys, action: row.description})));
	});
});

describe('README commands match --help', () => {
	test.each([
		'list',
		'search QUERY',
		'show ID',
		'similar ID',
		'bookmarks add ID...',
		'bookmarks rm ID...',
		'--corpus FILE',
		'--config-dir DIR',
		'--limit N',
		'fetch arxiv QUERY',
		'fetch hf-daily',
		'--since DAY',
		'--date DAY',
	])('%s is in both', command => {
		expect(readme).toContain(command);
		expect(helpText).toContain(command);
	});
});
