import {afterEach, describe, expect, test, vi} from 'vitest';
import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import type {InputEvent} from '../../src/keys/input-decoder.js';
import {pasteTimeoutMilliseconds, useTerminalInput} from '../../src/hooks/use-terminal-input.js';

/** Records every event the hook delivers and every error it reports; `onEvent` may throw. */
function InputProbe({
	events,
	errors,
	onEvent,
}: {
	readonly events: InputEvent[];
	readonly errors: unknown[];
	readonly onEvent?: (event: InputEvent) => void;
}) {
	useTerminalInput(
		event => {
			events.push(event);
			onEvent?.(event);
		},
		error => {
			errors.push(error);
		},
	);
	return <Text>probe</Text>;
}

/** Lets `milliseconds` pass: on the clock, or on the fake one when a test installed it (nothing else then waits). */
const wait = async (milliseconds: number) =>
	vi.isFakeTimers() ? vi.advanceTimersByTimeAsync(milliseconds) : new Promise(resolve => setTimeout(resolve, milliseconds));

/** Renders the probe and writes each chunk as its own read, `gap` ms apart. */
async function eventsFor(chunks: readonly string[], options: {gap?: number; onEvent?: (event: InputEvent) => void} = {}) {
	const events: InputEvent[] = [];
	const errors: unknown[] = [];
	const view = render(<InputProbe events={events} errors={errors} onEvent={options.onEvent} />);
	await wait(10);
	for (const chunk of chunks) {
		view.stdin.write(chunk);
		await wait(options.gap ?? 20);
	}

	return {events, errors, view};
}

const paste = (text: string): InputEvent => ({type: 'paste', text});
const typed = (events: readonly InputEvent[]) => events.map(event => (event.type === 'key' ? event.input : `<paste ${event.text}>`));

afterEach(() => {
	cleanup();
	vi.useRealTimers();
});

// Terminal bytes through Ink 6.8's own reading and key parsing, then the decoder.
describe('useTerminalInput on what the terminal sends', () => {
	test('a bracketed paste in one read is one paste, its letters no keys', async () => {
		const {events} = await eventsFor(['\u001B[200~lora\nbyq\u001B[201~']);
		expect(events).toEqual([paste('lora\nbyq')]);
	});

	test('a paste split across two reads, 50 ms apart, is one paste', async () => {
		const {events} = await eventsFor(['\u001B[200~lora\nb', 'yq\u001B[201~'], {gap: 50});
		expect(events).toEqual([paste('lora\nbyq')]);
	});

	test('a paste split right after its start marker is one paste', async () => {
		const {events} = await eventsFor(['\u001B[200~', 'lora\r\nbyq', '\u001B[201~']);
		expect(events).toEqual([paste('lora\r\nbyq')]);
	});

	test('a 10 KB paste is one paste', async () => {
		const text = 'low rank adaptation '.repeat(512);
		const {events} = await eventsFor([`\u001B[200~${text}\u001B[201~`]);
		expect(events).toEqual([paste(text)]);
	});

	test('keys typed after a paste are keys', async () => {
		const {events} = await eventsFor(['\u001B[200~lora\u001B[201~', 'j']);
		expect(typed(events)).toEqual(['<paste lora>', 'j']);
	});

	test('mouse reports reach nobody', async () => {
		const {events} = await eventsFor(['\u001B[<64;3;3M', '\u001B[<0;10;5m', '\u001B[M !!', 'j']);
		expect(typed(events)).toEqual(['j']);
	});

	test('a paste whose end marker never comes is pasted after a quiet moment', async () => {
		// The quiet moment passes on a fake clock (setTimeout only: Ink's reads and React's turns run as they do).
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
		const {events} = await eventsFor(['\u001B[200~lora']);
		expect(events).toEqual([]);
		await wait(pasteTimeoutMilliseconds + 300);
		expect(events).toEqual([paste('lora')]);
	});
});

describe('useTerminalInput when handling a key fails', () => {
	test('the error is reported and the next key is handled', async () => {
		const failure = new Error('no such paper');
		const {events, errors, view} = await eventsFor(['x', 'j'], {
			onEvent(event) {
				if (event.type === 'key' && event.input === 'x') {
					throw failure;
				}
			},
		});
		expect(errors).toEqual([failure]);
		expect(typed(events)).toEqual(['x', 'j']);
		expect(view.lastFrame()).toBe('probe');
	});
});
