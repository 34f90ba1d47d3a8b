// The test hook's wire format (./input-acknowledgement.tsx), apart from the component so that a
// test can read it without importing Ink and React.

/** The environment variable that turns the acknowledgements on (the pty tests set it; nothing else should). */
export const acknowledgementVariable = 'PAPER_TUI_TEST_ACKNOWLEDGE';

/** What every acknowledgement starts with: OSC 5522, unassigned, so a terminal that sees one ignores it. */
export const acknowledgementPrefix = '\u001B]5522;';

/** `ESC ] 5522 ; input ; BYTES BEL`: every byte of input up to BYTES was handled and its frame written. */
export const inputAcknowledgement = (bytes: number): string => `${acknowledgementPrefix}input;${bytes}\u0007`;

/** `ESC ] 5522 ; resize BEL`: a resize (or a redraw) was handled and its frame written. */
export const resizeAcknowledgement = `${acknowledgementPrefix}resize\u0007`;
