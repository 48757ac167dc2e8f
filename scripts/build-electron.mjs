// Bundles the Electron main process and the preload (run as `npm run build:electron`).
//
// main.cjs: Node 22 CommonJS; `electron` is provided by the runtime.
// core-process.cjs: the core (database and operations), run by main.cjs in a utilityProcess;
// better-sqlite3 is a native addon that must be loaded from node_modules (its .node file cannot
// be bundled).
// preload.cjs: ONE self-contained CommonJS file, because a sandboxed preload can only
// require('electron') and a handful of built-ins — every other import must be inlined.
// `--outdir DIR` builds elsewhere (tests/electron/bundle.test.ts checks the real output).
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { outdir: { type: 'string' } } });
// main.cjs finds the renderer at ../renderer and the preload beside itself, so keep dist/electron.
const outdir = path.resolve(root, args.outdir ?? 'dist/electron');
const production = process.env.NODE_ENV === 'production';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: production ? false : 'linked',
  minify: false, // readable stack traces in crash reports matter more than a few kilobytes
  logLevel: 'info',
  legalComments: 'none',
};

// Remove only what this script writes (outdir may be a folder that holds other things).
await mkdir(outdir, { recursive: true });
await Promise.all(
  ['main.cjs', 'main.cjs.map', 'core-process.cjs', 'core-process.cjs.map', 'preload.cjs', 'preload.cjs.map'].map((file) => rm(path.join(outdir, file), { force: true })),
);
await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/core-process.ts'],
    outfile: path.join(outdir, 'core-process.cjs'),
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    external: ['electron'],
    // It pulls in zod (for the contract's operation names) and is parsed on every page load.
    minify: true,
  }),
]);
