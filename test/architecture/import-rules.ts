import path from 'node:path';
import ts from 'typescript';

/**
 * Where each place of `src/` (a top-level folder, or a top-level file) may import from: the
 * one-way dependency rule of README.md's architecture section, as data. A place may always
 * import its own files.
 */
export const allowedImports: Readonly<Record<string, readonly string[]>> = {
	'types.ts': [],
	'text/': ['types.ts'],
	'render/': ['types.ts', 'text/'],
	'terminal/': ['types.ts', 'text/'],
	'keys/': ['types.ts', 'text/'],
	'corpus/': ['types.ts', 'text/'],
	'search/': ['types.ts', 'text/'],
	'citation/': ['types.ts', 'text/'],
	'bookmarks/': ['types.ts', 'text/'],
	'fetch/': ['types.ts', 'text/', 'corpus/'],
	'state/': ['types.ts', 'text/', 'keys/'],
	'services/': ['types.ts', 'state/'],
	'effects/': ['types.ts', 'text/', 'keys/', 'state/', 'services/', 'citation/'],
	'hooks/': ['types.ts', 'text/', 'terminal/', 'keys/', 'state/', 'services/'],
	'ui/': ['types.ts', 'text/', 'keys/', 'state/'],
	'app.tsx': ['types.ts', 'keys/', 'state/', 'services/', 'effects/', 'hooks/', 'ui/'],
	'explorer/': ['types.ts', 'text/', 'terminal/', 'search/', 'citation/', 'bookmarks/', 'services/', 'ui/', 'app.tsx'],
	'cli/': ['types.ts', 'text/', 'corpus/', 'search/', 'citation/', 'bookmarks/', 'fetch/'],
	'cli.ts': ['types.ts', 'text/', 'terminal/', 'corpus/', 'search/', 'bookmarks/', 'state/', 'cli/', 'explorer/'],
};

/** Packages only some places may use: the UI toolkit above the pure layers, each engine behind its folder. */
export const restrictedPackages: Readonly<Record<string, readonly string[]>> = {
	ink: ['ui/', 'hooks/', 'app.tsx', 'explorer/'],
	react: ['ui/', 'hooks/', 'app.tsx', 'explorer/'],
	'ink-text-input': ['ui/'],
	lunr: ['search/'],
	conf: ['bookmarks/'],
	'proper-lockfile': ['bookmarks/'],
	'cli-highlight': ['citation/'],
	'highlight.js': ['citation/'],
	'@retorquere/bibtex-parser': ['corpus/'],
	'fast-xml-parser': ['corpus/'],
};

/** Files outside `src/` that a place may import (the package's own metadata). */
const allowedOutside: Readonly<Record<string, readonly string[]>> = {'cli.ts': ['package.json']};

/** A source file: its path relative to the repository root (`src/...`) and its text. */
export interface SourceFile {
	readonly path: string;
	readonly source: string;
}

/** The place of a file under `src/`: its top-level folder (`state/`) or its own name (`app.tsx`). */
export function placeOf(file: string): string {
	const [first, ...rest] = path.posix.relative('src', file).split('/');
	return rest.length === 0 ? first! : `${first}/`;
}

function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Resolves a relative import (written with `.js`, as ESM TypeScript does) to a file among `known`. */
function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
	const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
	const base = joined.replace(/\.js$/, '');
	return [joined, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(candidate => known.has(candidate));
}

/**
 * Every import of `files` that breaks the rule: one that goes to a place its place may not use
 * (up a layer, or sideways), one into a folder with an `index.ts` that bypasses it, one of a
 * restricted package outside its places, or one leaving `src/`. Each is `file: what`.
 */
export function importViolations(files: readonly SourceFile[]): string[] {
	const known = new Set(files.map(file => file.path));
	const placesWithIndex = new Set(files.filter(file => /^src\/[^/]+\/index\.ts$/.test(file.path)).map(file => placeOf(file.path)));
	const violations: string[] = [];
	for (const file of files) {
		const from = placeOf(file.path);
		for (const {fileName: specifier} of ts.preProcessFile(file.source, true, true).importedFiles) {
			if (!specifier.startsWith('.')) {
				const name = packageName(specifier);
				const places = restrictedPackages[name];
				if (places && !places.includes(from)) {
					violations.push(`${file.path}: imports ${name}, which only ${places.join(', ')} may use`);
				}

				continue;
			}

			const target = resolve(file.path, specifier, known);
			if (target === undefined) {
				const outside = path.posix.relative('.', path.posix.join(path.posix.dirname(file.path), specifier));
				if (!(allowedOutside[from] ?? []).includes(outside)) {
					violations.push(`${file.path}: imports ${specifier}, which is not a file of src/`);
				}

				continue;
			}

			const to = placeOf(target);
			if (to === from) {
				continue;
			}

			if (!(allowedImports[from] ?? []).includes(to)) {
				violations.push(`${file.path}: imports ${target}, but ${from} may not depend on ${to}`);
			} else if (placesWithIndex.has(to) && target !== `src/${to}index.ts`) {
				violations.push(`${file.path}: imports ${target} instead of src/${to}index.ts`);
			}
		}
	}

	return violations;
}
