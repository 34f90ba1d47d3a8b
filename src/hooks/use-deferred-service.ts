import {useEffect, useRef, useState} from 'react';

/**
 * Starts `load` once, after the first frame is on screen, and returns its result when ready.
 * A failure is passed to `onError` (the latest one given) and leaves the service undefined.
 */
export function useDeferredService<T>(load: () => Promise<T>, onError: (error: unknown) => void): T | undefined {
	const [service, setService] = useState<T>();
	// Load once per service factory; `onError` may change identity freely.
	const latestOnError = useRef(onError);
	useEffect(() => {
		latestOnError.current = onError;
	}, [onError]);
	useEffect(() => {
		let isCurrent = true;
		const timer = setTimeout(() => {
			load().then(
				loaded => {
					if (isCurrent) {
						setService(() => loaded);
					}
				},
				(error: unknown) => {
					if (isCurrent) {
						latestOnError.current(error);
					}
				},
			);
		}, 0);
		return () => {
			isCurrent = false;
			clearTimeout(timer);
		};
	}, [load]);
	return service;
}
