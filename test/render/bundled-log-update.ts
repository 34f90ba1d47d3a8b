// Ink 6.8's log-update as the bundle has it (scripts/build/plugins.mjs): Ink's own module, whose
// incremental renderer is src/render's, given Ink's own cursor helpers.
import * as inkCursorHelpers from '../../node_modules/ink/build/cursor-helpers.js';
import inkLogUpdate from '../../node_modules/ink/build/log-update.js';
import {createIncrementalLogUpdate, type LogUpdate, type RenderStream} from '../../src/render/incremental-log-update.js';

/** `create(stream, {showCursor, incremental})`, the API of Ink's build/log-update.js. */
const create = (stream: RenderStream, {showCursor = false, incremental = false}: {showCursor?: boolean; incremental?: boolean} = {}) =>
	incremental
		? createIncrementalLogUpdate(stream, {showCursor}, inkCursorHelpers)
		: (inkLogUpdate.create(stream, {showCursor}) as Partial<LogUpdate> & ReturnType<typeof inkLogUpdate.create>);

const logUpdate = {create};
export default logUpdate;
