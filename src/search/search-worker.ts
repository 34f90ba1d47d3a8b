// The search worker's entry (bundled as dist/search-worker.cjs): builds the index of the papers it
// is sent, reporting progress, then answers queries one at a time. Runs in a worker thread so
// that building and querying never hold up a key.
import {parentPort} from 'node:worker_threads';
import {serveSearch} from './serve-search.js';

if (parentPort !== null) serveSearch(parentPort);
