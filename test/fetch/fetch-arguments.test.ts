import {describe, expect, test} from 'vitest';
import {defaultFetchMax, parseArguments, UsageError} from '../../src/cli/parse-arguments.js';

describe('fetch arguments', () => {
	test('fetch arxiv joins the query words and takes --max, --since, -o and --append', () => {
		expect(
			parseArguments([
				'fetch',
				'arxiv',
				'cat:cs.CL',
				'AND',
				'ti:lora',
				'--max',
				'50',
				'--since',
				'2024-03-01',
				'-o',
				'x.jsonl',
				'--append',
			]),
		).toEqual({
			command: 'fetch.arxiv',
			query: 'cat:cs.CL AND ti:lora',
			max: 50,
			since: '2024-03-01',
			output: 'x.jsonl',
			append: true,
			options: {corpus: [], configDir: undefined, json: false},
		});
	});

	test('fetch arxiv asks for 200 papers by default, into the data folder', () => {
		expect(parseArguments(['fetch', 'arxiv', 'ti:lora'])).toMatchObject({
			max: defaultFetchMax,
			since: undefined,
			output: undefined,
			append: false,
		});
		expect(defaultFetchMax).toBe(200);
	});

	test('fetch hf-daily takes --date', () => {
		expect(parseArguments(['fetch', 'hf-daily', '--date', '2024-02-29'])).toMatchObject({command: 'fetch.hf-daily', date: '2024-02-29'});
		expect(parseArguments(['fetch', 'hf-daily'])).toMatchObject({command: 'fetch.hf-daily', date: undefined});
	});

	const mistakes: Array<[args: string[], message: string]> = [
		[['fetch'], '`fetch` needs a source: fetch arxiv QUERY or fetch hf-daily'],
		[['fetch', 'pubmed'], 'unknown fetch source `pubmed`; use arxiv or hf-daily'],
		[['fetch', 'arxiv'], '`fetch arxiv` needs a query in arXiv search syntax, e.g. paper-tui fetch arxiv "cat:cs.CL AND ti:lora"'],
		[['fetch', 'arxiv', 'ti:lora', '--max', '0'], '--max takes a whole number of 1 or more, not `0`'],
		[['fetch', 'arxiv', 'ti:lora', '--max', '2e3'], '--max takes a whole number of 1 or more, not `2e3`'],
		[['fetch', 'arxiv', 'ti:lora', '--since', '2024-02-30'], '--since takes a day as YYYY-MM-DD, such as 2024-03-01, not `2024-02-30`'],
		[['fetch', 'arxiv', 'ti:lora', '--since', '2024-3-1'], '--since takes a day as YYYY-MM-DD, such as 2024-03-01, not `2024-3-1`'],
		[['fetch', 'arxiv', 'ti:lora', '--date', '2024-03-01'], '`--date` does not go with `fetch arxiv`'],
		[['fetch', 'arxiv', 'ti:lora', '-o', '-'], '`fetch` writes a corpus file: give -o a file name, or leave it out for the data folder'],
		[
			['fetch', 'hf-daily', '-o', 'refs.bib', '--append'],
			'`fetch` writes JSON Lines: give -o a file name ending in .jsonl, not `refs.bib`',
		],
		[['fetch', 'hf-daily', '--date', 'yesterday'], '--date takes a day as YYYY-MM-DD, such as 2024-03-01, not `yesterday`'],
		[['fetch', 'hf-daily', '--max', '3'], '`--max` does not go with `fetch hf-daily`'],
		[['fetch', 'hf-daily', 'today'], '`fetch hf-daily` takes no arguments, got `today`'],
		[
			['fetch', 'arxiv', 'ti:lora', '--corpus', 'x.bib'],
			'`--corpus` does not go with `fetch`; to add to a corpus file use -o FILE --append',
		],
		[['list', '--append'], '`--append` does not go with `list`'],
	];
	test.each(mistakes)('%j is refused: %s', (args, message) => {
		expect(() => parseArguments(args)).toThrow(new UsageError(message));
	});
});
