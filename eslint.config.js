import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/*
 * Which folder may import which (the layers, and cycles) is checked by
 * dependency-cruiser (.dependency-cruiser.cjs). Here: pages never import
 * background code, lib/ never imports UI, entry points are never imported.
 */
const BACKGROUND = {
  group: ['**/background/**', '**/background', '**/entrypoints/background'],
  message:
    'Pages never import background code: it would ship background logic (and the token’s handling) to pages. Ask the background with a message.',
};
const UI = {
  group: ['@/components/**', '**/entrypoints/**'],
  message: 'lib/ is logic: UI lives in components/, and entrypoints/ only wire.',
};

// Artifact content is untrusted: nodes are built from text, never parsed from markup (web-ext lint checks the build too).
const MARKUP = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Build nodes from text: no markup strings in the DOM.',
  },
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build nodes with createElement / append: no markup strings in the DOM.',
  },
  {
    selector: 'AssignmentExpression[left.property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Build nodes with createElement / append: no markup strings in the DOM.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'Build nodes with createElement / append: no markup strings in the DOM.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
    message: 'Build nodes with createElement / append: no markup strings in the DOM.',
  },
];
// A job's token travels on a port because the offscreen document is the only page that takes connections.
const ONLY_OFFSCREEN_LISTENS = {
  selector: "MemberExpression[property.name='onConnect']",
  message:
    'Only the offscreen document listens for runtime connections: that is how a job’s token reaches it alone (lib/messaging/offscreen-protocol.ts).',
};

/** no-restricted-imports replaces (not merges) per file, so each zone lists everything that applies to it. */
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'screenshots/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off', // Playwright fixtures use `async ({}, use) =>`.
      eqeqeq: ['error', 'smart'],
      'no-restricted-syntax': ['error', ...MARKUP, ONLY_OFFSCREEN_LISTENS],
    },
  },
  // Preact's hooks follow React's rules; a dependency list left short on purpose says why where it stands.
  {
    files: ['components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // CommonJS is what dependency-cruiser loads its configuration as.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['entrypoints/offscreen/**'], rules: { 'no-restricted-syntax': ['error', ...MARKUP] } },
  // Background code (lib/**/background/**) may import anything below it.
  { files: ['lib/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(UI) } },
  // Shared logic beside a background/ folder is imported by pages too: it must not pull background code in.
  { files: ['lib/*/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(UI, BACKGROUND) } },
  // UI and page entry points.
  {
    files: [
      'components/**/*.{ts,tsx}',
      'entrypoints/popup/**',
      'entrypoints/options/**',
      'entrypoints/offscreen/**',
      'entrypoints/bench-*/**',
      'entrypoints/*.content.ts',
    ],
    rules: {
      'no-restricted-imports': restrict(BACKGROUND, {
        group: ['**/entrypoints/**'],
        message: 'entrypoints/ only wire; nothing imports them.',
      }),
    },
  },
);
