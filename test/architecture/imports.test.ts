import {readFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {describe, expect, test} from 'vitest';
import {allowedImports, importViolations, placeOf, type SourceFile} from './import-rules.js';

const repositoryRoot = new URL('../../', import.meta.url);

function sourceFiles(): SourceFile[] {
	const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], {
		cwd: repositoryRoot,
		encoding: 'utf8',
	});
	return listed
		.split('\n')
		.filter(file => /\.tsx?$/.test(file))
		.map(file => ({path: file, source: readFileSync(new URL(file, repositoryRoot), 'utf8')}));
}

describe('the one-way import rule (README, Architecture)', () => {
	const files = sourceFiles();

	test('every place of src/ is named in the rule', () => {
		const places = new Set(files.map(file => placeOf(file.path)));
		expect([...places].filter(place => !(place in allowedImports))).toEqual([]);
	});

	test('no import of src/ breaks it', () => {
		expect(importViolations(files)).toEqual([]);
	});
});

describe('the import checker', () => {
	const file = (path: string, source = ''): SourceFile => ({path, source});
	const table: Array<[description: string, files: SourceFile[], expected: string[]]> = [
		[
			'allows an import down a layer through the index',
			[file('src/state/a.ts', "import {x} from '../keys/index.js';"), file('src/keys/index.ts')],
			[],
		],
		[
			'reports an import up a layer',
			[file('src/state/a.ts', "import {App} from '../app.js';"), file('src/app.tsx')],
			['src/state/a.ts: imports src/app.tsx, but state/ may not depend on app.tsx'],
		],
		[
			'reports a sideways import',
			[file('src/search/a.ts', "import {b} from '../bookmarks/b.js';"), file('src/bookmarks/b.ts')],
			['src/search/a.ts: imports src/bookmarks/b.ts, but search/ may not depend on bookmarks/'],
		],
		[
			'reports an import that bypasses an index',
			[file('src/state/a.ts', "import {b} from '../keys/b.js';"), file('src/keys/b.ts'), file('src/keys/index.ts')],
			['src/state/a.ts: imports src/keys/b.ts instead of src/keys/index.ts'],
		],
		[
			'reports ink below the UI',
			[file('src/state/a.ts', "import {Box} from 'ink';")],
			['src/state/a.ts: imports ink, which only ui/, hooks/, app.tsx, explorer/ may use'],
		],
		[
			'reports lunr in the UI, dynamic imports too',
			[file('src/ui/A.tsx', "const lunr = await import('lunr');")],
			['src/ui/A.tsx: imports lunr, which only search/ may use'],
		],
		[
			'reports conf in the UI',
			[file('src/ui/A.tsx', "import Conf from 'conf';")],
			['src/ui/A.tsx: imports conf, which only bookmarks/ may use'],
		],
		[
			'reports an import of the renderer (only the build puts it into Ink)',
			[file('src/explorer/a.ts', "import Output from '../render/output.js';"), file('src/render/output.ts')],
			['src/explorer/a.ts: imports src/render/output.ts, but explorer/ may not depend on render/'],
		],
		[
			'allows the renderer to use text/',
			[file('src/render/a.ts', "import {clusterWidth} from '../text/wrap-text.js';"), file('src/text/wrap-text.ts')],
			[],
		],
		[
			'reports a file outside src/',
			[file('src/state/a.ts', "import x from '../../scripts/x.js';")],
			['src/state/a.ts: imports ../../scripts/x.js, which is not a file of src/'],
		],
	];

	test.each(table)('%s', (_description, files, expected) => {
		expect(importViolations(files)).toEqual(expected);
	});
});
