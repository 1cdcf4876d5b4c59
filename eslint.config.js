import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { firstScreenPlugin } from './scripts/eslint-first-screen.mjs';

const STORE = {
  group: ['**/store/*', '**/store'],
  message: 'Only src/state/ calls src/store/ (docs/architecture.md).',
};
const IDB = { name: 'idb', message: 'Only src/store/ touches IndexedDB.' };
const PREACT = {
  group: ['preact', 'preact/*', 'preact-iso', '@preact/*'],
  message: 'src/domain/ is plain TypeScript: no Preact, no signals.',
};
const STATE = {
  group: ['**/state/*', '**/state'],
  message: 'src/domain/ does not import src/state/: data flows domain → state.',
};

/** The layer rules (docs/architecture.md), one entry per layer: a file glob and what it may not import. */
const layers = [
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/store/**'], paths: [IDB], patterns: [] },
  { files: ['src/views/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'], paths: [IDB], patterns: [STORE] },
  { files: ['src/domain/**/*.{ts,tsx}'], paths: [IDB], patterns: [PREACT, STATE] },
].map(({ files, ignores, paths, patterns }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
}));

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'coverage/', 'node_modules/', 'data/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX, 'first-screen': firstScreenPlugin },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Unused code is the compiler's job (noUnusedLocals, noUnusedParameters), which knows `_` parameters.
      '@typescript-eslint/no-unused-vars': 'off',
      // Ranges such as /[^\x00-\x7f]/ (src/domain/fold.ts: "is this ASCII?") name control characters
      // on purpose; the rule is for ones typed by accident, which the compiler's string checks do not need.
      'no-control-regex': 'off',
    },
  },
  // Tests build malformed documents on purpose (a field of the wrong type, a member deleted):
  // typing each broken shape would say nothing a reader needs.
  { files: ['tests/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // A test asserts what a person sees or keeps. `expect(getBy…()).toBeTruthy()` cannot fail (getBy
  // throws first) and says nothing of what is shown; name the text, the attribute or the visibility.
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'toBeTruthy', message: 'Assert what is seen or kept: toBeVisible, toHaveTextContent, toEqual…' },
      ],
    },
  },
  // The scripts run in Node and hand functions to the browser (page.evaluate), so both sets of globals.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'first-screen/no-screen-strings': ['error', { entry: 'src/main.tsx' }] } },
  ...layers,
);
