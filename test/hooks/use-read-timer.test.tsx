import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {Text} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {useReadTimer} from '../../src/hooks/use-read-timer.js';

function ReadProbe({paperId, delayMs, read}: {readonly paperId: string | undefined; readonly delayMs: number; readonly read: string[]}) {
	useReadTimer(paperId, delayMs, id => {
		read.push(id);
	});
	return <Text>{paperId ?? 'none'}</Text>;
}

describe('a paper shown long enough becomes read', () => {
	beforeEach(() => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
	});
	afterEach(() => {
		cleanup();
		vi.useRealTimers();
	});

	test('fires once, after the whole delay, for the paper shown', () => {
		const read: string[] = [];
		render(<ReadProbe paperId="a" delayMs={3000} read={read} />);
		vi.advanceTimersByTime(2999);
		expect(read).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(read).toEqual(['a']);
		vi.advanceTimersByTime(10_000);
		expect(read).toEqual(['a']);
	});

	test('starts again when the selection changes, so a paper passed by is not read', () => {
		const read: string[] = [];
		const view = render(<ReadProbe paperId="a" delayMs={3000} read={read} />);
		vi.advanceTimersByTime(2000);
		view.rerender(<ReadProbe paperId="b" delayMs={3000} read={read} />);
		vi.advanceTimersByTime(2000);
		expect(read).toEqual([]);
		vi.advanceTimersByTime(1000);
		expect(read).toEqual(['b']);
	});

	test('nothing shown (an overlay, a paper already read) or an infinite delay: never fires', () => {
		const read: string[] = [];
		const view = render(<ReadProbe paperId="a" delayMs={3000} read={read} />);
		vi.advanceTimersByTime(1000);
		view.rerender(<ReadProbe paperId={undefined} delayMs={3000} read={read} />);
		vi.advanceTimersByTime(5000);
		view.rerender(<ReadProbe paperId="c" delayMs={Number.POSITIVE_INFINITY} read={read} />);
		vi.advanceTimersByTime(60_000);
		expect(read).toEqual([]);
	});
});
