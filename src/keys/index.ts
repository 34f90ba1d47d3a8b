export {commands, isEffectCommand, type CommandId, type EffectCommandId, type StateCommandId} from './commands.js';
export {defaultKeymap, type Binding, type Mode} from './keymap.js';
export {keyLabel, keyName, type KeyFlags} from './key-name.js';
export {helpLines} from './help-lines.js';
export {helpRows, helpSections, keyHints, resolveCommand, type HelpRow, type KeyHint} from './resolve-command.js';
export {readKeys, type KeyPress} from './read-keys.js';
export {decodeInput, finishPaste, initialDecoderState, type Decoded, type InputEvent} from './input-decoder.js';
