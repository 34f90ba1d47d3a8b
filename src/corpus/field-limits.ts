import {capLength, MAX_ABSTRACT_LENGTH, MAX_TITLE_LENGTH} from '../text/cap-length.js';
import type {PaperFields} from './paper-draft.js';

export {MAX_ABSTRACT_LENGTH, MAX_TITLE_LENGTH} from '../text/cap-length.js';

/** A field that was cut to its limit, and how long it was. */
export interface CutField {
	readonly field: 'title' | 'abstract';
	readonly length: number;
	readonly limit: number;
}

/** `fields` with the title and abstract cut to their limits, and which of them were cut. */
export function limitFields(fields: PaperFields): {fields: PaperFields; cut: CutField[]} {
	const cut: CutField[] = [];
	const limit = (field: CutField['field'], text: string, maximum: number): string => {
		if (text.length <= maximum) {
			return text;
		}

		cut.push({field, length: text.length, limit: maximum});
		return capLength(text, maximum);
	};

	const title = limit('title', fields.title, MAX_TITLE_LENGTH);
	const abstract = limit('abstract', fields.abstract, MAX_ABSTRACT_LENGTH);
	return {fields: cut.length === 0 ? fields : {...fields, title, abstract}, cut};
}
