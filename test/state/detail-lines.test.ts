import {describe, expect, test} from 'vitest';
import type {Paper} from '../../src/types.js';
import {buildDetailLines} from '../../src/state/detail-lines.js';

const paper: Paper = {
	id: 'lora',
	title: 'LoRA: Low-Rank Adaptation of Large Language Models',
	abstract: 'We freeze the weights and inject trainable rank decomposition matrices.',
	authors: ['Edward Hu', 'Yelong Shen'],
	year: 2021,
	links: ['https://arxiv.org/abs/2106.09685', 'https://github.com/microsoft/LoRA'],
};

describe('buildDetailLines', () => {
	test('lays out the title, authors and year, abstract and links', () => {
		expect(buildDetailLines({paper, isMissing: false}, 40).map(line => [line.kind, line.text])).toEqual([
			['title', 'LoRA: Low-Rank Adaptation of Large'],
			['title', 'Language Models'],
			['meta', 'Edward Hu, Yelong Shen · 2021'],
			['blank', ''],
			['abstract', 'We freeze the weights and inject'],
			['abstract', 'trainable rank decomposition matrices.'],
			['blank', ''],
			['heading', 'Links'],
			['link', 'https://arxiv.org/abs/2106.09685'],
			['link', 'https://github.com/microsoft/LoRA'],
		]);
	});

	test('shows the arXiv id and the DOI under the authors when the paper has them', () => {
		const identified: Paper = {...paper, arxivId: '2106.09685', doi: '10.1000/lora'};
		expect(
			buildDetailLines({paper: identified, isMissing: false}, 60)
				.slice(1, 4)
				.map(line => [line.kind, line.text]),
		).toEqual([
			['meta', 'Edward Hu, Yelong Shen · 2021'],
			['meta', 'arXiv 2106.09685 · DOI 10.1000/lora'],
			['blank', ''],
		]);
	});

	test('adds the arXiv version, the journal reference and the updated day when the paper has them', () => {
		const identified: Paper = {...paper, arxivId: '2106.09685', arxivVersion: 2, journalRef: 'ICLR 2022', updated: '2021-10-16T18:40:34Z'};
		expect(buildDetailLines({paper: identified, isMissing: false}, 80)[2]).toMatchObject({
			kind: 'meta',
			text: 'arXiv 2106.09685v2 · ICLR 2022 · updated 2021-10-16',
		});
	});

	test('keeps where each wrapped line starts in its field, for highlighting', () => {
		const lines = buildDetailLines({paper, isMissing: false}, 40);
		expect(lines.filter(line => line.kind === 'title').map(line => line.start)).toEqual([0, 35]);
		expect(lines.filter(line => line.kind === 'abstract').map(line => line.start)).toEqual([0, 33]);
	});

	test('cuts a long link to the width but keeps its full target', () => {
		const link = buildDetailLines({paper, isMissing: false}, 20).find(line => line.kind === 'link');
		expect(link).toEqual({kind: 'link', text: 'https://arxiv.org/a…', start: 0, url: 'https://arxiv.org/abs/2106.09685'});
	});

	test('says when there is no abstract and leaves out empty authors and links', () => {
		const bare: Paper = {id: 'bare', title: 'Bare', abstract: '', authors: [], links: []};
		expect(buildDetailLines({paper: bare, isMissing: false}, 40).map(line => [line.kind, line.text])).toEqual([
			['title', 'Bare'],
			['blank', ''],
			['note', 'No abstract.'],
		]);
	});

	test('explains a bookmark whose paper is missing from the corpus', () => {
		const missing: Paper = {id: 'gone', title: 'Gone', abstract: '', authors: [], links: []};
		expect(buildDetailLines({paper: missing, isMissing: true}, 80).map(line => [line.kind, line.text])).toEqual([
			['title', 'Gone'],
			['blank', ''],
			['note', 'This bookmarked paper is not in the corpus in use; only its title was saved.'],
		]);
	});
});
