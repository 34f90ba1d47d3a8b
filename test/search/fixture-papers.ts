import type {Paper} from '../../src/types.js';

/** A paper for tests: the id is a slug of the title, links are empty. */
export function fixturePaper(title: string, abstract: string, authors: readonly string[] = []): Paper {
	return {id: title.toLowerCase().replace(/\W+/g, '-'), title, abstract, authors, links: []};
}

/** A small corpus where each behaviour of the search has papers that must and must not match. */
export const FIXTURE_PAPERS: readonly Paper[] = [
	fixturePaper('Graph neural networks for reasoning', 'We study message passing on molecules.'),
	fixturePaper('Grapes of wrath', 'A novel about farming in a dry decade.'),
	fixturePaper('Reasoning about programs', 'Graph rewriting checks compilers.'),
	fixturePaper('Reasoning, reasoning and more reasoning', 'Reasoning everywhere.'),
	fixturePaper('Learning to rank', 'Ordering documents by relevance.'),
	fixturePaper('Hopper scheduling', 'Queues for batch jobs.'),
	fixturePaper('Batch scheduling', 'Queues for batch jobs.', ['Grace Hopper']),
	fixturePaper('Queue scheduling', 'Batch jobs in a hopper.'),
	fixturePaper('Naïve Bayes revisited', 'Counting words again.', ['Anna Müller']),
	fixturePaper('Fine-tuning small models', 'Adapters and prompts.'),
	fixturePaper('QLoRA: efficient finetuning', 'Quantised adapters.'),
	fixturePaper('LoRAMoE: experts for adapters', 'A mixture of low-rank experts.'),
];
