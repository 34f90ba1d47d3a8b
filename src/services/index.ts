export type {BookmarkService, CopyResult, ExplorerServices, NoteEditResult, OpenResult, SearchEngine} from './explorer-services.js';
export type {IndexProgress, SearchResults} from '../state/index.js';
