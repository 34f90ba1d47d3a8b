// Types of scripts/ink/log-update.js: the same API as ink@6.8.0 build/log-update.d.ts.
import type {Writable} from 'node:stream';

/** A cursor position relative to the top-left cell of the rendered output. */
export type CursorPosition = {x: number; y: number};

/** One renderer: call it with each frame; it writes to its stream only what changed. */
export type LogUpdate = {
	clear: () => void;
	/** Draws the next frame whole on a cleared screen (incremental renderer). */
	repaint?: () => void;
	done: () => void;
	sync: (str: string) => void;
	setCursorPosition: (position: CursorPosition | undefined) => void;
	isCursorDirty: () => boolean;
	willRender: (str: string) => boolean;
	(str: string): boolean;
};

declare const logUpdate: {
	create: (stream: Writable, options?: {showCursor?: boolean; incremental?: boolean}) => LogUpdate;
};
export default logUpdate;
