import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uniqueFileNames } from '../../renderer/src/features/sharing/files';
import { crc32, createZip } from '../../renderer/src/features/sharing/zip';
import { PREVIEW_CSP, splitDocument } from '../../renderer/src/features/documents/previewDocument';

/** The renderer's pure helpers for sharing files: the zip of per-member files and the preview page. */
describe('createZip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it.runIf(existsSync('/usr/bin/unzip'))('writes a zip that unzip reads back exactly, with UTF-8 names', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dp-zip-'));
    try {
      const files = [
        { name: 'Anders Teljebäck.pdf', data: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255, 1]) },
        { name: '王伟.ics', data: new TextEncoder().encode('BEGIN:VCALENDAR\r\nSUMMARY:济南\r\nEND:VCALENDAR\r\n') },
        { name: 'empty.txt', data: new Uint8Array() },
      ];
      const zip = path.join(dir, 'programmes.zip');
      writeFileSync(zip, createZip(files, new Date(2017, 9, 28, 13, 5, 30)));
      expect(execFileSync('unzip', ['-t', zip], { encoding: 'utf8' })).toMatch(/No errors detected/);
      execFileSync('unzip', ['-q', zip, '-d', path.join(dir, 'out')]);
      for (const file of files) {
        expect([...readFileSync(path.join(dir, 'out', file.name))]).toEqual([...file.data]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('uniqueFileNames', () => {
  it('keeps names, numbering repeats case-insensitively before the extension', () => {
    expect(uniqueFileNames(['Anna Berg.pdf', 'anna berg.pdf', 'Anna Berg.pdf', 'Wang.ics', 'README'])).toEqual([
      'Anna Berg.pdf',
      'anna berg (2).pdf',
      'Anna Berg (3).pdf',
      'Wang.ics',
      'README',
    ]);
  });
});

describe('splitDocument (the live preview page)', () => {
  const page =
    '<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/>' +
    '<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;"/>' +
    '<title>Program</title><style>@font-face{src:url(data:font/woff2;base64,AAAA)} body{margin:0}</style></head>' +
    '<body><p>&lt;style&gt;not a style&lt;/style&gt; 济南</p></body></html>';

  it('moves the stylesheet out (for a blob: stylesheet) and swaps in the preview policy', () => {
    const { markup, css } = splitDocument(page);
    expect(markup).not.toContain('<style');
    expect(markup).not.toContain('unsafe-inline');
    expect(markup).toContain(`<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}"/>`);
    expect(markup).toContain('&lt;style&gt;not a style&lt;/style&gt; 济南'); // escaped text stays text
    expect(css).toContain('@font-face{src:url(data:font/woff2;base64,AAAA)} body{margin:0}');
    expect(css).toContain('a { pointer-events: none; }');
  });

  it('adds the preview policy to a page that has none', () => {
    const { markup } = splitDocument('<html><head><title>x</title></head><body></body></html>');
    expect(markup).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy"/);
  });

  it('lets the preview load nothing and run nothing', () => {
    expect(PREVIEW_CSP).toContain("default-src 'none'");
    expect(PREVIEW_CSP).toContain("script-src 'none'");
    expect(PREVIEW_CSP).toContain('style-src blob:');
    expect(PREVIEW_CSP).not.toContain('unsafe');
  });
});
