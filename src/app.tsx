import {useCallback, useEffect, useMemo} from 'react';
import {useApp, useStdout} from 'ink';
import type {Paper, Span, TerminalSize} from './types.js';
import type {ExplorerServices, SearchEngine} from './hooks/services.js';
import {createInitialState} from './state/initial-state.js';
import {interpretInput, interpretPaste, modeOf} from './hooks/interpret-input.js';
import {queryAction, runEffect, type EffectContext} from './hooks/run-effect.js';
import {useExplorerState} from './hooks/use-explorer-state.js';
import {useDeferredService} from './hooks/use-deferred-service.js';
import {useMessageTimeout} from './hooks/use-message-timeout.js';
import {useBookmarkSync} from './hooks/use-bookmark-sync.js';
import {useTerminalResize} from './hooks/use-terminal-size.js';
import {useTerminalInput} from './hooks/use-terminal-input.js';
import {Layout} from './ui/Layout.js';

interface Props {
	readonly papers: readonly Paper[];
	readonly services: ExplorerServices;
	readonly initialSize: TerminalSize;
}

const noSpans = (): readonly Span[] => [];

function highlighterFor(engine: SearchEngine | undefined, query: string, field: 'title' | 'abstract') {
	return engine && query.trim() ? engine.highlighter(query, field) : noSpans;
}

/** The explorer: state, services and keys wired to the layout. */
export function App({papers, services, initialSize}: Props) {
	const {state, latest, dispatch} = useExplorerState(() => createInitialState(papers, initialSize, services.readBookmarksNow()));
	const {exit} = useApp();
	const {stdout} = useStdout();
	const reportError = useCallback((error: unknown) => {
		dispatch({type: 'message.show', message: {text: error instanceof Error ? error.message : String(error), kind: 'error'}});
	}, [dispatch]);
	const engine = useDeferredService(services.loadSearch, reportError);
	const bookmarks = useDeferredService(services.openBookmarks, reportError);
	const mode = modeOf(state);

	useTerminalResize(useCallback(size => {
		dispatch({type: 'resize', size});
	}, [dispatch]));
	useMessageTimeout(state.message, dispatch);

	useBookmarkSync(bookmarks, () => latest.current.bookmarks, dispatch, reportError);

	// A redraw is handled as a resize to the same size: Ink (as patched by the build) has the
	// renderer repaint on a clean screen, and the resize handler above renders the frame again.
	const redraw = (): void => {
		stdout.emit('resize');
	};

	const context = (): EffectContext => ({state: latest.current, dispatch, services, engine, bookmarks, quit: exit, redraw});
	useEffect(() => {
		// A query typed while the engine was loading is run once it is ready.
		if (engine && latest.current.query) {
			dispatch(queryAction(latest.current.query, {engine, state: latest.current}));
		}
	}, [engine, latest, dispatch]);

	useTerminalInput(event => {
		const effects = event.type === 'paste'
			? interpretPaste(latest.current, event.text)
			: interpretInput(latest.current, event.input, event.key);
		for (const effect of effects) {
			void runEffect(effect, context());
		}
	}, reportError);

	const highlightTitle = useMemo(() => highlighterFor(engine, state.query, 'title'), [engine, state.query]);
	const highlightAbstract = useMemo(() => highlighterFor(engine, state.query, 'abstract'), [engine, state.query]);

	return <Layout state={state} mode={mode} highlightTitle={highlightTitle} highlightAbstract={highlightAbstract}/>;
}
