export type {BookmarkService, CopyResult, ExplorerServices, SearchEngine} from './explorer-services.js';
