import type {Paper} from '../types.js';
import {paperRecord} from '../citation/json-record.js';
import {defaultSearchLimit} from './parse-arguments.js';
import {formatSummary, toJson, wrapIndented, type Output} from './output.js';
import {authorsAndYear, paperIdentifiers} from '../text/paper-summary.js';

/** Exit status of a command. */
export type ExitCode = 0 | 1 | 2;

/** `paper-tui list`: every paper in corpus order. */
export function listCommand(papers: readonly Paper[], json: boolean, output: Output): ExitCode {
	output.write(
		json
			? toJson(papers.map(paper => paperRecord(paper)))
			: papers.map((paper, index) => formatSummary(paper, index + 1, output.columns)).join(''),
	);
	return 0;
}

/**
 * The hits `search` prints: at most `limit` of them, or `defaultSearchLimit` without one. A
 * query with no words to search for (empty once cleaned, only symbols, or a word of one or two
 * letters the index does not hold, as the explorer's search line treats it) lists every paper in
 * corpus order with score 0, as the explorer does: then only an explicit `limit` cuts it.
 */
export function limitHits<Hit extends {score: number}>(hits: readonly Hit[], limit: number | undefined): readonly Hit[] {
	const listsEveryPaper = hits.every(hit => hit.score === 0);
	return hits.slice(0, limit ?? (listsEveryPaper ? hits.length : defaultSearchLimit));
}

/** `paper-tui search QUERY`: ranked matches; exit 1 (with a note on stderr) when none match. */
export function searchCommand(
	papers: readonly Paper[],
	hits: ReadonlyArray<{index: number; score: number}>,
	options: {query: string; json: boolean},
	output: Output,
	errors: Output,
): ExitCode {
	if (options.json) {
		output.write(
			toJson(hits.map((hit, rank) => ({rank: rank + 1, score: Number(hit.score.toFixed(4)), ...paperRecord(papers[hit.index]!)}))),
		);
	} else {
		output.write(hits.map((hit, rank) => formatSummary(papers[hit.index]!, rank + 1, output.columns)).join(''));
	}

	if (hits.length === 0) {
		errors.write(`paper-tui: no papers match “${options.query}”\n`);
		return 1;
	}

	return 0;
}

/** Says, in one line, that no paper has `id`, with up to three ids that start alike. */
function reportUnknownId(papers: readonly Paper[], id: string, errors: Output): ExitCode {
	const near = papers
		.filter(candidate => candidate.id.startsWith(id.slice(0, 8)))
		.slice(0, 3)
		.map(candidate => candidate.id);
	errors.write(
		`paper-tui: no paper with id \`${id}\` in the corpus${near.length > 0 ? `; did you mean ${near.join(', ')}?` : '; find ids with paper-tui list or search'}\n`,
	);
	return 2;
}

/**
 * `paper-tui similar ID`: the papers most like paper ID (`findSimilar` gives their indices, most
 * similar first), numbered; exit 2 naming the id when it is unknown.
 */
export function similarCommand(
	papers: readonly Paper[],
	id: string,
	findSimilar: (position: number) => readonly number[],
	json: boolean,
	output: Output,
	errors: Output,
): ExitCode {
	const position = papers.findIndex(candidate => candidate.id === id);
	if (position < 0) {
		return reportUnknownId(papers, id, errors);
	}

	const similar = findSimilar(position).map(index => papers[index]!);
	output.write(
		json
			? toJson(similar.map((paper, rank) => ({rank: rank + 1, ...paperRecord(paper)})))
			: similar.map((paper, rank) => formatSummary(paper, rank + 1, output.columns)).join(''),
	);
	return 0;
}

/** `paper-tui show ID`: one paper in full; exit 2 naming the id when it is unknown. */
export function showCommand(papers: readonly Paper[], id: string, json: boolean, output: Output, errors: Output): ExitCode {
	const paper = papers.find(candidate => candidate.id === id);
	if (!paper) {
		return reportUnknownId(papers, id, errors);
	}

	if (json) {
		output.write(toJson(paperRecord(paper)));
		return 0;
	}

	const meta = authorsAndYear(paper);
	const identifiers = paperIdentifiers(paper);
	const parts = [
		wrapIndented(paper.title, output.columns),
		meta ? wrapIndented(meta, output.columns) : '',
		identifiers ? wrapIndented(identifiers, output.columns) : '',
		`id: ${paper.id}`,
		'',
		paper.abstract ? wrapIndented(paper.abstract, output.columns) : '(no abstract)',
		...(paper.links.length > 0 ? ['', 'Links:', ...paper.links.map(link => `  ${link}`)] : []),
	].filter((part, index) => (index !== 1 && index !== 2) || part !== '');
	output.write(`${parts.join('\n')}\n`);
	return 0;
}
