/** The program to run for an editor and the arguments before the file name. */
export interface EditorCommand {
	readonly program: string;
	readonly args: readonly string[];
}

/**
 * The user's editor: `$VISUAL`, else `$EDITOR`, else `vi`. A value with arguments
 * (`code --wait`, `emacs -nw`) is split on spaces; quotes are not interpreted, so a program
 * whose path holds a space needs a wrapper script.
 */
export function editorCommand(env: NodeJS.ProcessEnv): EditorCommand {
	for (const name of ['VISUAL', 'EDITOR']) {
		const words = (env[name] ?? '').trim().split(/\s+/).filter(Boolean);
		if (words.length > 0) return {program: words[0]!, args: words.slice(1)};
	}

	return {program: 'vi', args: []};
}
