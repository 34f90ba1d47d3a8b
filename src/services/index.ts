export type {BookmarkService, CopyResult, ExplorerServices, OpenResult, SearchEngine} from './explorer-services.js';
