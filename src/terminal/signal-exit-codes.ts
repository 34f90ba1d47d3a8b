/** The signals that end paper-tui, and its exit code for each: 128 + the signal's number, as a shell reports a death by that signal. */
export const SIGNAL_EXIT_CODES = {SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143} as const;
