import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Extension pages and the content script: UI that must never pull in background code. */
const UI = ['./components/**', './entrypoints/popup/**', './entrypoints/options/**', './entrypoints/offscreen/**', './entrypoints/*.content.ts'];
/** Code that runs only in the background (service worker / event page). */
const BACKGROUND = ['./lib/**/background/**', './entrypoints/background.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off', // Playwright fixtures use `async ({}, use) =>`.
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The shape of the product (README, "Architecture"): no cycles, and imports only go down the layers.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle follows imports by parsing each file: it must know .ts/.tsx.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib/hq', from: './lib', except: ['./hq'], message: 'The HQ client imports nothing else of ours.' },
            { target: './lib/messaging', from: './lib', except: ['./messaging', './hq'], message: 'The protocol owns its types; it never imports a feature.' },
            { target: './lib', from: './components', message: 'lib/ is logic; UI lives in components/.' },
            { target: './lib', from: './entrypoints', message: 'entrypoints/ only wire; nothing imports them.' },
            { target: './components', from: './entrypoints', message: 'entrypoints/ only wire; nothing imports them.' },
            { target: UI, from: BACKGROUND, message: 'UI never imports background code (it would ship background logic to pages).' },
            { target: './lib/*/*.{ts,tsx}', from: BACKGROUND, message: 'Shared code must not pull background code into pages; move it into a background/ folder.' },
          ],
        },
      ],
    },
  },
);
