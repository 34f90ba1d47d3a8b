import {bibtexLanguage} from './bibtex-language.js';
import {citationTheme} from './citation-theme.js';

/** The languages a citation can be shown in. */
export type CitationLanguage = 'bibtex' | 'json';

/** How to highlight: `color: false` (e.g. under NO_COLOR) returns the text untouched. */
export interface HighlightCitationOptions {
	readonly color: boolean;
}

type Highlight = (text: string, language: CitationLanguage) => string;

const SGR = /\u001B\[[0-9;]*m/g;
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;

let loadingHighlighter: Promise<Highlight> | undefined;

// highlight.js reports problems with console.log/error, which would corrupt Ink's screen.
function withConsoleMuted<T>(action: () => T): T {
	const saved = CONSOLE_METHODS.map(method => [method, console[method]] as const);
	for (const method of CONSOLE_METHODS) {
		console[method] = () => {};
	}
	try {
		return action();
	} finally {
		for (const [method, original] of saved) {
			console[method] = original;
		}
	}
}

async function loadHighlighter(): Promise<Highlight> {
	// cli-highlight loads every highlight.js language (~100 ms), so only on first use.
	// highlight.js resolves to the instance cli-highlight requires; BibTeX is registered there.
	const [cliModule, {default: highlightJs}] = await Promise.all([import('cli-highlight'), import('highlight.js')]);
	// Node and vitest expose cli-highlight's named exports; in esbuild's split bundle only
	// `default`, which is then module.exports.
	const cliHighlight = typeof cliModule.supportsLanguage === 'function' ? cliModule : cliModule.default;
	withConsoleMuted(() => {
		if (!cliHighlight.supportsLanguage('bibtex')) {
			highlightJs.registerLanguage('bibtex', bibtexLanguage);
		}
	});
	return (text, language) => withConsoleMuted(() => cliHighlight.highlight(text, {language, ignoreIllegals: true, theme: citationTheme}));
}

/**
 * `text` with ANSI colours for `language`, loading cli-highlight on the first call only.
 * Never auto-detects and never writes to the console. Returns `text` unchanged when
 * `color` is false, or when highlighting fails or would change the visible characters.
 */
export async function highlightCitation(
	text: string,
	language: CitationLanguage,
	options: HighlightCitationOptions = {color: true},
): Promise<string> {
	if (!options.color || text === '') {
		return text;
	}
	try {
		loadingHighlighter ??= loadHighlighter();
		const highlighted = (await loadingHighlighter)(text, language);
		return highlighted.replace(SGR, '') === text ? highlighted : text;
	} catch {
		return text;
	}
}
