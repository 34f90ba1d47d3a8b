/**
 * A fetch that failed: the service could not be reached, refused the request, timed out, or
 * sent a body that is not what it should send. The message is one printable line that names
 * the host and ends by saying that nothing was changed (no file is written before the end).
 */
export class FetchError extends Error {
	override readonly name = 'FetchError';
}
