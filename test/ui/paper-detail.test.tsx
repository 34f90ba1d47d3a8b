import {afterEach, describe, expect, test} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import type {Paper, Span} from '../../src/types.js';
import {buildDetailLines} from '../../src/state/detail-lines.js';
import {hyperlink, PaperDetail} from '../../src/ui/PaperDetail.js';
import {paperWithAbstractLines} from '../state/papers.js';

afterEach(() => {
	cleanup();
});

const osc8 = (url: string, text = url) => `\u001B]8;;${url}\u001B\\${text}\u001B]8;;\u001B\\`;

function drawDetail(
	paper: Paper,
	options: {width?: number; textRows: number; offset?: number; isFocused?: boolean; abstractSpans?: Span[]},
): string[] {
	const width = options.width ?? 60;
	const {lastFrame} = render(
		<PaperDetail
			lines={buildDetailLines({paper, isMissing: false}, width)}
			offset={options.offset ?? 0}
			textRows={options.textRows}
			width={width}
			titleSpans={[]}
			abstractSpans={options.abstractSpans ?? []}
			isFocused={options.isFocused ?? false}
		/>,
	);
	return (lastFrame() ?? '').split('\n');
}

// 32 lines at 60 columns: the title, a blank line, 30 abstract lines.
const long = paperWithAbstractLines('Long', 30, 60);

describe('PaperDetail', () => {
	test('shows the scroll position below the text when the abstract overflows', () => {
		const frame = drawDetail(long, {textRows: 11});
		expect(frame).toHaveLength(12);
		expect(frame[0]).toBe('Long');
		expect(frame[11]).toBe('── lines 1–11 of 32 (34%) ↓  Tab to scroll');
	});

	test('shows both arrows in the middle and drops the Tab hint when focused', () => {
		const frame = drawDetail(long, {textRows: 11, offset: 5, isFocused: true});
		expect(frame[0]).toBe('3'.repeat(59));
		expect(frame[11]).toBe('── lines 6–16 of 32 (50%) ↓ ↑');
	});

	test('shows only the up arrow at the end', () => {
		const frame = drawDetail(long, {textRows: 11, offset: 21, isFocused: true});
		expect(frame[10]).toBe('9'.repeat(59));
		expect(frame[11]).toBe('── lines 22–32 of 32 (100%) ↑');
	});

	test('shows no position when the paper fits', () => {
		const frame = drawDetail(paperWithAbstractLines('Short', 3, 60), {textRows: 11});
		expect(frame.join('\n')).not.toContain('── lines');
		expect(frame[4]).toBe('2'.repeat(59));
	});

	test('shows each link as an OSC 8 hyperlink whose text is the URL', () => {
		const paper: Paper = {
			id: 'p',
			title: 'Linked',
			abstract: 'Text.',
			authors: [],
			links: ['https://arxiv.org/abs/2106.09685', 'https://example.org/b'],
		};
		const frame = drawDetail(paper, {textRows: 20});
		expect(frame.slice(0, 7)).toEqual([
			'Linked',
			'',
			'Text.',
			'',
			'Links',
			osc8('https://arxiv.org/abs/2106.09685'),
			osc8('https://example.org/b'),
		]);
	});

	test('keeps the full URL as the target of a link cut to the pane', () => {
		const url = 'https://example.org/a/very/long/path/that/does/not/fit';
		const paper: Paper = {id: 'p', title: 'Linked', abstract: 'Text.', authors: [], links: [url]};
		const frame = drawDetail(paper, {width: 30, textRows: 20});
		expect(frame[5]).toBe(osc8(url, 'https://example.org/a/very/lo…'));
	});

	test('hyperlink wraps visible text in OSC 8 open and close sequences', () => {
		expect(hyperlink('paper', 'https://example.org')).toBe('\u001B]8;;https://example.org\u001B\\paper\u001B]8;;\u001B\\');
	});

	test('draws every abstract line, highlighted or not, in full', () => {
		const paper: Paper = {id: 'p', title: 'T', abstract: 'low rank adapters keep world knowledge', authors: [], links: []};
		const frame = drawDetail(paper, {
			width: 20,
			textRows: 10,
			abstractSpans: [
				{start: 4, end: 8},
				{start: 24, end: 29},
			],
		});
		expect(frame.slice(2, 4)).toEqual(['low rank adapters', 'keep world knowledge']);
	});
});
