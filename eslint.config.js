// ESLint flat config: the recommended rule sets of ESLint, typescript-eslint (without type information),
// Lit, Lit a11y and web components, then eslint-config-prettier so that ESLint never argues about layout
// (Prettier owns it: `npm run format`). A rule is switched off only with a one-line reason beside it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
// typescript-eslint's parser needs the TypeScript compiler API, which the project's TypeScript 7 does not
// have: tools/eslint-typescript gives it TypeScript 5.9 of its own.
import tseslint from 'regin-eslint-typescript';

/** Imports that reach into another package's private files (bare specifiers only, never `./` or `../`). */
const internalPaths = {
  patterns: [
    {
      regex: String.raw`^(?!\.)(?:@[^/]+/)?[^/]+/(?:.*/)?(?:internal|src)(?:/|$)`,
      message: "Import the package's public entry points (see its package.json `exports`), not its internal files.",
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'demo-dist/',
      'storybook-static/',
      'coverage/',
      'layout-screenshots/',
      'tmp/',
      'src/generated/',
      // Generated from schema/regin-feed-1.schema.json by scripts/build-feed-contract.mjs.
      'src/feed/contract.ts',
      'src/feed/document.ts',
      '**/node_modules/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-imports': ['error', internalPaths],
      // An unused argument or caught error is often named for the reader (`_event`, `(_, index)`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `interface HTMLElementTagNameMap extends …{}` is how a global type is extended (declaration merging).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },

  // Code that runs in the browser: the widgets, their stories, the demo and the browser tests.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests build partial and hostile JSON feeds on purpose, whose shape no type describes.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // Code that runs in Node: the feed CLI, build and check scripts, node and end-to-end tests, configs.
  {
    files: ['**/*.mjs', '**/*.js', 'vite.config.ts', 'demo/vite.config.ts', '.storybook/main.ts', '.storybook/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Puppeteer's page.evaluate() callbacks in Node tests and scripts run in the browser.
  {
    files: ['test/e2e/**/*.mjs', 'test/delivery/**/*.mjs', 'test/node/**/*.mjs', 'bench/**/*.mjs', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  prettier,
);
