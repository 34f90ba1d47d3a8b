import {describe, expect, it} from 'vitest';
import {firstSentence} from '../../src/citation/first-sentence.js';

describe('firstSentence', () => {
	it.each([
		['stops at a period before a capital', 'We propose a model. It works.', 'We propose a model.'],
		['stops at a question mark', 'Does it scale? We show it does.', 'Does it scale?'],
		['stops at an exclamation mark', 'It works! Really.', 'It works!'],
		['stops before a sentence starting with a digit', 'We test it. 3 datasets are used.', 'We test it.'],
		['keeps a closing quote or bracket', 'He said "stop." Then left.', 'He said "stop."'],
		['does not cut at e.g.', 'Models, e.g. BERT, help. More text.', 'Models, e.g. BERT, help.'],
		['does not cut at i.e.', 'One model, i.e. GPT. Next.', 'One model, i.e. GPT.'],
		['does not cut at et al.', 'As in Smith et al. We extend it. Next.', 'As in Smith et al. We extend it.'],
		['does not cut at Fig.', 'See Fig. 3 for details. Next.', 'See Fig. 3 for details.'],
		['does not cut at vs.', 'CNN vs. RNN compared. Next.', 'CNN vs. RNN compared.'],
		['does not cut at a decimal', 'Accuracy rose 3.5 points. Next.', 'Accuracy rose 3.5 points.'],
		['does not cut at an initial', 'Work by J. Smith matters. Next.', 'Work by J. Smith matters.'],
		['does not cut before a lowercase word', 'Version 2. and more text', 'Version 2. and more text'],
		['returns the whole text without an end', 'No final stop here', 'No final stop here'],
		['collapses whitespace', 'Line one\n  continues. Two.', 'Line one continues.'],
		['is empty for an empty text', '   ', ''],
	])('%s', (_name, input, expected) => {
		expect(firstSentence(input)).toBe(expected);
	});
});
