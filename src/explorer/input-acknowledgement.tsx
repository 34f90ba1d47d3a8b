import {useEffect} from 'react';
import {useStdin, useStdout} from 'ink';
import {inputAcknowledgement, resizeAcknowledgement} from './acknowledgements.js';

/**
 * A test hook that draws nothing: rendered beside the explorer when `PAPER_TUI_TEST_ACKNOWLEDGE=1`,
 * it writes an acknowledgement (./acknowledgements.ts) after each read of input and each resize,
 * once the explorer has handled it and Ink has written the frame it caused, so that a test in a
 * real terminal can wait for that instead of sleeping. Key handlers and resize handlers run
 * synchronously when Ink emits the event; the frame they cause goes through Ink's two throttles
 * (render, then write) of `frameIntervalMs` each. The acknowledgement's timer is due one
 * millisecond after both, and Node runs timers in order of their due time.
 */
export function InputAcknowledgement({frameIntervalMs}: {readonly frameIntervalMs: number}) {
	const {internal_eventEmitter: inputEvents} = useStdin();
	const {stdout} = useStdout();
	useEffect(() => {
		let handledBytes = 0;
		const timers = new Set<NodeJS.Timeout>();
		const acknowledge = (text: string) => {
			const timer = setTimeout(
				() => {
					timers.delete(timer);
					stdout.write(text);
				},
				2 * frameIntervalMs + 1,
			);
			timers.add(timer);
		};
		const onInput = (input: string) => {
			handledBytes += Buffer.byteLength(input);
			acknowledge(inputAcknowledgement(handledBytes));
		};
		const onResize = () => {
			acknowledge(resizeAcknowledgement);
		};
		inputEvents.on('input', onInput);
		stdout.on('resize', onResize);
		return () => {
			inputEvents.off('input', onInput);
			stdout.off('resize', onResize);
			for (const timer of timers) clearTimeout(timer);
		};
	}, [inputEvents, stdout, frameIntervalMs]);
	return null;
}
