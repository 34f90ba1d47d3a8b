import {useEffect, useRef} from 'react';
import {useStdin} from 'ink';
import TextInput from 'ink-text-input';
import {cleanQuery, isTextEdit} from '../keys/text-edit.js';

interface Props {
	readonly value: string;
	readonly isFocused: boolean;
	readonly onChange: (value: string) => void;
}

/**
 * ink-text-input, filtered: an edit is accepted only when the raw key that caused it is text or
 * an erase key, so no Ctrl or Alt chord ever inserts a letter, and pasted control characters
 * become spaces. The filter listens ahead of every useInput handler (prependListener).
 */
export function SearchInput({value, isFocused, onChange}: Props) {
	const {internal_eventEmitter: inputEvents} = useStdin();
	const acceptsEdit = useRef(true);
	useEffect(() => {
		const gate = (raw: string): void => {
			acceptsEdit.current = isTextEdit(raw);
		};

		inputEvents.prependListener('input', gate);
		return () => {
			inputEvents.removeListener('input', gate);
		};
	}, [inputEvents]);

	return (
		<TextInput
			value={value}
			focus={isFocused}
			showCursor={isFocused}
			onChange={next => {
				if (acceptsEdit.current) {
					onChange(cleanQuery(next));
				}
			}}
		/>
	);
}
