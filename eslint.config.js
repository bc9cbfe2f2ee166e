// Lint: correctness rules plus the architecture's boundaries (docs/architecture in the shared docs):
// core imports no browser API, DOM or UI; ui imports no platform; only platform imports the
// polyfill; the page-reading modules of content import no platform. Size limits keep modules small.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/**', 'scripts/bench/pages/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { window: 'readonly', document: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: { 'no-restricted-imports': restrict([{ group: ['webextension-polyfill'], message: 'Only src/platform imports the polyfill.' }]) },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'core is browser-free and UI-free.' },
        { group: ['**/platform/**', '**/content/**', '**/ui/**', '**/popup/**', '**/options/**', '**/background/**'], message: 'core imports only core.' },
      ]),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['webextension-polyfill'], message: 'Only src/platform imports the polyfill.' },
        { group: ['**/platform/**', '**/content/**', '**/background/**'], message: 'ui imports no platform, content or background.' },
      ]),
    },
  },
  {
    files: ['src/content/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['webextension-polyfill'], message: 'Only src/platform imports the polyfill.' },
        { group: ['**/popup/**', '**/options/**', '**/background/**'], message: 'content imports no pages and no background.' },
      ]),
    },
  },
  {
    // The page-reading modules run in the DOM test tier, the analyze CLI and the bench: no extension APIs.
    files: ['src/content/{scanner,signals,prefilter,highlighter,highlight-style,paint-pass,page-watch,scheduler,mention-nav,page-input,status}.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['webextension-polyfill', '**/platform/**', '**/overlay/**', 'preact', 'preact/*'], message: 'page modules use the DOM only.' },
      ]),
    },
  },
);
