// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { readFileSync } from 'node:fs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads'];

/**
 * Process boundaries, enforced:
 * - shared/ is pure: no node built-ins, no DOM, no electron (runs in every process);
 * - renderer/ never reaches electron or node (it runs sandboxed, also in a plain browser);
 * - only electron/ imports electron (core/ must run in the CLI and browser mode without it).
 */
const restrict = (/** @type {string[]} */ groups, /** @type {string} */ message, paths = nodeStartPaths) => ({
  'no-restricted-imports': ['error', { paths, patterns: [{ group: groups, message }] }],
});
/**
 * Code that Node loads module by module (the CLI, browser mode, sync server, bench) imports a
 * date-fns function or locale from its own module: the package index pulls in some 250 modules,
 * each resolved through date-fns's 200 kB exports map, about 1.5 s at every start.
 */
const nodeStartPaths = ['date-fns', 'date-fns/locale'].map((name) => ({
  name,
  message: `Import each function or locale from its own module ('date-fns/format', 'date-fns/locale/sv'), not '${name}': Node starts seconds faster.`,
}));

/**
 * DOM types in shared/: React's types declare the DOM interfaces as empty stubs (for React Native),
 * so the type check of shared/ accepts `(field: HTMLInputElement) => …` and refuses only the use
 * of a member. Lint refuses the names themselves, read from those stubs so the list stays whole.
 */
const reactDomStubs = readFileSync(new URL('./node_modules/@types/react/global.d.ts', import.meta.url), 'utf8');
const domTypeNames = [...reactDomStubs.matchAll(/^interface (\w+)/gm)].map((match) => match[1]);
const noDomTypes = {
  '@typescript-eslint/no-restricted-types': ['error', {
    types: Object.fromEntries(domTypeNames.map((name) => [name, 'shared/ runs in every process: no DOM types (pass plain data instead).'])),
  }],
};

/**
 * Renderer layers, top to bottom (each may import only what is below it):
 * - app/: the shell (App, AppShell, the trip workspace layout and its lazily loaded tabs) imports
 *   features. It may take a single module of a feature (`features/checks/ChecksNavBadge`): a
 *   feature's index.ts also re-exports its lazily loaded screen, and importing that index into the
 *   first chunk would pull the screen in with it;
 * - features/<name>/: reach another feature only through its index.ts (`../members`, never
 *   `../members/MemberPanel`), and never app/;
 * - navigation/ (routes, commands, problems, readiness, the trip workspace context), api/, state/,
 *   ui/, forms/, lib/, i18n/: never a feature or app/.
 * Patterns are regular expressions on the import as written (all renderer imports are relative).
 * A dynamic import() is not checked by this rule; only app/ uses them (the lazy tabs).
 */
const rendererGroups = [...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/**', '**/electron/**'];
const rendererImports = (/** @type {{ regex: string, message: string }[]} */ ...layerRules) => ({
  'no-restricted-imports': ['error', {
    patterns: [
      { group: rendererGroups, message: 'renderer/ runs sandboxed in a browser: reach the core only through the API client.' },
      ...layerRules,
    ],
  }],
});
/** An import that climbs one or more folders and then enters `folders` (e.g. `../../app/AppShell`). */
const upTo = (/** @type {string} */ folders) => `^(\\.\\./)+(${folders})(/|$)`;
const deepImportMessage = "Import another feature through its index.ts ('../members'), not a file inside it.";
// Features are flat folders, so from features/<name>/File.tsx `../other/File` is inside another feature.
const deepFeatureImport = { regex: '^\\.\\./(?!\\.)[^/]+/.', message: deepImportMessage };
const deepFeatureImportFromAbove = { regex: '^(\\.\\./)+features/[^/]+/.', message: deepImportMessage };

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
      ...noDomTypes,
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
      ...noDomTypes,
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: rendererImports(),
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: rendererImports(deepFeatureImport, deepFeatureImportFromAbove, { regex: upTo('app'), message: 'A feature never imports app/ (the shell): shared shell pieces live in navigation/.' }),
  },
  {
    files: ['renderer/src/{navigation,api,state,ui,forms,lib,i18n,styles}/**/*.{ts,tsx}'],
    rules: rendererImports({ regex: upTo('features|app'), message: 'navigation/, api/, state/, ui/, forms/, lib/ and i18n/ sit below the features: they never import a feature or app/.' }),
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
