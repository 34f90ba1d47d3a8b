import {useEffect} from 'react';
import type {Action, StatusMessage} from '../state/index.js';

const durations: Readonly<Record<StatusMessage['kind'], number>> = {info: 4000, warning: 15_000, error: 15_000};

/** Clears the status message after a while; warnings and errors stay longer. */
export function useMessageTimeout(message: StatusMessage | null, dispatch: (action: Action) => void): void {
	useEffect(() => {
		if (!message) {
			return;
		}

		const timer = setTimeout(() => {
			dispatch({type: 'message.clear'});
		}, durations[message.kind]);
		timer.unref();
		return () => {
			clearTimeout(timer);
		};
	}, [message, dispatch]);
}
