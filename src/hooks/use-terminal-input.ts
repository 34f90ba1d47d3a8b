import {useEffect, useLayoutEffect, useRef} from 'react';
import {useInput} from 'ink';
import {decodeInput, finishPaste, initialDecoderState, type Decoded, type InputEvent} from '../keys/index.js';

/**
 * How long a paste may wait for its end marker once input stops (a slow link delivers a paste in
 * several reads; the marker always comes unless its Esc was read alone and lost), before what
 * arrived is pasted as it is.
 */
export const pasteTimeoutMilliseconds = 1500;

/**
 * Calls `onEvent` with every key and every whole paste the terminal sends, decoded from Ink's
 * input (src/keys/input-decoder.ts). Whatever `onEvent` throws for one event goes to `onError`
 * and never reaches Ink, so no key can end the program.
 */
export function useTerminalInput(onEvent: (event: InputEvent) => void, onError: (error: unknown) => void): void {
	const decoder = useRef(initialDecoderState);
	const pasteTimer = useRef<NodeJS.Timeout | undefined>(undefined);
	const handlers = useRef({onEvent, onError});
	useLayoutEffect(() => {
		handlers.current = {onEvent, onError};
	});

	const deliver = (decoded: Decoded) => {
		decoder.current = decoded.state;
		for (const event of decoded.events) {
			try {
				handlers.current.onEvent(event);
			} catch (error: unknown) {
				handlers.current.onError(error);
			}
		}
	};

	useInput((input, key) => {
		clearTimeout(pasteTimer.current);
		try {
			deliver(decodeInput(decoder.current, input, key));
		} catch (error: unknown) {
			decoder.current = initialDecoderState;
			handlers.current.onError(error);
		}

		if (decoder.current.paste !== undefined) {
			pasteTimer.current = setTimeout(() => {
				deliver(finishPaste(decoder.current));
			}, pasteTimeoutMilliseconds);
		}
	});

	useEffect(
		() => () => {
			clearTimeout(pasteTimer.current);
		},
		[],
	);
}
