// The linter: ESLint's and typescript-eslint's recommended rules, React's hooks rules for the
// UI, and the few rules this codebase holds itself to. Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'dist.*/', 'node_modules/', 'corpus/', '.bench/']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {globals: {...globals.node}},
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
			'@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports', disallowTypeAnnotations: false}],
			eqeqeq: ['error', 'always', {null: 'ignore'}],
			// A terminal program matches escape sequences and control characters on purpose.
			'no-control-regex': 'off',
			'no-console': 'error',
		},
	},
	{
		files: ['**/*.tsx', 'src/hooks/**'],
		plugins: {'react-hooks': reactHooks},
		rules: reactHooks.configs.recommended.rules,
	},
	{
		// highlight.js logs to the console; the citation highlighter silences it while it runs.
		files: ['src/citation/highlight-citation.ts'],
		rules: {'no-console': 'off'},
	},
	{
		// The launcher is a CommonJS template: the build replaces its __NAMES__ with values.
		files: ['scripts/build/launcher.js'],
		languageOptions: {
			sourceType: 'commonjs',
			globals: {
				__BUNDLE__: 'readonly',
				__CODE_CACHE__: 'readonly',
				__WRITES_CODE_CACHE__: 'readonly',
				__WRAPPER_START__: 'readonly',
				__WRAPPER_END__: 'readonly',
			},
		},
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
	{
		// Build scripts and the bench report to the console.
		files: ['scripts/**', 'test/**'],
		rules: {'no-console': 'off'},
	},
);
