import {useCallback, useEffect} from 'react';
import {useApp, useStdout} from 'ink';
import type {EffectCommandId} from './keys/index.js';
import type {Paper, TerminalSize} from './types.js';
import {createInitialState, modeOf, paperToMarkRead} from './state/index.js';
import type {ExplorerServices} from './services/index.js';
import {runEffect} from './effects/run-effect.js';
import {markShownPaperRead} from './effects/paper-marks.js';
import {useBookmarkSync} from './hooks/use-bookmark-sync.js';
import {useCorpusReading} from './hooks/use-corpus-reading.js';
import {useDeferredService} from './hooks/use-deferred-service.js';
import {useExplorerStore} from './hooks/use-explorer-store.js';
import {useKeyHandler} from './hooks/use-key-handler.js';
import {useMarksSync} from './hooks/use-marks-sync.js';
import {useMessageTimeout} from './hooks/use-message-timeout.js';
import {DEFAULT_READ_AFTER_MS, useReadTimer} from './hooks/use-read-timer.js';
import {useSearch} from './hooks/use-search.js';
import {useTerminalResize} from './hooks/use-terminal-resize.js';
import {Layout} from './ui/Layout.js';

interface Props {
	readonly papers: readonly Paper[];
	readonly services: ExplorerServices;
	readonly initialSize: TerminalSize;
}

/** The explorer: store, services, keys and effects wired to the layout. */
export function App({papers, services, initialSize}: Props) {
	const {store, state} = useExplorerStore(() =>
		createInitialState(papers, initialSize, services.readBookmarksNow(), services.readMarksNow(), services.corpusProgress?.()),
	);
	const {exit} = useApp();
	const {stdout} = useStdout();
	const reportError = useCallback(
		(error: unknown) => {
			store.dispatch({type: 'message.show', message: {text: error instanceof Error ? error.message : String(error), kind: 'error'}});
		},
		[store],
	);
	useCorpusReading(
		services.readCorpus,
		store.dispatch,
		useCallback(
			(notices: readonly string[]) => {
				// Bookmarks saved under ids that merging the files changed are found through the aliases now known.
				services
					.openBookmarks()
					.then(async service => service.list())
					.then(bookmarks => {
						store.dispatch({type: 'bookmarks.loaded', bookmarks});
					}, reportError);
				if (notices.length > 0) {
					const more = notices.length > 1 ? ` (${notices.length - 1} more notice${notices.length > 2 ? 's' : ''})` : '';
					store.dispatch({type: 'message.show', message: {text: `${notices[0]!}${more}`, kind: 'warning'}});
				}
			},
			[store, services, reportError],
		),
		exit,
	);
	const engine = useDeferredService(services.loadSearch, reportError);
	const bookmarks = useDeferredService(services.openBookmarks, reportError);
	const notes = useDeferredService(services.readNotes, reportError);
	useEffect(() => {
		if (notes !== undefined) store.dispatch({type: 'notes.loaded', notes});
	}, [store, notes]);
	const searchLatest = useSearch(store, engine);

	useTerminalResize(
		useCallback(
			size => {
				store.dispatch({type: 'resize', size});
			},
			[store],
		),
	);
	useMessageTimeout(state.message, store.dispatch);
	useBookmarkSync(
		bookmarks,
		useCallback(() => store.getState().bookmarks, [store]),
		store.dispatch,
		reportError,
	);

	useMarksSync(
		bookmarks,
		useCallback(() => store.getState().marks, [store]),
		store.dispatch,
		reportError,
	);
	useReadTimer(
		paperToMarkRead(state),
		services.readAfterMs ?? DEFAULT_READ_AFTER_MS,
		useCallback(
			(paperId: string) => {
				void markShownPaperRead({dispatch: store.dispatch, services, bookmarks}, paperId);
			},
			[store, services, bookmarks],
		),
	);

	// A redraw is handled as a resize to the same size: Ink (as patched by the build) has the
	// renderer repaint on a clean screen, and the resize handler renders the frame again.
	const redraw = (): void => {
		stdout.emit('resize');
	};

	const perform = (command: EffectCommandId): void => {
		void runEffect(command, {state: store.getState(), dispatch: store.dispatch, services, bookmarks, engine, quit: exit, redraw});
	};

	useKeyHandler(store, perform, searchLatest);

	return <Layout state={state} mode={modeOf(state)} />;
}
