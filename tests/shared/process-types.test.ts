import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Each process's code is type-checked with only the types of where it runs (tsconfig.*.json):
 * shared/ runs everywhere, so a DOM global or a node import there must fail `npm run typecheck`.
 * Proven by compiling two small files that do exactly that with the shared project's settings.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(import.meta.dirname, 'fixtures/not-pure');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-process-types-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** tsc's complaints about `file` when it is compiled as if it were in shared/. */
function checkAsShared(file: string): string {
  const config = path.join(dir, `${path.basename(file, '.ts')}.tsconfig.json`);
  const settings = { extends: path.join(repo, 'tsconfig.shared.json'), compilerOptions: { composite: false, emitDeclarationOnly: false, noEmit: true }, include: [], files: [file] };
  fs.writeFileSync(config, JSON.stringify(settings));
  try {
    execFileSync(process.execPath, [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
}

describe('the type check of shared/', () => {
  it('fails on a DOM global', () => {
    const complaints = checkAsShared(path.join(fixtures, 'uses-document.ts'));
    expect(complaints).toMatch(/uses-document\.ts.*error TS2584: Cannot find name 'document'/);
    // Only that complaint: the settings themselves compile (the ES library, zod, React's types).
    expect(complaints.match(/error TS/g)).toHaveLength(1);
  });

  // React's types declare the DOM interfaces as empty stubs, so the bare name compiles and only a
  // member fails here; lint refuses the name itself (import-boundaries.test.ts).
  it('fails on a DOM type in use, with no global in sight', () => {
    const complaints = checkAsShared(path.join(fixtures, 'uses-dom-type.ts'));
    expect(complaints).toMatch(/uses-dom-type\.ts.*error TS2812: Property 'focus' does not exist on type 'HTMLInputElement'.*include 'dom'/);
    expect(complaints.match(/error TS/g)).toHaveLength(1);
  });

  it('fails on a node import and on node globals', () => {
    const complaints = checkAsShared(path.join(fixtures, 'uses-node.ts'));
    expect(complaints).toMatch(/error TS2307: Cannot find module 'node:fs'/);
    expect(complaints).toMatch(/error TS\d+: Cannot find name 'process'/);
  });
});
