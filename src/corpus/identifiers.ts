import {cleanText} from '../text/clean-text.js';

/** An arXiv identifier split into the id every version shares and the version, when one was written. */
export interface ArxivIdentifier {
	/** `2101.00001` (new style) or `hep-th/9901001` (old style). */
	readonly id: string;
	/** The version number of `v2`, when given. */
	readonly version?: number;
}

const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIXES = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i;
const ARXIV_NEW = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/i;
const ARXIV_OLD = /^([a-z][a-z.-]*\/\d{7})(?:v(\d+))?$/i;
const ARXIV_PREFIXES = /^(?:arxiv:\s*|https?:\/\/(?:export\.|www\.)?arxiv\.org\/(?:abs|pdf)\/)/i;

/**
 * The DOI in `text` as `10.prefix/suffix`, with any `doi:` or `https://doi.org/` prefix removed;
 * undefined when `text` is not a DOI.
 */
export function parseDoi(text: string): string | undefined {
	const doi = cleanText(text).trim().replace(DOI_PREFIXES, '');
	return DOI.test(doi) ? doi : undefined;
}

/**
 * The arXiv identifier in `text` (`2101.00001v2`, `arXiv:2101.00001`, `hep-th/9901001`, or an
 * abs/pdf URL, `.pdf` allowed), or undefined when `text` is not one.
 */
export function parseArxivId(text: string): ArxivIdentifier | undefined {
	const bare = cleanText(text)
		.trim()
		.replace(ARXIV_PREFIXES, '')
		.replace(/\.pdf$/i, '');
	const match = ARXIV_NEW.exec(bare) ?? ARXIV_OLD.exec(bare);
	if (match === null) {
		return undefined;
	}

	return {id: match[1]!, ...(match[2] === undefined ? {} : {version: Number(match[2])})};
}

/** The abs page of an arXiv id. */
export function arxivAbsUrl(arxivId: string): string {
	return `https://arxiv.org/abs/${arxivId}`;
}

/** The DOI resolver's link for a DOI, each character that is not safe in a URL path percent-encoded. */
export function doiUrl(doi: string): string {
	return `https://doi.org/${doi.replace(/[^\w\-.~/:;()]/g, character => encodeURIComponent(character))}`;
}
