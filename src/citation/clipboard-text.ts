import type {Paper} from '../types.js';
import {primaryLink} from './primary-link.js';

/** What "copy" puts on the clipboard for a paper: its title, then a newline and its primary link when it has one. */
export function paperClipboardText(paper: Paper): string {
	const link = primaryLink(paper);
	return link === undefined || link === '' ? paper.title : `${paper.title}\n${link}`;
}
