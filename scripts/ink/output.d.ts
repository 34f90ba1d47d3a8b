// Types of scripts/ink/output.js: Ink 6.8's Output, which it replaces.
export {default} from 'ink/build/output.js';
