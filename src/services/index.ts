export type {
	BookmarkService,
	CopyResult,
	CorpusReading,
	ExplorerServices,
	NoteEditResult,
	OpenResult,
	SearchEngine,
} from './explorer-services.js';
export type {CorpusProgress, IndexProgress, SearchResults} from '../state/index.js';
