export {createHighlighter, highlightSpans, type Highlighter} from './highlight-spans.js';
export {parseQuery, type ParsedQuery, type Presence, type QueryWord, type SearchField} from './parse-query.js';
export {
	buildSearchIndex,
	loadSearchIndex,
	serializeSearchIndex,
	FIELD_BOOSTS,
	type SearchIndex,
	type SerializedSearchIndex,
} from './search-index.js';
