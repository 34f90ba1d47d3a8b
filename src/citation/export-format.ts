/** The formats bookmarks and papers are exported in. */
export const exportFormats = ['bibtex', 'markdown', 'json'] as const;

/** One of `exportFormats`. */
export type ExportFormat = (typeof exportFormats)[number];

/** Whether `text` names an export format. */
export function isExportFormat(text: string): text is ExportFormat {
	return (exportFormats as readonly string[]).includes(text);
}
