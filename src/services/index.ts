export type {BookmarkService, CopyResult, ExplorerServices, OpenResult, SearchEngine} from './explorer-services.js';
export type {IndexProgress, SearchResults} from '../state/index.js';
