import {Text} from 'ink';
import TextInput from 'ink-text-input';

interface Props {
	readonly value: string;
}

const ignoreChange = (): void => {};

/**
 * The query being typed, drawn by ink-text-input with a block cursor at its end. The input
 * does not listen to keys itself: it only starts listening a frame after it mounts, and React
 * renders asynchronously, so keys arriving close together (fast typing, a slow SSH link) went
 * to the wrong place. The app's one key handler edits the query instead (see
 * hooks/interpret-input.ts); that also means no Ctrl or Alt chord can ever insert a letter.
 */
export function SearchInput({value}: Props) {
	return (
		<Text>
			<TextInput value={value} focus={false} showCursor={false} onChange={ignoreChange} />
			<Text inverse> </Text>
		</Text>
	);
}
