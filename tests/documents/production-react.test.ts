import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Documents are rendered by React's production build (core/production-react.ts): React picks its
 * build from NODE_ENV when first loaded, so each process that renders documents sets it in its
 * very first import, before any module that could load React.
 */
const root = path.resolve(import.meta.dirname, '../..');
const ENTRIES = ['core/cli/main.ts', 'core/web/main.ts', 'electron/core-process.ts', 'bench/main.ts'];

describe('React production build for documents', () => {
  it.each(ENTRIES)('%s imports core/production-react before anything else', (entry) => {
    const source = fs.readFileSync(path.join(root, entry), 'utf8');
    const firstImport = /^import\s[^;]*;/m.exec(source)?.[0];
    expect(firstImport).toMatch(/^import '(\.\.\/)+(core\/)?production-react';$/);
    expect(path.resolve(path.dirname(path.join(root, entry)), firstImport!.slice(8, -2)) + '.ts').toBe(path.join(root, 'core/production-react.ts'));
  });
});
