import {useEffect, useRef} from 'react';
import type {ExplorerServices} from '../services/index.js';
import type {Action} from '../state/index.js';

/**
 * Reads the rest of the corpus once, after the first frame, when the explorer opened on its first
 * papers (`services.readCorpus`): the papers read so far go to the store as `corpus.read`. When
 * all is read, `onDone` gets the notices about the files; a file that cannot be read goes to
 * `onError` (the explorer closes with its message).
 */
export function useCorpusReading(
	readCorpus: ExplorerServices['readCorpus'],
	dispatch: (action: Action) => void,
	onDone: (notices: readonly string[]) => void,
	onError: (error: unknown) => void,
): void {
	const handlers = useRef({onDone, onError});
	useEffect(() => {
		handlers.current = {onDone, onError};
	}, [onDone, onError]);
	useEffect(() => {
		if (readCorpus === undefined) return;
		readCorpus((papers, progress) => {
			dispatch({type: 'corpus.read', papers, progress});
		}).then(
			notices => {
				handlers.current.onDone(notices);
			},
			(error: unknown) => {
				handlers.current.onError(error);
			},
		);
	}, [readCorpus, dispatch]);
}
