import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** Inside the repo's node_modules, so the bundle's bare imports (better-sqlite3, playwright-core) resolve. */
const outDir = path.join(repoRoot, 'node_modules/.cache/delegation-planner-tests');

const built = new Map<string, string>();

/**
 * A TypeScript entry (a server, the desktop app's core process, a test's child script) bundled
 * with everything it imports into one ES module that plain `node` starts in about 0.2 s.
 * Through tsx, every start transforms the core's sources again: about 3 s of CPU per start on
 * a 2-core machine, and the suites start such children well over a hundred times.
 *
 * Built once per test process (the first call blocks for a second or two) and removed when the
 * process exits. The bundle runs the same sources; what the npm scripts add on top (tsx, the
 * renderer build) is tested where the script itself is the subject.
 *
 * One difference: inside the bundle, import.meta.dirname is the cache folder, not the source's.
 * Package lookups still work (the folder is inside node_modules), but a default path built from
 * it does not (core/web/main.ts's renderer folder): tests of a bundle pass such paths explicitly.
 */
export function bundledEntry(entry: string): string {
  const absolute = path.resolve(entry);
  let outfile = built.get(absolute);
  if (outfile === undefined) {
    fs.mkdirSync(outDir, { recursive: true });
    const tag = createHash('sha256').update(absolute).digest('hex').slice(0, 8);
    outfile = path.join(outDir, `${path.basename(absolute, '.ts')}-${tag}-${process.pid}.mjs`);
    buildSync({
      entryPoints: [absolute],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      // Everything else is bundled: loading date-fns' thousands of ES modules alone would take
      // seconds per start. The native addon cannot be bundled, and Playwright finds its own
      // files relative to its package.
      external: ['better-sqlite3', 'playwright-core'],
      // CommonJS packages inside an ES module bundle still call require() for node built-ins.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      logLevel: 'error',
    });
    built.set(absolute, outfile);
    if (built.size === 1) process.once('exit', removeBundles);
  }
  return outfile;
}

function removeBundles(): void {
  for (const file of built.values()) fs.rmSync(file, { force: true });
}
