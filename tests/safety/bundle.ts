import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Inside the repo's node_modules, so the bundle's bare imports (better-sqlite3, zod) resolve. */
const outDir = path.join(repoRoot, 'node_modules/.cache/delegation-planner-tests');

/**
 * Bundle a TypeScript entry (and the core it imports) into one ES module that plain `node` starts
 * in about a tenth of a second — the crash test starts its child dozens of times, and going
 * through tsx each time would cost a second per start. The bundle lives inside node_modules so better-sqlite3 resolves.
 */
export async function bundleForNode(entry: string, name: string): Promise<string> {
  fs.mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${name}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.resolve(import.meta.dirname, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Everything but the native addon is bundled: loading date-fns' thousands of ES modules
    // alone would take seconds per start.
    external: ['better-sqlite3'],
    // CommonJS packages inside an ES module bundle still call require() for node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}
