import {useEffect, useState} from 'react';

/**
 * Starts `load` once, after the first frame is on screen, and returns its result when ready.
 * A failure is passed to `onError` and leaves the service undefined.
 */
export function useDeferredService<T>(load: () => Promise<T>, onError: (error: unknown) => void): T | undefined {
	const [service, setService] = useState<T>();
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
						onError(error);
					}
				},
			);
		}, 0);
		return () => {
			isCurrent = false;
			clearTimeout(timer);
		};
		// Load once per service factory; `onError` may change identity freely.
	}, [load]);
	return service;
}
