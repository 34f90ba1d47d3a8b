import {useEffect, useRef, useState} from 'react';
import {useStdin} from 'ink';
import TextInput from 'ink-text-input';
import {cleanQuery, isTextEdit} from '../keys/text-edit.js';

interface Props {
	readonly value: string;
	readonly onChange: (value: string) => void;
	/** Called with true once the text input receives keys, and with false when it stops. */
	readonly onListening: (isListening: boolean) => void;
}

/**
 * ink-text-input, filtered: an edit is accepted only when the raw key that caused it is text or
 * an erase key, so no Ctrl or Alt chord ever inserts a letter, and pasted control characters
 * become spaces. The filter listens ahead of every useInput handler (prependListener). After a
 * refused edit the input is remounted, so its cursor, which it had already moved, returns to
 * the end of the query.
 */
export function SearchInput({value, onChange, onListening}: Props) {
	const {internal_eventEmitter: inputEvents} = useStdin();
	const acceptsEdit = useRef(true);
	const [generation, setGeneration] = useState(0);
	useEffect(() => {
		const gate = (raw: string): void => {
			acceptsEdit.current = isTextEdit(raw);
		};

		inputEvents.prependListener('input', gate);
		return () => {
			inputEvents.removeListener('input', gate);
		};
	}, [inputEvents]);

	// Runs after the child's effects, so ink-text-input is listening by then.
	useEffect(() => {
		onListening(true);
		return () => {
			onListening(false);
		};
	}, [onListening, generation]);

	return (
		<TextInput
			key={generation}
			focus
			value={value}
			onChange={next => {
				if (acceptsEdit.current) {
					onChange(cleanQuery(next));
				} else {
					setGeneration(current => current + 1);
				}
			}}
		/>
	);
}
