// fast-xml-parser is built into its own file, dist/xml-library.cjs, loaded the first time an
// Atom feed is read (see scripts/build.mjs), so the program that opens other corpora stays small.
import {XMLParser, XMLValidator} from 'fast-xml-parser';

const REPEATED = new Set(['entry', 'author', 'link', 'category']);

let parser: XMLParser | undefined;

/** Why a text is not well-formed XML, and where (1-based), or undefined when it is. */
export function findXmlError(text: string): {message: string; line: number; column: number} | undefined {
	const valid = XMLValidator.validate(text);
	return valid === true ? undefined : {message: valid.err.msg, line: valid.err.line, column: valid.err.col};
}

/**
 * Parses well-formed XML into plain objects: namespace prefixes dropped, attributes as `@name`,
 * every value kept as text (an id such as 2106.09685 is not made a number), `entry`, `author`,
 * `link` and `category` always arrays.
 */
export function parseXml(text: string): Record<string, unknown> {
	parser ??= new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		removeNSPrefix: true,
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: true,
		isArray: name => REPEATED.has(name),
	});
	return parser.parse(text) as Record<string, unknown>;
}
