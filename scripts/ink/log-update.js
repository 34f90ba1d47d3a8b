// Replaces ink@6.8.0 build/log-update.js in the bundle (scripts/build.mjs loads this file in its
// place), with the same API: `create(stream, {showCursor, incremental})`.
import {createIncremental} from './incremental-log-update.js';
import {createStandard} from './standard-log-update.js';

const create = (stream, {showCursor = false, incremental = false} = {}) => {
	if (incremental) {
		return createIncremental(stream, {showCursor});
	}
	return createStandard(stream, {showCursor});
};

const logUpdate = {create};
export default logUpdate;
