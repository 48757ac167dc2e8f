// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads'];

/**
 * Process boundaries, enforced:
 * - shared/ is pure: no node built-ins, no DOM, no electron (runs in every process);
 * - renderer/ never reaches electron or node (it runs sandboxed, also in a plain browser);
 * - only electron/ imports electron (core/ must run in the CLI and browser mode without it).
 */
const restrict = (/** @type {string[]} */ groups, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.artifacts/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      ...restrict([...nodeBuiltins, 'electron', 'better-sqlite3', 'react', 'react-dom', '**/core/**', '**/renderer/**', '**/electron/**'],
        'shared/ is pure: it runs in every process, so no node, DOM, electron or process-specific code.'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    // The programme document: React components that are pure functions of data (rendered to
    // HTML by core/documents without a DOM). The one part of shared/ that may import react.
    files: ['shared/documents/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      ...restrict([...nodeBuiltins, 'electron', 'better-sqlite3', 'react-dom', '**/core/**', '**/renderer/**', '**/electron/**'],
        'shared/documents/ may use react (components) but no node, DOM, react-dom, electron or process-specific code.'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/**', '**/electron/**'],
      'renderer/ runs sandboxed in a browser: reach the core only through the API client.'),
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(['electron', '**/renderer/**', '**/electron/**'],
      'core/ must run without Electron (CLI, browser mode, tests).'),
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'tests/**/*.ts', '*.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The program reaches the database only through the core's operations and its maintenance
    // interface, which also work when the core runs in its own process (the desktop app).
    files: ['electron/**/*.ts', 'core/cli/**/*.ts', 'core/web/**/*.ts'],
    ignores: ['electron/core-process.ts'],
    rules: restrict(['**/db/raw-handle', 'better-sqlite3'], 'Use core.dispatch or core.maintenance: the raw database handle is for tests and benchmarks.'),
  },
  {
    // The core process runs in a utility process: plain Node, no electron module to import.
    files: ['electron/core-process.ts', 'electron/core-protocol.ts'],
    rules: restrict(['electron', '**/db/raw-handle'], 'The core process is plain Node (a utilityProcess has no electron module to use).'),
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests may mock electron but must never load the real module (it downloads a binary).
      ...restrict(['**/renderer/src/**/*.tsx'], 'Test the renderer through the browser mode.'),
    },
  },
);
