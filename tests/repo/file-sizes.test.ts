import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Small files (issue #12): no source file of the project grows past MAX_LINES. A long file is
 * split along its meaning (a stylesheet into one file per kind of element imported from an
 * index, a module into its parts), never cut at an arbitrary line. The list is what git tracks
 * plus new files it does not ignore, so a file counts from the moment it exists; generated
 * output (dist/, .tsbuild/, node_modules) is ignored by git and so never listed.
 */
const MAX_LINES = 400;
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|css|html|sh)$/;
const root = path.resolve(import.meta.dirname, '../..');

function projectSourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // A file deleted in the working tree but not yet from the index is listed and gone: skip it.
  return listed.split('\0').filter((file) => SOURCE.test(file) && fs.existsSync(path.join(root, file)));
}

function lineCount(file: string): number {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  // As `wc -l` counts: newline characters, plus a last line without one.
  const newlines = text.split('\n').length - 1;
  return text === '' || text.endsWith('\n') ? newlines : newlines + 1;
}

describe('file sizes', () => {
  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const files = projectSourceFiles();
    // The listing itself must work, or the check would pass on nothing.
    expect(files).toContain('shared/api/contract.ts');
    const tooLong = files
      .map((file) => ({ file, lines: lineCount(file) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file} (${lines} lines)`);
    expect(tooLong, `split these along their meaning: ${tooLong.join(', ')}`).toEqual([]);
  });
});
