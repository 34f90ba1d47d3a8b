/** Whether `error` is a Node system error with this `code`. */
export function isErrorCode(error: unknown, code: string): boolean {
	return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code;
}

/** The first line of the message of anything thrown. */
export function errorMessage(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** An expected failure of the bookmark store; its message is one complete line that names the path involved. */
export class BookmarkStoreError extends Error {
	override name = 'BookmarkStoreError';
}
